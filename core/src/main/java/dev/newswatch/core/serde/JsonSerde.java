package dev.newswatch.core.serde;

import dev.newswatch.core.model.Article;
import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A Kafka serde that writes a record as UTF-8 JSON. A null value stays null (a tombstone on compacted
 * topics). Bytes that are not valid JSON for the type raise a {@link SerializationException} that names
 * the type, so the caller can route the record to a dead-letter path.
 *
 * @param <T> the record type
 */
public final class JsonSerde<T> implements Serde<T> {

    private final Class<T> type;

    private JsonSerde(Class<T> type) {
        this.type = type;
    }

    public static <T> JsonSerde<T> of(Class<T> type) {
        return new JsonSerde<>(type);
    }

    public Class<T> type() {
        return type;
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, data) -> {
            if (data == null) {
                return null;
            }
            if (data instanceof Article article) {
                // The same bytes as the mapper's (ArticleJson), for a fraction of its CPU: every ingested article.
                return ArticleJson.write(article);
            }
            try {
                return Json.mapper().writeValueAsBytes(data);
            } catch (IOException e) {
                throw new SerializationException("cannot write " + type.getSimpleName() + " for topic " + topic, e);
            }
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, data) -> {
            if (data == null) {
                return null;
            }
            try {
                return Json.mapper().readValue(data, type);
            } catch (IOException | RuntimeException e) {
                throw new SerializationException("cannot read " + type.getSimpleName() + " from topic " + topic
                        + ": " + e.getMessage(), e);
            }
        };
    }
}
