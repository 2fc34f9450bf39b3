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

    private BulletItems() {
    }

    /** Where the first bullet of {@code [from, to)} stands, or -1. */
    static int firstBullet(String text, int from, int to) {
        Matcher m = BULLET.matcher(text).region(from, to);
        return m.find() ? m.start() : -1;
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
            boolean opensItem = text.substring(bullet, mention.start()).isBlank();
            return opensItem && SEPARATOR.matcher(text).region(mention.end(), amount.start()).matches()
                    ? mention : null;
        }
        return null;
    }
}
