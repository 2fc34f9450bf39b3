package dev.newswatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code main}'s command line builds only the subcommand it runs: each subcommand must read the same options and
 * show the same help as in the whole tree, and anything else gets the whole tree.
 */
class NewswatchTest {

    @Test
    void shouldBuildOnlyTheNamedSubcommandWithTheSameOptionsAndHelp() {
        // Given the whole tree, as tests and help use it
        Map<String, CommandLine> whole = Newswatch.commandLine().getSubcommands();

        for (String name : whole.keySet()) {
            if (name.equals("help")) {
                continue;
            }
            // When
            CommandLine lazy = Newswatch.commandLine(new String[] {name, "--help"});

            // Then
            assertEquals(Set.of(name), lazy.getSubcommands().keySet(), name);
            CommandLine sub = lazy.getSubcommands().get(name);
            assertEquals(whole.get(name).getUsageMessage(), sub.getUsageMessage(), name);
            assertEquals(whole.get(name).getSubcommands().keySet(), sub.getSubcommands().keySet(), name);
            for (String nested : sub.getSubcommands().keySet()) {
                assertEquals(whole.get(name).getSubcommands().get(nested).getUsageMessage(),
                        sub.getSubcommands().get(nested).getUsageMessage(), name + " " + nested);
            }
        }
    }

    @Test
    void shouldBuildTheWholeTreeForHelpOptionsAndUnknownCommands() {
        // Given
        int all = Newswatch.commandLine().getSubcommands().size();

        // Then
        for (List<String> args : List.of(List.<String>of(), List.of("help"), List.of("--version"), List.of("nosuch"))) {
            assertEquals(all, Newswatch.commandLine(args.toArray(String[]::new)).getSubcommands().size(),
                    args.toString());
        }
    }

    @Test
    void shouldGiveTheCommonPoolTwoThreadsOnOneOrTwoCoresUnlessSetAlready() {
        assertEquals("2", Newswatch.commonPoolParallelism(null, 1));
        assertEquals("2", Newswatch.commonPoolParallelism(null, 2));
        // From three cores the default parallelism (cores - 1) is 2 or more already.
        assertNull(Newswatch.commonPoolParallelism(null, 3));
        assertNull(Newswatch.commonPoolParallelism("1", 2));
        assertNull(Newswatch.commonPoolParallelism("8", 2));
    }
}
