package dev.newswatch.app.cli;

import dev.newswatch.enrich.tag.Taxonomy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newswatch taxonomy show}: the categories and their keywords per language. */
@Command(name = "taxonomy", mixinStandardHelpOptions = true, description = "Show the category taxonomy.",
        subcommands = TaxonomyCommand.Show.class)
public final class TaxonomyCommand {

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Print each category: its minimum score, required groups, and keyword count per language.")
    static final class Show implements Callable<Integer> {
        @Mixin
        ConfigOption config;
        @Option(names = "--taxonomy", paramLabel = "FILE", description = "Taxonomy file (default: enrich.taxonomy of the config).")
        Path file;
        @Option(names = "--terms", description = "Also list every term.")
        boolean terms;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Path taxonomyFile = file != null ? file : config.load().enrich().taxonomyFile();
            Taxonomy taxonomy = Taxonomy.load(taxonomyFile);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Taxonomy %s%n", taxonomyFile);
            for (Taxonomy.Category c : taxonomy.categories()) {
                Map<String, Integer> perLanguage = new TreeMap<>();
                c.terms().forEach(t -> perLanguage.merge(t.language() == null ? "any" : t.language(), 1, Integer::sum));
                out.printf(java.util.Locale.ROOT, "%-12s min-score %.1f  requires %s  terms %s%n", c.id(), c.minScore(),
                        c.requires().isEmpty() ? "-" : String.join("+", c.requires()), perLanguage);
                if (c.description() != null && !c.description().isBlank()) {
                    out.printf("             %s%n", c.description());
                }
                if (terms) {
                    c.terms().forEach(t -> out.printf("             [%s] %s%s%n", t.language() == null ? "any" : t.language(),
                            t.text(), t.weight() == 1.0 ? "" : " (weight " + t.weight() + ")"));
                }
            }
            return ExitCodes.OK;
        }
    }
}
