package dev.newswatch.app.cli;

import dev.newswatch.core.config.IngestSettings;
import dev.newswatch.core.net.NetworkPolicy;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * What {@code fetch} and {@code fulltext} read: the inputs named on the command line and in {@code --inputs-from}
 * (a file, or "-" for stdin; blank lines and "#" comments skipped), each as a URI (a path becomes a file URI),
 * with the ingest settings and the network policy of the configuration, if there is one. The directories of files
 * named on the command line are allowed: naming them is the user's explicit choice.
 *
 * @param inputs   the inputs as written, in order
 * @param uris     the URI of each input, same order
 * @param settings the ingest settings (defaults without a configuration)
 * @param policy   the network policy for the fetches
 */
record FetchInputs(List<String> inputs, List<URI> uris, IngestSettings settings, NetworkPolicy policy) {

    /**
     * @param command the command's name, for the usage error when there is no input
     * @throws ParameterException when no input is given
     * @throws InputException     when the inputs file cannot be read or an input is no URI
     */
    static FetchInputs read(List<String> named, String inputsFrom, List<String> allowNetwork, ConfigOption config,
                            CommandSpec spec, String command) {
        List<String> all = new ArrayList<>(named);
        if (inputsFrom != null) {
            boolean stdin = inputsFrom.equals("-");
            List<String> lines = InputException.reading(stdin ? "stdin" : inputsFrom, () -> stdin
                    ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).lines().toList()
                    : Files.readAllLines(Path.of(inputsFrom)));
            lines.stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(all::add);
        }
        if (all.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "give at least one URL or file (see 'newswatch " + command + " --help')");
        }
        IngestSettings settings = IngestSettings.defaults();
        List<String> cidrs = new ArrayList<>(allowNetwork);
        List<Path> roots = new ArrayList<>();
        var loaded = config.loadIfPresent();
        if (loaded.isPresent()) {
            settings = loaded.get().ingest();
            cidrs.addAll(loaded.get().network().allowCidrs());
            roots.addAll(loaded.get().network().allowFiles());
        }
        List<URI> uris = new ArrayList<>();
        Set<Path> fileDirs = new LinkedHashSet<>();
        for (String input : all) {
            URI uri = InputException.reading(input, () -> toUri(input));
            if ("file".equals(uri.getScheme())) {
                fileDirs.add(Path.of(uri).getParent());
            }
            uris.add(uri);
        }
        roots.addAll(fileDirs);
        return new FetchInputs(List.copyOf(all), List.copyOf(uris), settings, new NetworkPolicy(cidrs, roots));
    }

    private static URI toUri(String input) {
        if (input.startsWith("http://") || input.startsWith("https://") || input.startsWith("file:")) {
            return URI.create(input);
        }
        return Path.of(input).toAbsolutePath().normalize().toUri();
    }
}
