package dev.newswatch.core.rule;

/** A query that does not parse; {@link #position()} is the 1-based column of the offending character. */
public final class RuleSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private final int position;

    public RuleSyntaxException(String query, int index, String problem) {
        super("query: " + problem + " at position " + (index + 1) + " of '" + query + "'");
        this.position = index + 1;
    }

    /** The 1-based column where the problem starts. */
    public int position() {
        return position;
    }
}
