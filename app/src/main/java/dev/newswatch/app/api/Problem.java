package dev.newswatch.app.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newswatch.core.config.ConfigException;
import dev.newswatch.core.serde.Json;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem detail, thrown by the API's steps and written as {@code application/problem+json}:
 * {@code type} (a {@code urn:newswatch:problem:} name), {@code title}, {@code status}, {@code detail}, and for an
 * invalid record {@code errors}, one entry per field with a JSON {@code pointer} into the request body. Immutable.
 */
final class Problem extends RuntimeException {

    static final String CONTENT_TYPE = "application/problem+json";
    static final String TYPE_PREFIX = "urn:newswatch:problem:";

    /** One field in error: a JSON pointer into the request body ({@code ""} for the whole record) and why. */
    record FieldError(String pointer, String detail) {
    }

    private final String type;
    private final String title;
    private final int status;
    private final List<FieldError> errors;
    private final Map<String, String> headers;

    private Problem(String type, String title, int status, String detail, List<FieldError> errors,
                    Map<String, String> headers) {
        super(detail);
        this.type = type;
        this.title = title;
        this.status = status;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    static Problem of(String type, String title, int status, String detail) {
        return new Problem(type, title, status, detail, List.of(), Map.of());
    }

    /** A problem whose response carries {@code headers} too (WWW-Authenticate, Allow). */
    static Problem withHeaders(String type, String title, int status, String detail, Map<String, String> headers) {
        return new Problem(type, title, status, detail, List.of(), headers);
    }

    /** The record in the body is refused: 400 with the field the parser named. */
    static Problem invalid(ConfigException e) {
        return new Problem("invalid-record", "The record is not valid", 400, "The request body is not a valid record: "
                + (e.key() == null || e.key().isEmpty() ? "" : e.key() + ": ") + e.reason(),
                List.of(new FieldError(pointer(e.key()), e.reason())), Map.of());
    }

    static Problem notFound(String detail) {
        return of("not-found", "Not found", 404, detail);
    }

    int status() {
        return status;
    }

    String type() {
        return TYPE_PREFIX + type;
    }

    List<FieldError> errors() {
        return errors;
    }

    Map<String, String> headers() {
        return headers;
    }

    /** The problem as JSON; {@code instance} is the request path. */
    String toJson(String instance) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("type", type());
        node.put("title", title);
        node.put("status", status);
        node.put("detail", getMessage());
        node.put("instance", instance);
        if (!errors.isEmpty()) {
            ArrayNode list = node.putArray("errors");
            errors.forEach(e -> list.addObject().put("pointer", e.pointer()).put("detail", e.detail()));
        }
        return Json.write(node);
    }

    /**
     * The RFC 6901 pointer of a configuration key relative to a record: {@code categories[0]} is
     * {@code /categories/0}, {@code attributes.country} is {@code /attributes/country}, {@code ""} the record.
     */
    static String pointer(String key) {
        if (key == null || key.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String part : key.split("\\.")) {
            for (String segment : part.replace("]", "").split("\\[")) {
                out.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
            }
        }
        return out.toString();
    }
}
