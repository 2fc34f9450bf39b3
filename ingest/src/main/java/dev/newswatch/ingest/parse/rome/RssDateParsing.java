package dev.newswatch.ingest.parse.rome;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import java.util.Locale;
import java.util.function.Supplier;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * What the RSS parsers of this package add to ROME's: the date elements ROME would read with
 * {@code DateParser.parseDate} are detached while ROME reads the element, then read with {@link RssDates}.
 * The element names and the "first child" rule are ROME's ({@code RSS091UserlandParser} and
 * {@code RSS093Parser} read item {@code pubDate}; {@code RSS091UserlandParser} reads channel {@code pubDate}
 * and {@code lastBuildDate}).
 */
final class RssDateParsing {

    private static final String CHANNEL = "channel";
    private static final String PUB_DATE = "pubDate";
    private static final String LAST_BUILD_DATE = "lastBuildDate";

    private RssDateParsing() {
    }

    /** Runs ROME's channel parsing without the channel dates, then sets them. */
    static WireFeed channel(Element rssRoot, Locale locale, Namespace rss, Supplier<WireFeed> romeParse) {
        Element eChannel = rssRoot.getChild(CHANNEL, rss);
        DetachedDate pubDate = DetachedDate.detach(eChannel, PUB_DATE, rss);
        DetachedDate lastBuildDate = DetachedDate.detach(eChannel, LAST_BUILD_DATE, rss);
        WireFeed feed;
        try {
            feed = romeParse.get();
        } finally {
            DetachedDate.restore(lastBuildDate);
            DetachedDate.restore(pubDate);
        }
        if (feed instanceof Channel channel) {
            if (pubDate != null) {
                channel.setPubDate(pubDate.date(locale));
            }
            if (lastBuildDate != null) {
                channel.setLastBuildDate(lastBuildDate.date(locale));
            }
        }
        return feed;
    }

    /** Runs ROME's item parsing without the item's {@code pubDate}, then sets it. */
    static Item item(Element eItem, Locale locale, Namespace rss, Supplier<Item> romeParse) {
        DetachedDate pubDate = DetachedDate.detach(eItem, PUB_DATE, rss);
        Item item;
        try {
            item = romeParse.get();
        } finally {
            DetachedDate.restore(pubDate);
        }
        if (pubDate != null) {
            item.setPubDate(pubDate.date(locale));
        }
        return item;
    }
}
