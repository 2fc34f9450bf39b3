package dev.newswatch.ingest.parse.rome;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.impl.RSS092Parser;
import java.util.Locale;
import org.jdom2.Element;

/**
 * RSS092Parser's RSS 0.92 parser ({@code rss_0.92}) with fast item and channel dates; see the package description.
 * Registered in {@code /rome.properties}; RSS092Parser creates one instance and shares it, so it keeps no state.
 */
public class Rss092Parser extends RSS092Parser {

    /** The parser RSS092Parser instantiates from {@code /rome.properties}. */
    public Rss092Parser() {
        super();
    }

    @Override
    protected WireFeed parseChannel(Element rssRoot, Locale locale) {
        return RssDateParsing.channel(rssRoot, locale, getRSSNamespace(), () -> super.parseChannel(rssRoot, locale));
    }

    @Override
    protected Item parseItem(Element rssRoot, Element eItem, Locale locale) {
        return RssDateParsing.item(eItem, locale, getRSSNamespace(), () -> super.parseItem(rssRoot, eItem, locale));
    }
}
