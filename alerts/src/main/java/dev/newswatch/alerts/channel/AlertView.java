package dev.newswatch.alerts.channel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a subscriber is told about one alert, independent of the channel that tells it.
 *
 * <p>Every string except {@code alertId} and {@code kind} comes from a feed and is untrusted: channels
 * escape or flatten it before use. {@code kind} is {@code "new"} or {@code "update"} (normalised to lower
 * case with {@link Locale#ROOT}). {@code headline}, {@code investor}, {@code target}, {@code amountText},
 * {@code amountUsd}, {@code type}, {@code stage} and {@code evidence} may be null; {@code categories}
 * and {@code sources} may be passed as null and become empty lists. Immutable and thread-safe.
 *
 * @param alertId    stable identifier of the alert (not blank)
 * @param kind       {@code "new"} for a first alert, {@code "update"} for a later change to it, {@code "article"} for
 *                   an article alert (no deal: parties, amount, type and stage are null, the evidence is the
 *                   article's summary)
 * @param headline   the article title that triggered the alert, or null
 * @param investor   the party that pays, or null
 * @param target     the party that receives, or null; either may be a {@linkplain Party#provisional() new company}
 * @param amountText the amount as people say it ("more than $10 billion"), or null
 * @param amountUsd  the amount in US dollars, or null when unknown or not convertible
 * @param type       deal type ("investment", "acquisition", ...), or null
 * @param stage      deal stage ("talks", "announced", ...), or null
 * @param categories category labels, in display order
 * @param evidence   the sentence the deal was read from, or null
 * @param sources    the articles that reported it, in display order
 * @param firstSeen  when the alerter first saw the deal (not null)
 */
public record AlertView(
        String alertId,
        String kind,
        String headline,
        Party investor,
        Party target,
        String amountText,
        BigDecimal amountUsd,
        String type,
        String stage,
        List<String> categories,
        String evidence,
        List<Source> sources,
        Instant firstSeen) {

    /** The kind of a first alert about a deal. */
    public static final String KIND_NEW = "new";
    /** The kind of an alert that reports a change to a deal already alerted on. */
    public static final String KIND_UPDATE = "update";
    /** The kind of an article alert: an article that matched a subscription's rule, with no deal. */
    public static final String KIND_ARTICLE = "article";

    public AlertView {
        if (alertId == null || alertId.isBlank()) {
            throw new IllegalArgumentException("alert id must not be blank");
        }
        Objects.requireNonNull(kind, "kind");
        kind = kind.strip().toLowerCase(Locale.ROOT);
        if (!kind.equals(KIND_NEW) && !kind.equals(KIND_UPDATE) && !kind.equals(KIND_ARTICLE)) {
            throw new IllegalArgumentException("alert " + alertId + " has kind '" + kind
                    + "'; expected '" + KIND_NEW + "', '" + KIND_UPDATE + "' or '" + KIND_ARTICLE + "'");
        }
        if (amountUsd != null && amountUsd.signum() < 0) {
            throw new IllegalArgumentException("alert " + alertId + " has a negative USD amount: " + amountUsd);
        }
        Objects.requireNonNull(firstSeen, "firstSeen");
        categories = categories == null ? List.of() : List.copyOf(categories);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /**
     * One side of the deal. {@code name} comes from a feed and is untrusted. {@code id} is its entity id; for a
     * {@code provisional} party, a company the entity table does not know yet, it is the id under which
     * {@code newswatch entities add} promotes it.
     *
     * @param id          the entity id, or null when unknown
     * @param name        the name to show (not null)
     * @param provisional true for a company read from the article that the entity table does not know
     */
    public record Party(String id, String name, boolean provisional) {

        /** What {@link #label()} adds after the name of a provisional party. */
        public static final String NEW_COMPANY = "(new company)";

        public Party {
            Objects.requireNonNull(name, "name");
        }

        /** The name, followed by "(new company)" for a provisional party: "Zentrix Robotics (new company)". */
        public String label() {
            return provisional ? name + " " + NEW_COMPANY : name;
        }
    }

    /**
     * One article that reported the deal. All fields come from the feed and are untrusted; {@code url}
     * is kept as text because it may not even be a valid URI. Any field may be null.
     *
     * @param title     the article title
     * @param outlet    the publication's name
     * @param url       the article's address as the feed gave it
     * @param published when the outlet published it
     */
    public record Source(String title, String outlet, String url, Instant published) {
    }
}
