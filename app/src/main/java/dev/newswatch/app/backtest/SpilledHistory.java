package dev.newswatch.app.backtest;

import dev.newswatch.core.model.Article;
import dev.newswatch.core.topic.Topic;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A history too large to hold in memory: the same articles as {@link History#of} gives (the first sighting of
 * each id kept, in event-time order) and only those within a {@link TimeWindow}, kept on disk. Sightings are added
 * in the order they were seen; each new id's article is serialised with the articles topic's serializer (what the
 * topology's {@code articles-source} reads) and buffered; full buffers are sorted by event time and written to a
 * run file in a temporary directory. {@link #entries()} merges the runs back in event-time order, as often as asked.
 * Memory: about 32 bytes per distinct id, one buffer of at most {@value #RUN_ARTICLES} articles, and a read buffer
 * per run. Close it to delete the run files. Not thread-safe.
 */
public final class SpilledHistory implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SpilledHistory.class);
    /** Articles per run: about 25-50 MB of articles in memory while one is sorted and written. */
    static final int RUN_ARTICLES = 16_384;
    /** Characters of article text per run at most, for archives with full-text pages. */
    private static final long RUN_CHARS = 24L << 20;
    private static final int IO_BUFFER = 1 << 16;
    private static final Comparator<Entry> EVENT_ORDER =
            Comparator.comparing(Entry::published).thenComparing(Entry::id);

    /**
     * One article of the history: its event time, its id, and the bytes the articles topic's serializer made of it.
     * {@code value} is null when the serializer failed (the topology dead-letters such an article), and empty when
     * the history was told to keep no bytes for an article ({@code keep} of the constructor was false for it: an
     * article without an amount of money, which cannot report a deal).
     */
    public record Entry(Instant published, String id, byte[] value) {
        public Entry {
            Objects.requireNonNull(published, "published");
            Objects.requireNonNull(id, "id");
        }

        /** Whether the history kept no bytes for this article (see {@link SpilledHistory#SpilledHistory}). */
        public boolean dropped() {
            return value != null && value.length == 0;
        }
    }

    private static final byte[] DROPPED = new byte[0];

    private final Topic<String, Article> topic;
    private final TimeWindow window;
    private final Predicate<Article> keep;
    private final int runArticles;
    private final Path dir;
    private final IdSet seen = new IdSet();
    private final List<Path> runs = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private List<Article> buffer = new ArrayList<>();
    private long bufferChars;
    private int documents;
    private int sightings;
    private int inWindow;
    private boolean finished;

    /**
     * An empty history whose run files go to a new temporary directory.
     *
     * @param topic  the articles topic: its serializer writes the runs, its deserializer reads them
     * @param window only articles published within it are kept (every id counts for deduplication)
     * @param keep   whether an article's bytes are worth keeping: those it rejects are kept as their time and id
     *               alone, unserialised ({@link Entry#dropped()}); called on several threads at once
     * @throws UncheckedIOException when the temporary directory cannot be made
     */
    public SpilledHistory(Topic<String, Article> topic, TimeWindow window, Predicate<Article> keep) {
        this(topic, window, keep, RUN_ARTICLES);
    }

    /** @param runArticles articles per sorted run (tests use a few, to merge many runs) */
    SpilledHistory(Topic<String, Article> topic, TimeWindow window, Predicate<Article> keep, int runArticles) {
        if (runArticles < 1) {
            throw new IllegalArgumentException("runArticles must be at least 1, not " + runArticles);
        }
        this.runArticles = runArticles;
        this.topic = Objects.requireNonNull(topic, "topic");
        this.window = Objects.requireNonNull(window, "window");
        this.keep = Objects.requireNonNull(keep, "keep");
        try {
            this.dir = Files.createTempDirectory("newswatch-backtest-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary directory for the backtest's sorted runs", e);
        }
    }

    /** One more document (or record) read; its articles come by {@link #add}. */
    public void document() {
        documents++;
    }

    /** A document that could not be read, one line. */
    public void problem(String problem) {
        problems.add(problem);
    }

    /** One sighting, in the order seen: kept when its id is new and it was published within the window. */
    public void add(Article article) {
        if (finished) {
            throw new IllegalStateException("the history was finished");
        }
        sightings++;
        if (!seen.add(article.id()) || !window.contains(article.published())) {
            return;
        }
        inWindow++;
        buffer.add(article);
        bufferChars += article.fullText().length();
        if (buffer.size() >= runArticles || bufferChars >= RUN_CHARS) {
            spill();
        }
    }

    /** No more sightings: writes the last run. */
    public SpilledHistory finish() {
        if (!finished) {
            spill();
            buffer = List.of();
            finished = true;
            LOG.info("Backtest history: {} documents, {} sightings, {} articles, {} in the window, in {} sorted runs.",
                    documents, sightings, seen.size(), inWindow, runs.size());
        }
        return this;
    }

    public int documents() {
        return documents;
    }

    /** Distinct articles, in the window or not. */
    public int articles() {
        return seen.size();
    }

    /** Repeated sightings dropped. */
    public int duplicates() {
        return sightings - seen.size();
    }

    /** Articles within the window: what {@link #entries()} gives. */
    public int inWindow() {
        return inWindow;
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** The articles within the window, in event-time order (published, then id), read from the runs. */
    public CloseableIterator entries() {
        if (!finished) {
            throw new IllegalStateException("finish() the history before reading it");
        }
        return new Merge(runs);
    }

    /**
     * The articles within the window that {@code wanted} accepts, deserialised, in event-time order (of those whose
     * bytes were kept).
     */
    public List<Article> matching(Predicate<Article> wanted) {
        List<Article> out = new ArrayList<>();
        try (CloseableIterator entries = entries()) {
            while (entries.hasNext()) {
                Entry entry = entries.next();
                if (entry.value() != null && !entry.dropped()) {
                    Article article = read(entry);
                    if (wanted.test(article)) {
                        out.add(article);
                    }
                }
            }
        }
        return out;
    }

    /** The article of {@code entry} as the {@code articles-source} reads it: through the topic's deserializer. */
    public Article read(Entry entry) {
        return topic.valueSerde().deserializer().deserialize(topic.name(), entry.value());
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            LOG.warn("Could not delete the backtest's sorted runs in {}: {}", dir, e.toString());
        }
    }

    private void spill() {
        if (buffer.isEmpty()) {
            return;
        }
        buffer.sort(History.EVENT_ORDER);
        List<Article> run = buffer;
        byte[][] values = new byte[run.size()][];
        // Serialising is most of a run's cost; articles stand alone, so it runs on every core.
        IntStream.range(0, run.size()).parallel().forEach(i -> values[i] = keep.test(run.get(i))
                ? serialize(run.get(i)) : DROPPED);
        Path file = dir.resolve(String.format("run-%05d.bin", runs.size()));
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file),
                IO_BUFFER))) {
            for (int i = 0; i < run.size(); i++) {
                Article article = run.get(i);
                out.writeLong(article.published().getEpochSecond());
                out.writeInt(article.published().getNano());
                out.writeUTF(article.id());
                out.writeInt(values[i] == null ? -1 : values[i].length);
                if (values[i] != null) {
                    out.write(values[i]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backtest's sorted run " + file, e);
        }
        runs.add(file);
        buffer = new ArrayList<>();
        bufferChars = 0;
    }

    private byte[] serialize(Article article) {
        try {
            return topic.valueSerde().serializer().serialize(topic.name(), article);
        } catch (RuntimeException e) {
            LOG.warn("Backtest: article {} cannot be serialised for the articles topic: {}", article.id(), e.toString());
            return null;
        }
    }

    /** An iterator over files that must be closed. */
    public interface CloseableIterator extends Iterator<Entry>, AutoCloseable {
        @Override
        void close();
    }

    /** A k-way merge of the sorted runs. */
    private static final class Merge implements CloseableIterator {
        private final PriorityQueue<RunReader> heads = new PriorityQueue<>(
                Comparator.comparing(RunReader::head, EVENT_ORDER));
        private final List<RunReader> open = new ArrayList<>();

        Merge(List<Path> runs) {
            try {
                for (Path run : runs) {
                    RunReader reader = new RunReader(run);
                    open.add(reader);
                    if (reader.advance()) {
                        heads.add(reader);
                    }
                }
            } catch (RuntimeException e) {
                close();
                throw e;
            }
        }

        @Override
        public boolean hasNext() {
            return !heads.isEmpty();
        }

        @Override
        public Entry next() {
            RunReader reader = heads.poll();
            if (reader == null) {
                throw new NoSuchElementException("the history has no more articles");
            }
            Entry entry = reader.head();
            if (reader.advance()) {
                heads.add(reader);
            }
            return entry;
        }

        @Override
        public void close() {
            open.forEach(RunReader::close);
            heads.clear();
        }
    }

    private static final class RunReader {
        private final Path file;
        private final DataInputStream in;
        private Entry head;

        RunReader(Path file) {
            this.file = file;
            try {
                this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), IO_BUFFER));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the backtest's sorted run " + file, e);
            }
        }

        Entry head() {
            return head;
        }

        /** Reads the next entry into {@link #head()}; false at the end of the run. */
        boolean advance() {
            try {
                long seconds;
                try {
                    seconds = in.readLong();
                } catch (EOFException end) {
                    head = null;
                    close();
                    return false;
                }
                int nanos = in.readInt();
                String id = in.readUTF();
                int length = in.readInt();
                byte[] value = length < 0 ? null : in.readNBytes(length);
                head = new Entry(Instant.ofEpochSecond(seconds, nanos), id, value);
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the backtest's sorted run " + file, e);
            }
        }

        void close() {
            try {
                in.close();
            } catch (IOException e) {
                LOG.debug("Closing {}: {}", file, e.toString());
            }
        }
    }
}
