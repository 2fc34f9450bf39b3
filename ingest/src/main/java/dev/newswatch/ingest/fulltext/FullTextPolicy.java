package dev.newswatch.ingest.fulltext;

import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.FullTextMode;
import java.util.regex.Pattern;

/**
 * Decides whether an item's article page is worth fetching, from the feed's {@link FullTextMode} and the text
 * the feed gave.
 *
 * <p>In {@link FullTextMode#AUTO} an item is a teaser when its feed text is shorter than
 * {@value #TEASER_CHARACTERS} characters, ends cut ("...", "…", "[…]", "Read more"), or when its title reads like a
 * deal (invest, raise, acquire, funding round, in five languages) and the feed text holds no amount. Items
 * without an http(s) link are never fetched. Stateless and thread-safe.
 */
public final class FullTextPolicy {

    /** Feed text shorter than this is a teaser. */
    public static final int TEASER_CHARACTERS = 600;

    private static final Pattern CUT = Pattern.compile(
            "(\\.\\.\\.|…|\\[…]|\\[\\.\\.\\.]|\\(…\\)|\\[more]|read more|continue reading|weiterlesen|leggi tutto"
                    + "|lire la suite|leer más|seguir leyendo)\\W*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DEAL_TITLE = Pattern.compile(
            "invest|raise|raising|funding|financing|round|series [a-h]\\b|acqui|buy|buys|bought|stake|backs|backed"
                    + "|valuation|valued|merger|takeover|investi|finanzia|raccolt|acquisi|rileva|übernimmt|übernahme"
                    + "|finanzierung|beteiligt|lève|levée|rachat|rachète|financement|invierte|inversión|ronda"
                    + "|adquiere|adquisición|financiación",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern AMOUNT = Pattern.compile(
            "[$€£¥]\\s?\\d|\\d\\s?[$€£¥]|\\b(usd|eur|gbp|chf|jpy|cny)\\s?\\d|\\d[\\d.,]*\\s?(usd|eur|gbp|chf|dollars?"
                    + "|euros?|pounds?)\\b|\\d[\\d.,]*\\s?(million|billion|mn|bn|m|b|mio|mrd|milliarden?|millionen?"
                    + "|milioni|miliardi|millions?|milliards?|millones|mil millones)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** True when the page of {@code article} should be fetched under {@code mode}. */
    public boolean wantsPage(FullTextMode mode, Article article) {
        if (mode == FullTextMode.NEVER || !hasWebLink(article.url())) {
            return false;
        }
        if (mode == FullTextMode.ALWAYS) {
            return true;
        }
        return isTeaser(article.summary()) || (DEAL_TITLE.matcher(article.title()).find()
                && !AMOUNT.matcher(article.title() + "\n" + article.summary()).find());
    }

    /** True when {@code text} is short or ends cut. */
    public static boolean isTeaser(String text) {
        String stripped = text == null ? "" : text.strip();
        return stripped.length() < TEASER_CHARACTERS || CUT.matcher(stripped).find();
    }

    private static boolean hasWebLink(String url) {
        return url != null && (url.startsWith("http://") || url.startsWith("https://"));
    }
}
