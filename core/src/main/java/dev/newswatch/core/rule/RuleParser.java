package dev.newswatch.core.rule;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses a subscription {@code query} into a {@link Rule}. Grammar (operators in capitals; two terms side by side
 * mean AND; NOT binds tightest, then AND, then OR):
 *
 * <pre>
 * query   = or
 * or      = and { "OR" and }
 * and     = unary { ["AND"] unary }
 * unary   = "NOT" unary | "(" or ")" | '"' phrase '"' | word | field ":" value
 *         | "role:" ("investor" | "target") "=" id | "amount" (">=" | ">" | "<=" | "<" | "=") number [K|M|B]
 * </pre>
 *
 * Words and phrases are normalised by {@link #words}; a bad query throws {@link RuleSyntaxException} with the
 * position. Stateless and thread-safe.
 */
public final class RuleParser {

    /** The fields a query can test. */
    public static final List<String> FIELDS = List.of("entity", "role", "country", "feed", "outlet", "type", "stage",
            "category", "language", "amount");
    /** Longest query accepted; a rule is for people to write. */
    public static final int MAX_LENGTH = 2_000;

    private final String query;
    private int pos;

    private RuleParser(String query) {
        this.query = query;
    }

    /** The rule of {@code query}. */
    public static Rule parse(String query) {
        if (query == null || query.isBlank()) {
            throw new RuleSyntaxException(query == null ? "" : query, 0, "the query is empty");
        }
        if (query.length() > MAX_LENGTH) {
            throw new RuleSyntaxException(query, MAX_LENGTH, "the query is longer than " + MAX_LENGTH + " characters");
        }
        RuleParser p = new RuleParser(query);
        Rule rule = p.or();
        p.skipSpace();
        if (p.pos < query.length()) {
            throw p.error(p.pos, query.charAt(p.pos) == ')' ? "unmatched ')'" : "unexpected '" + p.peekWord() + "'");
        }
        return rule;
    }

    /**
     * Text as the words a rule compares: Unicode compatibility-folded, accents removed, lower case, split on
     * anything that is not a letter or digit ("Mistral-AI's" gives mistral, ai, s).
     */
    public static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private Rule or() {
        List<Rule> parts = new ArrayList<>();
        parts.add(and());
        while (keyword("OR")) {
            parts.add(and());
        }
        return parts.size() == 1 ? parts.get(0) : new Rule.Or(parts);
    }

    private Rule and() {
        List<Rule> parts = new ArrayList<>();
        parts.add(unary());
        while (true) {
            skipSpace();
            if (pos >= query.length() || query.charAt(pos) == ')' || atKeyword("OR")) {
                break;
            }
            keyword("AND");
            parts.add(unary());
        }
        return parts.size() == 1 ? parts.get(0) : new Rule.And(parts);
    }

    private Rule unary() {
        skipSpace();
        if (pos >= query.length()) {
            throw error(pos, "a term is missing at the end");
        }
        if (keyword("NOT")) {
            return new Rule.Not(unary());
        }
        char c = query.charAt(pos);
        if (c == '(') {
            int open = pos++;
            Rule inner = or();
            skipSpace();
            if (pos >= query.length() || query.charAt(pos) != ')') {
                throw error(open, "'(' is never closed");
            }
            pos++;
            return inner;
        }
        if (c == ')') {
            throw error(pos, "a term is missing before ')'");
        }
        if (c == '"') {
            int start = pos;
            int end = query.indexOf('"', pos + 1);
            if (end < 0) {
                throw error(start, "the phrase is never closed with '\"'");
            }
            List<String> words = words(query.substring(start + 1, end));
            if (words.isEmpty()) {
                throw error(start, "the phrase has no words");
            }
            pos = end + 1;
            return new Rule.Text(words);
        }
        if (atKeyword("AND") || atKeyword("OR")) {
            throw error(pos, "a term is missing before " + peekWord());
        }
        int start = pos;
        String name = readName();
        if (name.isEmpty()) {
            throw error(pos, "unexpected '" + query.charAt(pos) + "'");
        }
        if (name.equals("amount") && pos < query.length() && "<>=".indexOf(query.charAt(pos)) >= 0) {
            return amount();
        }
        if (pos < query.length() && query.charAt(pos) == ':') {
            if (!FIELDS.contains(name)) {
                throw error(start, "unknown field '" + name + "' (fields: " + String.join(", ", FIELDS) + ")");
            }
            pos++;
            if (name.equals("amount")) {
                return amount();
            }
            int valueAt = pos;
            String value = readValue();
            if (value.isEmpty()) {
                throw error(valueAt, "field " + name + " needs a value");
            }
            if (name.equals("role")) {
                int eq = value.indexOf('=');
                String role = eq < 0 ? value : value.substring(0, eq);
                if (!role.equals("investor") && !role.equals("target")) {
                    throw error(valueAt, "role must be investor or target, got '" + role + "'");
                }
                if (eq < 0 || eq == value.length() - 1) {
                    throw error(valueAt + value.length(), "role:" + role + " needs '=' and an entity id");
                }
                return new Rule.Role(role, value.substring(eq + 1));
            }
            return new Rule.Field(name, value);
        }
        String word = query.substring(start, pos) + readValue();
        List<String> words = words(word);
        if (words.isEmpty()) {
            throw error(start, "'" + word + "' has no letters or digits");
        }
        return new Rule.Text(words);
    }

    private Rule amount() {
        int opAt = pos;
        String op = query.startsWith(">=", pos) ? ">=" : query.startsWith("<=", pos) ? "<="
                : pos < query.length() && "<>=".indexOf(query.charAt(pos)) >= 0 ? String.valueOf(query.charAt(pos)) : "";
        if (op.isEmpty()) {
            throw error(opAt, "amount needs a comparison: >=, >, <=, < or =");
        }
        pos += op.length();
        int numberAt = pos;
        String text = readValue();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)([kmb]?)").matcher(text);
        if (!m.matches()) {
            throw error(numberAt, "amount needs a number such as 500M, 1.5B or 250000, got '" + text + "'");
        }
        BigDecimal usd = new BigDecimal(m.group(1)).scaleByPowerOfTen(switch (m.group(2)) {
            case "k" -> 3;
            case "m" -> 6;
            case "b" -> 9;
            default -> 0;
        });
        return new Rule.Amount(op, usd);
    }

    /** Lower-case letters, digits, '-', '_' and '.': a field name or the start of a word. */
    private String readName() {
        int start = pos;
        while (pos < query.length() && isValueChar(query.charAt(pos)) && query.charAt(pos) != '=') {
            pos++;
        }
        return query.substring(start, pos).toLowerCase(Locale.ROOT);
    }

    private String readValue() {
        int start = pos;
        while (pos < query.length() && (isValueChar(query.charAt(pos)) || query.charAt(pos) == ':')) {
            pos++;
        }
        return query.substring(start, pos).toLowerCase(Locale.ROOT);
    }

    private static boolean isValueChar(char c) {
        return !Character.isWhitespace(c) && c != '(' && c != ')' && c != '"' && c != ':' && c != '<' && c != '>';
    }

    private boolean atKeyword(String k) {
        skipSpace();
        int end = pos + k.length();
        if (!query.startsWith(k, pos)) {
            return false;
        }
        if (end == query.length()) {
            return true;
        }
        char next = query.charAt(end);
        return Character.isWhitespace(next) || next == '(' || next == ')' || next == '"';
    }

    private boolean keyword(String k) {
        if (atKeyword(k)) {
            pos += k.length();
            return true;
        }
        return false;
    }

    private String peekWord() {
        int end = pos;
        while (end < query.length() && !Character.isWhitespace(query.charAt(end))) {
            end++;
        }
        return query.substring(pos, Math.max(end, pos + 1));
    }

    private void skipSpace() {
        while (pos < query.length() && Character.isWhitespace(query.charAt(pos))) {
            pos++;
        }
    }

    private RuleSyntaxException error(int at, String problem) {
        return new RuleSyntaxException(query, at, problem);
    }
}
