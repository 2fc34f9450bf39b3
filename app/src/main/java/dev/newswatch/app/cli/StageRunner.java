package dev.newswatch.app.cli;

import dev.newswatch.app.wiring.Pipeline;
import dev.newswatch.app.wiring.Stage;
import dev.newswatch.core.config.NewswatchConfig;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/** Runs a set of stages until Ctrl-C (or {@link #stop()}), then shuts them down in order. */
final class StageRunner {

    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch done = new CountDownLatch(1);

    int run(NewswatchConfig config, Set<Stage> stages, boolean embedded, String instanceId, PrintWriter out) {
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "newswatch-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try (Pipeline pipeline = Pipeline.start(config, stages, embedded, instanceId, Clock.systemUTC())) {
            Banner.print(out, pipeline, stages);
            stop.await();
            out.println("Shutting down...");
            out.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // The JVM is exiting through the hook: nothing to remove.
            }
        }
        return ExitCodes.OK;
    }

    void stop() {
        stop.countDown();
    }
}
