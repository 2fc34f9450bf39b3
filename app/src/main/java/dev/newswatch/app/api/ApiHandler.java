package dev.newswatch.app.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.newswatch.alerts.SubscriptionRegistry;
import dev.newswatch.core.config.ApiSettings;
import dev.newswatch.core.config.ConfigException;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.kafka.KafkaUnreachableException;
import dev.newswatch.core.serde.Json;
import dev.newswatch.enrich.EntityRegistry;
import dev.newswatch.ingest.FeedRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves {@code /api/v1/}: for each of feeds, subscriptions and entities, {@code GET /api/v1/T} (the list, in the
 * shape of the configuration file: {@code {"feeds": [...]}}), {@code POST /api/v1/T} (create: 201, or 409 when the
 * id exists), {@code GET}, {@code PUT} (update: 404 when the id does not exist) and {@code DELETE} (204) on
 * {@code /api/v1/T/ID}; and {@code GET /api/v1/openapi.json}, which needs no token.
 *
 * <p>Each request goes through, in order: the bearer token (401 with {@code WWW-Authenticate: Bearer}, before
 * anything is read or written), the path (404) and method (405), the scope ({@code read} for GET, {@code write}
 * for the rest: 403), then for a body its {@code Content-Type} (415), size (413 above {@code http.api.max-body}),
 * JSON syntax (400) and the record's validity (400 with the field in {@code errors}). Every error is an RFC 9457
 * problem detail. Writes go through the tables' registries, the ones the command line uses, one at a time in this
 * process; each is logged with the token's name. Thread-safe.
 */
public final class ApiHandler implements HttpHandler {

    /** The path prefix this handler is mounted at. */
    public static final String PREFIX = "/api/v1/";
    /** The OpenAPI 3.1 description of the API, served as is. */
    public static final String OPENAPI_PATH = PREFIX + "openapi.json";
    /** The collections served under {@link #PREFIX}. */
    public static final List<String> COLLECTIONS = List.of("feeds", "subscriptions", "entities");

    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
    private static final Pattern ROUTE = Pattern.compile("/api/v1/([a-z]+)(?:/([a-z0-9][a-z0-9._-]{0,99}))?");
    private static final String JSON_TYPE = "application/json";
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final Map<String, Resource<?>> resources = new LinkedHashMap<>();
    private final BearerAuth auth;
    private final long maxBody;
    private final byte[] openApi;
    private final Object writeLock = new Object();

    ApiHandler(List<Resource<?>> served, ApiSettings settings) {
        served.forEach(r -> resources.put(r.collection(), r));
        this.auth = new BearerAuth(settings.tokens());
        this.maxBody = settings.maxBodyBytes();
        this.openApi = openApiDocument();
    }

    /** The API over the tables of {@code config} on the cluster of {@code clients}. */
    public static ApiHandler of(NewswatchConfig config, KafkaClients clients, ApiSettings settings) {
        return new ApiHandler(List.of(
                new FeedResource(new FeedRegistry(config.topics(), clients), config.configDir()),
                new SubscriptionResource(new SubscriptionRegistry(config.topics(), clients)),
                new EntityResource(new EntityRegistry(config.topics(), clients))), settings);
    }

