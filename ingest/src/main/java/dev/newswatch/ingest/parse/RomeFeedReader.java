package dev.newswatch.ingest.parse;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCSubject;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * The strict reader: ROME with its defaults, which reject any DOCTYPE and never load external entities or
 * DTDs. Never call {@code setAllowDoctypes(true)} here. ROME's XML healer is skipped for documents it would
 * not change ({@link XmlHealing}). Each thread parses with its own ROME input ({@link ReusedRomeInput}), so this is
 * thread-safe.
 */
final class RomeFeedReader {

    private static final Set<String> RDF_FEED_TYPES = Set.of("rss_0.9", "rss_1.0");
    private static final int PROLOG_CHARS = 4_096;
    private static final Pattern ROOT_LANGUAGE = Pattern.compile(
            "<(?:[\\w-]+:)?(?:feed|rss|RDF)\\b[^>]*?\\bxml:lang\\s*=\\s*[\"']([^\"']*)[\"']");

    private RomeFeedReader() {
    }

    /**
     * Reads {@code text} with ROME.
     *
     * @throws FeedException when the text is not well-formed XML or ROME cannot read it
     * @throws IllegalArgumentException when ROME knows no parser for the root element
     */
    static ParsedFeed read(String text, URI baseUri) throws FeedException {
        return read(text, baseUri, XmlHealing.isNeeded(text));
    }

