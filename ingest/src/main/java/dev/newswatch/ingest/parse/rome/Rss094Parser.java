package dev.newswatch.ingest.parse.rome;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.impl.RSS094Parser;
import java.util.Locale;
import org.jdom2.Element;

/**
 * RSS094Parser's RSS 0.94 parser ({@code rss_0.94}) with fast item and channel dates; see the package description.
 * Registered in {@code /rome.properties}; RSS094Parser creates one instance and shares it, so it keeps no state.
 */
public class Rss094Parser extends RSS094Parser {

    /** The parser RSS094Parser instantiates from {@code /rome.properties}. */
    public Rss094Parser() {
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
