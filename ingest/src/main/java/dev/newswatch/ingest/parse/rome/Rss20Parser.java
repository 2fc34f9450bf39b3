package dev.newswatch.ingest.parse.rome;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.impl.RSS20Parser;
import java.util.Locale;
import org.jdom2.Element;

/**
 * RSS20Parser's RSS 2.0 parser ({@code rss_2.0}) with fast item and channel dates; see the package description.
 * Registered in {@code /rome.properties}; RSS20Parser creates one instance and shares it, so it keeps no state.
 */
public class Rss20Parser extends RSS20Parser {

    /** The parser RSS20Parser instantiates from {@code /rome.properties}. */
    public Rss20Parser() {
        super();
    }

    @Override
    protected WireFeed parseChannel(Element rssRoot, Locale locale) {
        return RssDateParsing.channel(rssRoot, locale, getRSSNamespace(), () -> super.parseChannel(rssRoot, locale));
    }

    @Override
    public Item parseItem(Element rssRoot, Element eItem, Locale locale) {
        return RssDateParsing.item(eItem, locale, getRSSNamespace(), () -> super.parseItem(rssRoot, eItem, locale));
    }
}