    /** {@link #read(String, URI)} with ROME's XML healer on or off, so tests can compare the two. */
    static ParsedFeed read(String text, URI baseUri, boolean heal) throws FeedException {
        SyndFeed feed = ReusedRomeInput.get().build(new StringReader(text), heal);
        String feedLink = Links.resolve(documentBase(feed, baseUri), feedLink(feed));
        URI base = Links.base(documentBase(feed, baseUri), feedLink);
        boolean rdf = RDF_FEED_TYPES.contains(feed.getFeedType());
        List<ParsedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            if (entry != null) {
                items.add(item(entry, base, rdf));
            }
        }
        return new ParsedFeed(
                blankToNull(feed.getTitle()),
                feedLink,
                language(feed, text),
                ttl(feed.originalWireFeed()),
                items,
                false);
    }

    /** RSS {@code <language>} or {@code dc:language}; else the root's {@code xml:lang}, which ROME does not read. */
    private static String language(SyndFeed feed, String text) {
        String language = blankToNull(feed.getLanguage());
        if (language == null && feed.originalWireFeed() instanceof Feed atomFeed) {
            language = blankToNull(atomFeed.getLanguage());
        }
        if (language == null) {
            String prolog = text.substring(0, Math.min(text.length(), PROLOG_CHARS));
            // Most documents have no xml:lang at all: a plain search settles those without the expression.
            Matcher rootLanguage = prolog.contains("xml:lang") ? ROOT_LANGUAGE.matcher(prolog) : null;
            language = rootLanguage != null && rootLanguage.find() ? blankToNull(rootLanguage.group(1)) : null;
        }
        return language;
    }

    /** The fetch URI, or the Atom feed's {@code xml:base} resolved against it. */
    private static URI documentBase(SyndFeed feed, URI baseUri) {
        if (feed.originalWireFeed() instanceof Feed atomFeed && atomFeed.getXmlBase() != null) {
            return Links.base(null, Links.resolve(baseUri, atomFeed.getXmlBase()));
        }
        return baseUri;
    }

    /** The first alternate link: ROME's {@code getLink()} returns an Atom feed's self link when it comes first. */
    private static String feedLink(SyndFeed feed) {
        for (SyndLink link : feed.getLinks()) {
            String rel = link.getRel();
            if (link.getHref() != null && (rel == null || rel.equalsIgnoreCase("alternate"))) {
                return link.getHref();
            }
        }
        return feed.getLink();
    }

    private static ParsedItem item(SyndEntry entry, URI feedBase, boolean rdf) {
        Object wire = entry.getWireEntry();
        URI base = feedBase;
        Instant published = instant(entry.getPublishedDate());
        Instant updated = instant(entry.getUpdatedDate());
        if (wire instanceof Entry atomEntry) {
            if (atomEntry.getXmlBase() != null) {
                URI entryBase = Links.base(null, Links.resolve(feedBase, atomEntry.getXmlBase()));
                base = entryBase != null ? entryBase : feedBase;
            }
            // ROME reports an Atom 0.3 entry's <modified> as its published date; <issued> is the right one.
            published = instant(firstDate(atomEntry.getPublished(), atomEntry.getIssued(), atomEntry.getCreated()));
            updated = instant(firstDate(atomEntry.getUpdated(), atomEntry.getModified(), null));
        }
        return new ParsedItem(
                guid(entry, rdf),
                Links.resolve(base, link(entry)),
                html(entry.getTitleEx(), entry.getTitle()),
                html(entry.getDescription(), null),
                content(entry.getContents()),
                published,
                updated,
                authors(entry),
                categories(entry));
    }

    private static Date firstDate(Date first, Date second, Date third) {
        return first != null ? first : second != null ? second : third;
    }

    private static String guid(SyndEntry entry, boolean rdf) {
        Object wire = entry.getWireEntry();
        if (wire instanceof Item item) {
            Guid guid = item.getGuid();
            if (guid != null) {
                return blankToNull(guid.getValue());
            }
            // RSS 1.0 items have no guid; their rdf:about URI identifies them. (For RSS 2.0 ROME puts the link there.)
            return rdf ? blankToNull(item.getUri()) : null;
        }
        if (wire instanceof Entry atomEntry) {
            return blankToNull(atomEntry.getId());
        }
        return blankToNull(entry.getUri());
    }

    private static String link(SyndEntry entry) {
        if (entry.getLink() != null && !entry.getLink().isBlank()) {
            return entry.getLink();
        }
        for (SyndLink link : entry.getLinks()) {
            String rel = link.getRel();
            if (link.getHref() != null && (rel == null || rel.equalsIgnoreCase("alternate"))) {
                return link.getHref();
            }
        }
        return null;
    }

    private static String content(List<SyndContent> contents) {
        for (SyndContent content : contents) {
            String html = html(content, null);
            if (html != null) {
                return html;
            }
        }
        return null;
    }

    /** The value of a text construct as HTML: plain-text constructs are escaped, others kept. */
    private static String html(SyndContent content, String fallback) {
        String value = content == null ? fallback : content.getValue();
        if (value == null || value.isBlank()) {
            return null;
        }
        String type = content == null || content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        return type.equals("text") || type.equals("text/plain") ? Entities.escape(value) : value;
    }

    /** Atom authors, the RSS {@code <author>} and every Dublin Core creator, in that order, without repeats. */
    private static List<String> authors(SyndEntry entry) {
        Set<String> names = new LinkedHashSet<>();
        for (SyndPerson person : entry.getAuthors()) {
            String name = blankToNull(person.getName());
            addIfPresent(names, name != null ? name : person.getEmail());
        }
        if (entry.getWireEntry() instanceof Item item) {
            addIfPresent(names, item.getAuthor());
        }
        if (entry.getModule(DCModule.URI) instanceof DCModule dublinCore) {
            dublinCore.getCreators().forEach(creator -> addIfPresent(names, creator));
        }
        addIfPresent(names, entry.getAuthor());
        return List.copyOf(names);
    }

    /** Categories and Dublin Core subjects, without repeats. */
    private static List<String> categories(SyndEntry entry) {
        Set<String> names = new LinkedHashSet<>();
        for (SyndCategory category : entry.getCategories()) {
            addIfPresent(names, category.getName());
        }
        if (entry.getModule(DCModule.URI) instanceof DCModule dublinCore) {
            for (DCSubject subject : dublinCore.getSubjects()) {
                addIfPresent(names, subject.getValue());
            }
        }
        return List.copyOf(names);
    }

    private static void addIfPresent(Set<String> values, String value) {
        String stripped = blankToNull(value);
        if (stripped != null) {
            values.add(stripped);
        }
    }

    private static Duration ttl(WireFeed wireFeed) {
        if (wireFeed instanceof Channel channel && channel.getTtl() > 0) {
            return Duration.ofMinutes(channel.getTtl());
        }
        return null;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
