package dev.newswatch.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a YAML language-data file that ships beside a class on the class path. Stateless. */
public final class ResourceYaml {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ResourceYaml() {
    }

    /**
     * The document of {@code resource}, resolved like {@link Class#getResourceAsStream(String)} of {@code owner}.
     *
     * @throws IllegalStateException when the class path has no such file
     * @throws UncheckedIOException  when it cannot be read or is not YAML
     */
    public static JsonNode read(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the class path has no " + resource + " beside "
                        + owner.getSimpleName());
            }
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