    /** The OpenAPI document, from the class path. */
    public static byte[] openApiDocument() {
        try (InputStream in = ApiHandler.class.getResourceAsStream("openapi.json")) {
            return Objects.requireNonNull(in, "openapi.json is missing from the jar").readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read openapi.json from the jar", e);
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        try (exchange) {
            try {
                serve(exchange, path);
            } catch (Problem problem) {
                problem.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
                respond(exchange, problem.status(), Problem.CONTENT_TYPE, problem.toJson(path));
            } catch (KafkaUnreachableException e) {
                LOG.warn("API request {} {} failed: Kafka did not answer in time ({}).", exchange.getRequestMethod(), path,
                        e.getMessage());
                respond(exchange, 503, Problem.CONTENT_TYPE, Problem.of("kafka-unavailable", "Kafka is unavailable", 503,
                        "Kafka did not answer in time; nothing was changed. Try again later.").toJson(path));
            } catch (RuntimeException e) {
                LOG.warn("API request {} {} failed unexpectedly.", exchange.getRequestMethod(), path, e);
                respond(exchange, 500, Problem.CONTENT_TYPE, Problem.of("internal", "Internal error", 500,
                        "The request failed unexpectedly; the log has the cause.").toJson(path));
            }
        }
    }

    private void serve(HttpExchange exchange, String path) throws IOException {
        String method = exchange.getRequestMethod();
        if (OPENAPI_PATH.equals(path)) {
            allow(method, "GET");
            respond(exchange, 200, JSON_TYPE, openApi);
            return;
        }
        BearerAuth.Caller caller = authenticate(exchange.getRequestHeaders().getFirst("Authorization"));
        Matcher route = ROUTE.matcher(path);
        Resource<?> resource = route.matches() ? resources.get(route.group(1)) : null;
        if (resource == null) {
            throw Problem.notFound("No such resource; see " + OPENAPI_PATH + " for the paths served.");
        }
        String id = route.group(2);
        if (id == null) {
            allow(method, "GET", "POST");
        } else {
            allow(method, "GET", "PUT", "DELETE");
        }
        ApiSettings.Scope needed = method.equals("GET") ? ApiSettings.Scope.READ : ApiSettings.Scope.WRITE;
        if (!caller.may(needed)) {
            throw Problem.withHeaders("forbidden", "Forbidden", 403, "The token '" + caller.name() + "' lacks the "
                            + needed.configName() + " scope.",
                    Map.of("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"" + needed.configName() + "\""));
        }
        serve(exchange, method, resource, id, caller);
    }

    private <V> void serve(HttpExchange exchange, String method, Resource<V> resource, String id,
                           BearerAuth.Caller caller) throws IOException {
        if (id == null && method.equals("GET")) {
            ObjectNode list = Json.mapper().createObjectNode();
            ArrayNode items = list.putArray(resource.collection());
            resource.registry().all().values().forEach(v -> items.add(resource.write(v)));
            respond(exchange, 200, JSON_TYPE, Json.write(list));
            return;
        }
        if (method.equals("GET")) {
            respondWith(exchange, 200, resource, existing(resource, id));
            return;
        }
        if (method.equals("DELETE")) {
            synchronized (writeLock) {
                if (!resource.registry().remove(id)) {
                    throw Problem.notFound("No " + resource.noun() + " with id '" + id + "'.");
                }
            }
            LOG.info("API: token '{}' removed {} {}.", caller.name(), resource.noun(), id);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(204, -1);
            return;
        }
        ObjectNode body = body(exchange);
        if (id == null) {
            create(exchange, resource, body, caller);
        } else {
            update(exchange, resource, id, body, caller);
        }
    }

    private <V> void create(HttpExchange exchange, Resource<V> resource, ObjectNode body, BearerAuth.Caller caller)
            throws IOException {
        V value = parse(resource, body, null);
        String id = resource.id(value);
        synchronized (writeLock) {
            if (resource.registry().get(id).isPresent()) {
                throw Problem.of("conflict", "Conflict", 409, "A " + resource.noun() + " with id '" + id
                        + "' exists already; update it with PUT " + PREFIX + resource.collection() + "/" + id + ".");
            }
            resource.registry().add(value);
        }
        LOG.info("API: token '{}' created {} {}.", caller.name(), resource.noun(), id);
        exchange.getResponseHeaders().set("Location", PREFIX + resource.collection() + "/" + id);
        respondWith(exchange, 201, resource, value);
    }

    private <V> void update(HttpExchange exchange, Resource<V> resource, String id, ObjectNode body,
                            BearerAuth.Caller caller) throws IOException {
        JsonNode bodyId = body.get("id");
        if (bodyId != null && !bodyId.isNull() && !id.equals(bodyId.asText())) {
            throw Problem.invalid(new ConfigException(Resource.SOURCE, "id", "must be the id in the path ('" + id
                    + "') or left out; to rename, create the new id and delete the old one"));
        }
        body.set("id", TextNode.valueOf(id));
        V value;
        synchronized (writeLock) {
            V current = existing(resource, id);
            value = parse(resource, body, current);
            resource.registry().add(value);
        }
        LOG.info("API: token '{}' updated {} {}.", caller.name(), resource.noun(), id);
        respondWith(exchange, 200, resource, value);
    }

    private static <V> V parse(Resource<V> resource, ObjectNode body, V current) {
        try {
            return resource.parse(body, current);
        } catch (ConfigException e) {
            throw Problem.invalid(e);
        }
    }

    private static <V> V existing(Resource<V> resource, String id) {
        Optional<V> value = resource.registry().get(id);
        return value.orElseThrow(() -> Problem.notFound("No " + resource.noun() + " with id '" + id + "'."));
    }

    private BearerAuth.Caller authenticate(String authorization) {
        Optional<BearerAuth.Caller> caller = auth.caller(authorization);
        if (caller.isEmpty()) {
            String challenge = authorization == null ? "Bearer realm=\"newswatch\""
                    : "Bearer realm=\"newswatch\", error=\"invalid_token\"";
            throw Problem.withHeaders("unauthorized", "Unauthorized", 401, authorization == null
                            ? "This request needs a bearer token (Authorization: Bearer ...)."
                            : "The bearer token is not valid.", Map.of("WWW-Authenticate", challenge));
        }
        return caller.get();
    }

    private static void allow(String method, String... allowed) {
        if (!List.of(allowed).contains(method)) {
            String list = String.join(", ", allowed);
            throw Problem.withHeaders("method-not-allowed", "Method not allowed", 405, "This path allows " + list + ".",
                    Map.of("Allow", list));
        }
    }

    /** The request body as a JSON object, after the Content-Type and size checks. */
    private ObjectNode body(HttpExchange exchange) throws IOException {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        String mediaType = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals(JSON_TYPE)) {
            throw Problem.of("unsupported-media-type", "Unsupported media type", 415, "The body must be "
                    + JSON_TYPE + ", got " + (type == null ? "no Content-Type" : "'" + type + "'") + ".");
        }
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null && length.strip().matches("\\d{1,18}") && Long.parseLong(length.strip()) > maxBody) {
            throw tooLarge();
        }
        byte[] bytes = exchange.getRequestBody().readNBytes((int) Math.min(Integer.MAX_VALUE - 1, maxBody) + 1);
        if (bytes.length > maxBody) {
            throw tooLarge();
        }
        JsonNode tree;
        try {
            tree = STRICT.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw Problem.of("malformed-json", "Malformed JSON", 400, "The body is not valid JSON: "
                    + e.getOriginalMessage() + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")") + ".");
        }
        if (tree == null || !tree.isObject()) {
            throw Problem.of("malformed-json", "Malformed JSON", 400, "The body must be one JSON object.");
        }
        return (ObjectNode) tree;
    }

    private Problem tooLarge() {
        return Problem.of("body-too-large", "Request body too large", 413, "The body is larger than " + maxBody
                + " bytes (http.api.max-body).");
    }

    private static <V> void respondWith(HttpExchange exchange, int status, Resource<V> resource, V value)
            throws IOException {
        respond(exchange, status, JSON_TYPE, Json.write(resource.write(value)));
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        respond(exchange, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
