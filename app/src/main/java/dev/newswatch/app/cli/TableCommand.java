package dev.newswatch.app.cli;

import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.kafka.TableRegistry;
import dev.newswatch.core.topic.Topics;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The add, remove and list subcommands that the table commands (feeds, entities, subscriptions) share, each
 * over the {@link TableRegistry} of its {@link Table}. A table command extends them with its own
 * {@code @Command} name, texts and row format; picocli finds the options declared here in every subclass.
 *
 * @param <V> the value type of the table
 */
abstract class TableCommand<V> implements Callable<Integer> {

    /**
     * One table the command line edits.
     *
     * @param noun     singular, as in "Removed feed x."
     * @param plural   as in "3 feeds."
     * @param notFound the message when {@code remove} names an unknown id, with {@code %s} for the id
     * @param registry opens the table's registry on a cluster
     * @param <V>      value type
     */
    record Table<V>(String noun, String plural, String notFound,
                    BiFunction<Topics, KafkaClients, ? extends TableRegistry<String, V>> registry) {
    }

    @Mixin
    KafkaOptions kafka;

    @Spec
    CommandSpec spec;

    final Table<V> table;

    TableCommand(Table<V> table) {
        this.table = table;
    }

    /** The table's registry on the cluster of {@code config}. */
    final TableRegistry<String, V> registry(NewswatchConfig config) {
        return table.registry().apply(config.topics(), kafka.clients(config));
    }

    final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /**
     * {@code add}: builds the value from the command line (a refused value is a usage error, exit code
     * {@link ExitCodes#USAGE}), then writes it.
     */
    abstract static class Add<V> extends TableCommand<V> {

        Add(Table<V> table) {
            super(table);
        }

        /** The value the options describe; may throw IllegalArgumentException naming what is wrong. */
        abstract V value();

        /** What the confirmation says after "Added ", such as {@code feed x (https://...)}. */
        abstract String added(V value);

        @Override
        public final Integer call() {
            V value = ExitCodes.usageError(spec, this::value);
            registry(kafka.load()).add(value);
            out().printf("Added %s.%n", added(value));
            return ExitCodes.OK;
        }
    }

    /** {@code remove ID}: a tombstone for the id; {@link ExitCodes#FAILED} when the table has no such id. */
    abstract static class Remove<V> extends TableCommand<V> {

        @Parameters(paramLabel = "ID", description = "Id, as shown by the list subcommand.")
        String id;

        Remove(Table<V> table) {
            super(table);
        }

        @Override
        public final Integer call() {
            NewswatchConfig config = kafka.load();
            if (!registry(config).remove(id)) {
                spec.commandLine().getErr().printf("newswatch: " + table.notFound() + ".%n", id);
                return ExitCodes.FAILED;
            }
            out().printf("Removed %s %s.%n", table.noun(), id);
            afterRemove(config, id);
            return ExitCodes.OK;
        }

        /** What else to tell once {@code id} is removed; nothing by default. */
        void afterRemove(NewswatchConfig config, String removed) {
        }
    }

    /** {@code list}: a header, one row per entry in id order, and the count. */
    abstract static class ListAll<V> extends TableCommand<V> {

        ListAll(Table<V> table) {
            super(table);
        }

        abstract void printHeader(PrintWriter out);

        abstract void printRow(PrintWriter out, V value);

        @Override
        public final Integer call() {
            Map<String, V> all = registry(kafka.load()).all();
            PrintWriter out = out();
            printHeader(out);
            all.values().forEach(value -> printRow(out, value));
            out.printf("%d %s.%n", all.size(), table.plural());
            return ExitCodes.OK;
        }
    }
}
