package dev.newswatch.app.cli;

import dev.newswatch.app.api.BearerAuth;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newswatch api new-token|hash-token}: bearer tokens for the HTTP API, stored hashed in newswatch.yml. */
@Command(name = "api", mixinStandardHelpOptions = true,
        description = "Tokens for the HTTP API (/api/v1/ on the ops endpoint, docs/API.md).",
        subcommands = {ApiCommand.NewToken.class, ApiCommand.HashToken.class})
public final class ApiCommand {

    @Command(name = "new-token", mixinStandardHelpOptions = true,
            description = {"Make a random token and print it once, with the entry to add under http.api.tokens",
                    "in newswatch.yml (which holds only its SHA-256)."})
    static final class NewToken implements Callable<Integer> {
        @Option(names = "--name", required = true, description = "Name of the token, shown in the log of each change.")
        String name;
        @Option(names = "--scope", split = ",", defaultValue = "read",
                description = "read, write, or read,write (default: ${DEFAULT-VALUE}).")
        List<String> scopes = new ArrayList<>();
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            for (String scope : scopes) {
                if (!List.of("read", "write").contains(scope.toLowerCase(Locale.ROOT))) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--scope must be read or write, got '"
                            + scope + "'");
                }
            }
            String token = BearerAuth.newToken();
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Token (shown once; give it to the client as 'Authorization: Bearer <token>'):%n  %s%n", token);
            out.printf("Add under http.api.tokens in newswatch.yml:%n  - {name: %s, sha256: %s, scopes: [%s]}%n", name,
                    BearerAuth.hash(token), String.join(", ", scopes).toLowerCase(Locale.ROOT));
            return ExitCodes.OK;
        }
    }

    @Command(name = "hash-token", mixinStandardHelpOptions = true,
            description = {"Read a token from the first line of stdin and print its SHA-256 (hex), as http.api.tokens",
                    "holds it. The token is not echoed and never needs to be on the command line."})
    static final class HashToken implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isBlank()) {
                spec.commandLine().getErr().println("newswatch: no token on stdin (echo -n TOKEN | newswatch api hash-token).");
                return ExitCodes.INPUT;
            }
            spec.commandLine().getOut().println(BearerAuth.hash(line.strip()));
            return ExitCodes.OK;
        }
    }
}
