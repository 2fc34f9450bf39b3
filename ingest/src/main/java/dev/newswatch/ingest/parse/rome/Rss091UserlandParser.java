package dev.newswatch.ingest.parse.rome;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.impl.RSS091UserlandParser;
import java.util.Locale;
import org.jdom2.Element;

/**
 * RSS091UserlandParser's RSS 0.91 Userland parser ({@code rss_0.91U}) with fast item and channel dates; see the package description.
 * Registered in {@code /rome.properties}; RSS091UserlandParser creates one instance and shares it, so it keeps no state.
 */
public class Rss091UserlandParser extends RSS091UserlandParser {

    /** The parser RSS091UserlandParser instantiates from {@code /rome.properties}. */
    public Rss091UserlandParser() {
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
