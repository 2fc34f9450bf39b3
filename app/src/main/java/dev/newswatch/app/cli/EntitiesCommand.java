package dev.newswatch.app.cli;

import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.kafka.TableTopics;
import dev.newswatch.core.model.Entity;
import dev.newswatch.core.model.TrackedDeal;
import dev.newswatch.core.serde.Json;
import dev.newswatch.enrich.EntityRegistry;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newswatch entities add|remove|list|provisional}: the entity table, changed at runtime, and the companies
 * that deals name but the table does not know yet.
 */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Manage the entity table (the entities topic); running enrich instances use changes within seconds.",
        subcommands = {EntitiesCommand.Add.class, EntitiesCommand.Remove.class, EntitiesCommand.ListEntities.class,
                EntitiesCommand.Provisional.class})
public final class EntitiesCommand {

    private static final TableCommand.Table<Entity> ENTITIES = new TableCommand.Table<>("entity", "entities",
            "no entity with id %s (see 'newswatch entities list')", EntityRegistry::new);

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an entity, or replace the one with the same id.")
    static final class Add extends TableCommand.Add<Entity> {
        @Parameters(index = "0", paramLabel = "ID", description = "Entity id (a-z, 0-9, '.', '_', '-').")
        String id;
        @Parameters(index = "1", paramLabel = "NAME", description = "Canonical name, as written in the news.")
        String name;
        @Option(names = "--alias", paramLabel = "ALIAS", description = "Another name it is written as (repeatable).")
        List<String> aliases = new ArrayList<>();
        @Option(names = "--type", defaultValue = "company", description = "company, investor, government or other (default: ${DEFAULT-VALUE}).")
        String type;
        @Option(names = "--parent", paramLabel = "ID", description = "Id of the owning entity.")
        String parent;

        Add() {
            super(ENTITIES);
        }

        @Override
        Entity value() {
            return new Entity(id, name, aliases, type, parent, Map.of());
        }

        @Override
        String added(Entity entity) {
            return "entity " + entity.id() + " (" + entity.name() + ")";
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an entity by id.")
    static final class Remove extends TableCommand.Remove<Entity> {
        Remove() {
            super(ENTITIES);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the entities in the entities topic.")
    static final class ListEntities extends TableCommand.ListAll<Entity> {
        ListEntities() {
            super(ENTITIES);
        }

        @Override
        void printHeader(PrintWriter out) {
            out.printf("%-24s %-10s %-14s %-30s %s%n", "ID", "TYPE", "PARENT", "NAME", "ALIASES");
        }

        @Override
        void printRow(PrintWriter out, Entity e) {
            out.printf("%-24s %-10s %-14s %-30s %s%n", e.id(), e.type(), e.parent() == null ? "-" : e.parent(),
                    e.name(), String.join(", ", e.aliases()));
        }
    }

    @Command(name = "provisional", mixinStandardHelpOptions = true,
            description = {"List the provisional entities seen most often: companies named in deals that the entity "
                    + "table does not know, read from the deals topic.",
                    "Adding one with the id shown ('newswatch entities add ID NAME') makes its deals join the entity "
                    + "table, with no restart."})
    static final class Provisional implements Callable<Integer> {
        private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
                .withZone(ZoneOffset.UTC);
        private static final int EXAMPLE_WIDTH = 72;

        @Mixin
        KafkaOptions kafka;
        @Spec
        CommandSpec spec;
        @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
                description = "Show the N seen most often (default: ${DEFAULT-VALUE}).")
        int limit;
        @Option(names = "--json", description = "Print one JSON object per entity instead of a table.")
        boolean json;

        @Override
        public Integer call() {
            if (limit < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, got " + limit);
            }
            NewswatchConfig config = kafka.load();
            KafkaClients clients = kafka.clients(config);
            List<TrackedDeal> deals = TableTopics.read(clients, config.topics().deals).values().stream()
                    .filter(Objects::nonNull).toList();
            Set<String> known = new EntityRegistry(config.topics(), clients).all().keySet();
            List<ProvisionalEntities.Seen> all = ProvisionalEntities.of(deals, known);
            List<ProvisionalEntities.Seen> shown = all.subList(0, Math.min(limit, all.size()));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                shown.forEach(seen -> out.println(Json.write(jsonOf(seen))));
            } else {
                printTable(out, shown, all.size());
            }
            out.flush();
            return ExitCodes.OK;
        }

        private static void printTable(PrintWriter out, List<ProvisionalEntities.Seen> shown, int total) {
            if (total == 0) {
                out.println("No provisional entities: the entity table knows every company named in a deal.");
                return;
            }
            out.printf("%-28s %-28s %5s %7s  %-16s  %s%n", "ID", "NAME", "DEALS", "REPORTS", "LAST SEEN", "EXAMPLE");
            for (ProvisionalEntities.Seen seen : shown) {
                out.printf("%-28s %-28s %5d %7d  %-16s  %s%n", FeedsCommand.truncate(seen.id(), 28),
                        FeedsCommand.truncate(seen.name(), 28), seen.deals(), seen.reports(),
                        seen.lastSeen() == null ? "-" : MINUTE.format(seen.lastSeen()),
                        "“" + FeedsCommand.truncate(seen.example(), EXAMPLE_WIDTH) + "”");
            }
            String what = total == 1 ? "provisional entity" : "provisional entities";
            if (shown.size() == total) {
                out.printf("%d %s: companies named in deals that the entity table does not know.%n", total, what);
            } else {
                out.printf("The %d seen most often of %d %s (--limit shows more).%n", shown.size(), total, what);
            }
            out.printf("Promote one with: %s%n", shown.get(0).promoteCommand());
        }

        private static Map<String, Object> jsonOf(ProvisionalEntities.Seen seen) {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("id", seen.id());
            node.put("name", seen.name());
            node.put("deals", seen.deals());
            node.put("reports", seen.reports());
            node.put("lastSeen", seen.lastSeen() == null ? null : seen.lastSeen().toString());
            node.put("roles", seen.roles());
            node.put("example", seen.example());
            node.put("promote", seen.promoteCommand());
            return node;
        }
    }
}
