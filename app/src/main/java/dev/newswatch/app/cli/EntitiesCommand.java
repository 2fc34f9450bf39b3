package dev.newswatch.app.cli;

import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.model.Entity;
import dev.newswatch.enrich.EntityRegistry;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newswatch entities add|remove|list}: the entity table, changed at runtime. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Manage the entity table (the entities topic); running enrich instances use changes within seconds.",
        subcommands = {EntitiesCommand.Add.class, EntitiesCommand.Remove.class, EntitiesCommand.ListEntities.class})
public final class EntitiesCommand {

    private static EntityRegistry registry(CommonOptions options, NewswatchConfig config) {
        return new EntityRegistry(config.topics(), KafkaClients.of(config.kafka(), options.clientBootstrap(config)));
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an entity, or replace the one with the same id.")
    static final class Add implements Callable<Integer> {
        @Mixin
        CommonOptions options;
        @Spec
        CommandSpec spec;
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

        @Override
        public Integer call() {
            Entity entity = new Entity(id, name, aliases, type, parent, Map.of());
            NewswatchConfig config = options.load();
            registry(options, config).add(entity);
            spec.commandLine().getOut().printf("Added entity %s (%s).%n", entity.id(), entity.name());
            return ExitCodes.OK;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an entity by id.")
    static final class Remove implements Callable<Integer> {
        @Mixin
        CommonOptions options;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            NewswatchConfig config = options.load();
            if (!registry(options, config).remove(id)) {
                spec.commandLine().getErr().printf("newswatch: no entity with id %s (see 'newswatch entities list').%n", id);
                return ExitCodes.FAILED;
            }
            spec.commandLine().getOut().printf("Removed entity %s.%n", id);
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the entities in the entities topic.")
    static final class ListEntities implements Callable<Integer> {
        @Mixin
        CommonOptions options;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            NewswatchConfig config = options.load();
            PrintWriter out = spec.commandLine().getOut();
            Map<String, Entity> entities = registry(options, config).entities();
            out.printf("%-24s %-10s %-14s %-30s %s%n", "ID", "TYPE", "PARENT", "NAME", "ALIASES");
            for (Entity e : entities.values()) {
                out.printf("%-24s %-10s %-14s %-30s %s%n", e.id(), e.type(), e.parent() == null ? "-" : e.parent(),
                        e.name(), String.join(", ", e.aliases()));
            }
            out.printf("%d entities.%n", entities.size());
            return ExitCodes.OK;
        }
    }
}
