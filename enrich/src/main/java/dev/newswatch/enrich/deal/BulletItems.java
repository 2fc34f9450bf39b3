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
    /** The same after a short bracket that says what the company is ("- Zentrix (robots): $90M"). */
    private static final Pattern DESCRIBED_SEPARATOR = Pattern.compile(
            "(?:\\s*\\([^()]{1,60}\\))?" + SEPARATOR.pattern());
    /**
     * A dash or a star that opens a line as its bullet ("- Zentrix: $90M"), or the number of a numbered item ("1.
     * Zentrix: 120 Mio. Euro", "2) Korvia: $80M"), with the spaces after it.
     */
    private static final Pattern LINE_BULLET = Pattern.compile("\\s*(?:[-–—*·]|\\d{1,2}[.)]|" + BULLET.pattern()
            + ")\\s+");
    /** The number that opens a numbered item ("1. ", "2) "). */
    private static final Pattern ITEM_NUMBER = Pattern.compile("\\s*\\d{1,2}[.)]\\s+");
    /** Between two amounts of one item, a plus: "$13bn in March + $3.5bn in May" (up to three words before it). */
    private static final Pattern PLUS_JOIN = Pattern.compile("(?:\\s+[\\p{L}\\p{N}]+){0,3}\\s*\\+\\s*");

    /** What may stand before the item's company: spaces, and a country with a slash ("• UAE/Zentrix → ..."). */
    private static final Pattern ITEM_OPENING = Pattern.compile("\\s*(?:\\p{Lu}[\\p{L}.]{0,8}/)?");
    /** The same on lowered text: a country with a slash ("• uae/zentrix → ..."). */
    private static final Pattern LOWERED_ITEM_OPENING = Pattern.compile("\\s*(?:[\\p{L}.]{1,9}/)?");
    /** Up to three words between a commitment noun and the amount ("Impegno Azure da 250 miliardi"). */
    private static final Pattern COMMITMENT_GAP = Pattern.compile("(?:\\s+[\\p{L}-]+){0,3}\\s+");

    private BulletItems() {
    }

    /**
     * Where the item of a sentence that is one line of a list begins: right after the dash, star or bullet that opens
     * the sentence ("- Zentrix (robots): $90M"); -1 when no such mark opens it.
     */
    static int lineItemStart(String text, int sentenceStart, int sentenceEnd) {
        Matcher m = LINE_BULLET.matcher(text).region(sentenceStart, sentenceEnd);
        return m.lookingAt() ? m.end() : -1;
    }

    /**
     * The company that opens the list line of {@code amount} ({@link #lineItemStart}) when only a separator, maybe
     * after a bracket, stands between it and the amount, or between it and an earlier amount of the line joined to
     * this one by a plus ("- Zentrix: $90M in May + $40M in June"); null otherwise.
     *
     * @param money the amounts of the sentence, in text order
     * @param mentions the mentions of the sentence, in text order
     */
    static EntityMention lineItemCompany(String text, int sentenceStart, int sentenceEnd, MoneyMention amount,
                                         List<MoneyMention> money, List<EntityMention> mentions) {
        int itemStart = lineItemStart(text, sentenceStart, sentenceEnd);
        if (itemStart < 0) {
            return null;
        }
        EntityMention first = mentions.stream().filter(m -> m.start() >= itemStart).findFirst().orElse(null);
        if (first == null || first.end() > amount.start()
                || !LOWERED_ITEM_OPENING.matcher(text).region(itemStart, first.start()).matches()) {
            return null;
        }
        int from = first.end();
        boolean afterCompany = true;
        for (MoneyMention m : money) {
            if (m.start() < from) {
                continue;
            }
            Pattern gap = afterCompany ? DESCRIBED_SEPARATOR : PLUS_JOIN;
            if (!gap.matcher(text).region(from, m.start()).matches()) {
                return null;
            }
            if (m.start() == amount.start()) {
                return first;
            }
            from = m.end();
            afterCompany = false;
        }
        return null;
    }

    /** Whether the sentence {@code [sentenceStart, sentenceEnd)} opens with the number of a numbered item. */
    static boolean numberedLine(String text, int sentenceStart, int sentenceEnd) {
        return ITEM_NUMBER.matcher(text).region(sentenceStart, sentenceEnd).lookingAt();
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
        return itemCompany(text, sentenceStart, amount, mentions, null);
    }

    /**
     * As {@link #itemCompany(String, int, MoneyMention, List)}, and also when a commitment noun and up to three words
     * stand between the separator and the amount ("• Halvora → Impegno Azure da 250 miliardi").
     *
     * @param commitment the language's commitment nouns, or null
     */
    static EntityMention itemCompany(String text, int sentenceStart, MoneyMention amount,
                                     List<EntityMention> mentions, Pattern commitment) {
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
            return opensItem && (SEPARATOR.matcher(text).region(mention.end(), amount.start()).matches()
                    || committedBefore(text, mention.end(), amount.start(), commitment)) ? mention : null;
        }
        return null;
    }

    /** A separator, a commitment noun and up to three words between {@code from} and the amount at {@code to}. */
    private static boolean committedBefore(String text, int from, int to, Pattern commitment) {
        if (commitment == null) {
            return false;
        }
        Matcher separator = SEPARATOR.matcher(text).region(from, to);
        if (!separator.lookingAt()) {
            return false;
        }
        Matcher noun = commitment.matcher(text).region(separator.end(), to);
        return noun.lookingAt() && COMMITMENT_GAP.matcher(text).region(noun.end(), to).matches();
    }

    /**
     * Whether the item of {@code amount} says its company commits to pay: a commitment noun stands in the item
     * before its first bracket ("• Halvora → $250bn Azure commitment", "• Halvora → Impegno Azure da 250 miliardi").
     */
    static boolean commitsToPay(String text, int sentenceStart, int sentenceEnd, MoneyMention amount,
                                Pattern commitment) {
        int[] item = item(text, sentenceStart, sentenceEnd, amount.start());
        if (commitment == null || item == null) {
            return false;
        }
        int bracket = text.indexOf('(', item[0]);
        int end = bracket >= 0 && bracket < item[1] ? bracket : item[1];
        return commitment.matcher(text).region(item[0], end).find();
    }

    /**
     * The company that opens the bullet item of an amount written in the item's brackets as a stake ("• UAE/Zentrix →
     * $15bn (data centres, $1.5bn equity stake)"): a stake noun stands right after the amount, or right before it
     * with at most one short word between ("partecipazione azionaria di 1,5 miliardi"). Null otherwise.
     *
     * @param stakeBefore a stake noun at the end of the text before the amount, or null
     * @param stakeAfter a stake noun at the start of the text after the amount, or null
     */
    static EntityMention stakeItemCompany(String text, int sentenceStart, int sentenceEnd, MoneyMention amount,
                                          List<EntityMention> mentions, Pattern stakeBefore, Pattern stakeAfter) {
        int[] item = item(text, sentenceStart, sentenceEnd, amount.start());
        if (stakeBefore == null || item == null) {
            return null;
        }
        int bracket = text.indexOf('(', item[0]);
        if (bracket < 0 || bracket > amount.start() || text.indexOf(')', bracket) < amount.end()) {
            return null;
        }
        boolean stakeAfterAmount = stakeAfter.matcher(text).region(amount.end(), item[1]).lookingAt();
        boolean stakeBeforeAmount = stakeBefore.matcher(text).region(bracket, amount.start()).find();
        if (!stakeAfterAmount && !stakeBeforeAmount) {
            return null;
        }
        for (EntityMention mention : mentions) {
            if (mention.start() >= item[0] && mention.end() <= bracket) {
                boolean opensItem = LOWERED_ITEM_OPENING.matcher(text).region(item[0], mention.start()).matches();
                return opensItem && SEPARATOR.matcher(text).region(mention.end(), bracket).lookingAt() ? mention : null;
            }
        }
        return null;
    }
}
