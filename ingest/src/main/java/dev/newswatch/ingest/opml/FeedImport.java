package dev.newswatch.ingest.opml;

import dev.newswatch.core.model.FeedSpec;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides what importing OPML outlines into a feed list does: each outline is added, already there (same URL, or
 * an id taken by another URL), or refused with the reason (not an http(s) URL, an invalid language). Pure: the
 * caller writes the added feeds. Stateless and thread-safe.
 */
public final class FeedImport {

    /** What happened to one outline. */
    public enum Outcome { ADDED, ALREADY_THERE, REFUSED }

    /**
     * One line of the import report.
     *
     * @param outcome what happened
     * @param url     the outline's feed URL
     * @param id      the feed id (the new one, or the one already there), null when refused
     * @param reason  why it was refused or which feed is already there, null when added
     * @param feed    the feed to write when added, else null
     */
    public record Line(Outcome outcome, String url, String id, String reason, FeedSpec feed) {
    }

    private FeedImport() {
    }

    /** The report of importing {@code outlines} into {@code existing} (feed id → feed), in outline order. */
    public static List<Line> plan(Map<String, FeedSpec> existing, List<OpmlOutline> outlines) {
        Map<String, String> idByUrl = new HashMap<>();
        existing.values().forEach(f -> idByUrl.put(f.url(), f.id()));
        Map<String, String> urlById = new HashMap<>();
        existing.values().forEach(f -> urlById.put(f.id(), f.url()));
        List<Line> lines = new ArrayList<>();
        for (OpmlOutline outline : outlines) {
            String url = outline.xmlUrl();
            String refusal = refusal(outline);
            if (refusal != null) {
                lines.add(new Line(Outcome.REFUSED, url, null, refusal, null));
                continue;
            }
            String present = idByUrl.get(url);
            if (present != null) {
                lines.add(new Line(Outcome.ALREADY_THERE, url, present, "feed " + present + " has this URL", null));
                continue;
            }
            URI uri = URI.create(url);
            String name = outline.title() != null ? outline.title() : uri.getHost();
            String id = uniqueId(FeedSpec.slug(name), urlById);
            String language = outline.language() == null ? null : outline.language().substring(0, 2);
            FeedSpec feed = new FeedSpec(id, url, name, language, null);
            idByUrl.put(url, id);
            urlById.put(id, url);
            lines.add(new Line(Outcome.ADDED, url, id, null, feed));
        }
        return lines;
    }

    private static String refusal(OpmlOutline outline) {
        URI uri;
        try {
            uri = URI.create(outline.xmlUrl());
        } catch (IllegalArgumentException e) {
            return "not a valid URL";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return "not an http or https URL";
        }
        if (outline.language() != null && !outline.language().matches("[a-zA-Z]{2}([-_][a-zA-Z0-9]+)*")) {
            return "language '" + outline.language() + "' is not an ISO 639-1 code";
        }
        return null;
    }

    /** {@code base}, or {@code base-2}, {@code base-3}, ... when another URL has it. */
    private static String uniqueId(String base, Map<String, String> urlById) {
        String id = base;
        for (int n = 2; urlById.containsKey(id); n++) {
            String suffix = "-" + n;
            id = (base.length() + suffix.length() > 100 ? base.substring(0, 100 - suffix.length()) : base) + suffix;
        }
        return id;
    }
}
