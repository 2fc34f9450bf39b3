package dev.newswatch.app.backtest;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar, {@code \r[####    ] 1234/5000 articles}, redrawn at most every 200 ms.
 * Not thread-safe: update it from the thread doing the work.
 */
public final class ProgressBar implements Progress {

    static final long MIN_GAP_NANOS = 200_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final String unit;
    private final LongSupplier nanoTime;
    private long lastDraw = Long.MIN_VALUE;
    private long lastDone = -1;
    private long lastTotal;
    private boolean drawn;

    /**
     * @param out      where to draw (stderr)
     * @param unit     what is counted ("articles")
     * @param nanoTime the clock that limits redraws ({@code System::nanoTime})
     */
    public ProgressBar(PrintStream out, String unit, LongSupplier nanoTime) {
        this(new PrintWriter(Objects.requireNonNull(out, "out"), false), unit, nanoTime);
    }

    /** A bar drawn on a writer: the command's stderr. */
    public ProgressBar(PrintWriter out, String unit, LongSupplier nanoTime) {
        this.out = Objects.requireNonNull(out, "out");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /** A bar on stderr when stderr looks like a terminal (an interactive console, TERM not dumb), else nothing. */
    public static Progress onStderr(String unit) {
        String term = System.getenv("TERM");
        boolean terminal = System.console() != null && term != null && !term.isBlank() && !"dumb".equals(term);
        return terminal ? new ProgressBar(System.err, unit, System::nanoTime) : Progress.NONE;
    }

    @Override
    public void update(long done, long total) {
        lastDone = done;
        lastTotal = total;
        long now = nanoTime.getAsLong();
        if (drawn && now - lastDraw < MIN_GAP_NANOS) {
            return;
        }
        lastDraw = now;
        draw();
    }

    @Override
    public void finish() {
        if (lastDone >= 0) {
            draw();
            out.print('\n');
            out.flush();
        }
    }

    /** The bar for {@code done} of {@code total}: {@code [####    ] 1234/5000 articles}. */
    static String render(long done, long total, String unit) {
        int filled = total <= 0 ? WIDTH : (int) Math.min(WIDTH, done * WIDTH / total);
        return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
                + String.format(Locale.ROOT, "%d/%d %s", done, total, unit);
    }

    private void draw() {
        out.print('\r' + render(lastDone, lastTotal, unit));
        out.flush();
        drawn = true;
    }
}
