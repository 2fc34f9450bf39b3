package dev.newswatch.enrich.deal;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round-ups written as bullet items after a deal noun: "The deals: • Zentrix → $17bn (GPUs) • Halvora → ~$14bn". An
 * amount whose item opens with a company and a separator (an arrow, a colon, a dash) belongs to that company.
 * Stateless.
 */
final class BulletItems {

    private static final Pattern BULLET = Pattern.compile("[•▪►▸‣]");
    /** What stands between the item's company and its amount: an arrow, a colon or a dash, and "about". */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:→|->|=>|:|—|–|-)\\s*[~≈]?\\s*");

    /** What may stand before the item's company: spaces, and a country with a slash ("• UAE/Zentrix → ..."). */
    private static final Pattern ITEM_OPENING = Pattern.compile("\\s*(?:\\p{Lu}[\\p{L}.]{0,8}/)?");

    private BulletItems() {
    }

    /** Where the first bullet of {@code [from, to)} stands, or -1. */
    static int firstBullet(String text, int from, int to) {
        Matcher m = BULLET.matcher(text).region(from, to);
        return m.find() ? m.start() : -1;
    }

    /**
     * The bullet item {@code offset} stands in, within {@code [from, to)}: from after its bullet to the next bullet
     * or {@code to}. Null when no bullet stands before {@code offset}.
     */
    static int[] item(String text, int from, int to, int offset) {
        int bullet = -1;
        Matcher m = BULLET.matcher(text).region(from, offset);
        while (m.find()) {
            bullet = m.end();
        }
        if (bullet < 0) {
            return null;
        }
        Matcher next = BULLET.matcher(text).region(offset, to);
        return new int[] {bullet, next.find() ? next.start() : to};
    }

    /**
     * The company that opens the bullet item of {@code amount}, when only a separator stands between it and the
     * amount; null otherwise.
     *
     * @param mentions the mentions of the sentence, in text order
     */
    static EntityMention itemCompany(String text, int sentenceStart, MoneyMention amount,
                                     List<EntityMention> mentions) {
        int bullet = -1;
        Matcher m = BULLET.matcher(text).region(sentenceStart, amount.start());
        while (m.find()) {
            bullet = m.end();
        }
        if (bullet < 0) {
            return null;
        }
        for (EntityMention mention : mentions) {
            if (mention.start() < bullet || mention.end() > amount.start()) {
                continue;
            }
            boolean opensItem = ITEM_OPENING.matcher(text).region(bullet, mention.start()).matches();
            return opensItem && SEPARATOR.matcher(text).region(mention.end(), amount.start()).matches()
                    ? mention : null;
        }
        return null;
    }
}
