package dev.newswatch.app.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newswatch.core.serde.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OpenAPI 3.1 document describes every path and method the handler serves, its schemas and its security. */
class OpenApiDocumentTest {

    private static final JsonNode DOC = read();

    @Test
    void shouldBeOpenApi31WithTheBearerScheme() {
        assertTrue(DOC.path("openapi").asText().startsWith("3.1."), DOC.path("openapi").asText());
        JsonNode bearer = DOC.path("components").path("securitySchemes").path("bearer");
        assertEquals("http", bearer.path("type").asText());
        assertEquals("bearer", bearer.path("scheme").asText());
        assertEquals("bearer", DOC.path("security").get(0).fieldNames().next());
    }

    @Test
    void shouldListEveryServedPathWithItsMethods() {
        Map<String, List<String>> served = new java.util.LinkedHashMap<>();
        for (String collection : ApiHandler.COLLECTIONS) {
            served.put(ApiHandler.PREFIX + collection, List.of("get", "post"));
            served.put(ApiHandler.PREFIX + collection + "/{id}", List.of("get", "put", "delete"));
        }
        served.put(ApiHandler.OPENAPI_PATH, List.of("get"));

        List<String> missing = new ArrayList<>();
        served.forEach((path, methods) -> methods.forEach(m -> {
            if (DOC.path("paths").path(path).path(m).isMissingNode()) {
                missing.add(m.toUpperCase(java.util.Locale.ROOT) + " " + path);
            }
        }));
        List<String> extra = new ArrayList<>();
        DOC.path("paths").fieldNames().forEachRemaining(p -> {
            if (!served.containsKey(p)) {
                extra.add(p);
            }
        });

        assertEquals(List.of(), missing, "served but not in openapi.json");
        assertEquals(List.of(), extra, "in openapi.json but not served");
    }

    @Test
    void shouldDescribeTheRecordsAndProblemDetailsAndResolveEveryReference() {
        JsonNode schemas = DOC.path("components").path("schemas");
        for (String name : List.of("Feed", "Subscription", "Entity", "Problem")) {
            assertFalse(schemas.path(name).path("properties").isEmpty(), name + " has no properties");
        }
        assertTrue(schemas.path("Subscription").path("properties").path("secret").path("writeOnly").asBoolean());
        List<String> unresolved = new ArrayList<>();
        collectRefs(DOC, unresolved);
        assertEquals(List.of(), unresolved, "$refs that point nowhere");
    }

    private static void collectRefs(JsonNode node, List<String> unresolved) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && DOC.at(ref.asText().substring(1)).isMissingNode()) {
                unresolved.add(ref.asText());
            }
            node.elements().forEachRemaining(child -> collectRefs(child, unresolved));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectRefs(child, unresolved));
        }
    }

    private static JsonNode read() {
        try {
            return Json.mapper().readTree(ApiHandler.openApiDocument());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
