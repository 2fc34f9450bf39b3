package dev.newswatch.app.cli;

import dev.newswatch.alerts.webhook.WebhookVerifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newswatch webhook verify}: checks a received delivery's Standard Webhooks signature. */
@Command(name = "webhook", mixinStandardHelpOptions = true, description = "Tools for webhook receivers.",
        subcommands = WebhookCommand.Verify.class)
public final class WebhookCommand {

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Read a delivery as your receiver got it (headers, a blank line, the body) from FILE or stdin",
                    "and check its webhook-signature with the subscription's secret. Exit 0 when valid, 1 when not."})
    static final class Verify implements Callable<Integer> {
        @Option(names = "--secret", required = true, description = "The subscription's secret (whsec_...).")
        String secret;
        @Option(names = "--file", paramLabel = "FILE", description = "The dumped request (default: stdin).")
        Path file;
        @Option(names = "--tolerance", paramLabel = "SECONDS", defaultValue = "300",
                description = "Accept a webhook-timestamp this far from now (default: ${DEFAULT-VALUE}); raise it for old dumps.")
        long toleranceSeconds;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            String raw = InputException.reading(file != null ? file : "stdin", () -> file != null
                    ? Files.readString(file, StandardCharsets.UTF_8)
                    : new String(System.in.readAllBytes(), StandardCharsets.UTF_8));
            var result = WebhookVerifier.verify(raw, secret, Clock.systemUTC(), java.time.Duration.ofSeconds(toleranceSeconds));
            if (result.valid()) {
                spec.commandLine().getOut().printf("valid: webhook-id %s%s%n", result.webhookId(),
                        result.reason() == null || result.reason().isBlank() ? "" : " (" + result.reason() + ")");
                return ExitCodes.OK;
            }
            spec.commandLine().getErr().printf("INVALID: %s%n", result.reason());
            return ExitCodes.FAILED;
        }
    }
}
