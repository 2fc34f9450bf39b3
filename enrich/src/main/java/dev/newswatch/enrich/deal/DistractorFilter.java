package dev.newswatch.enrich.deal;

import java.util.regex.Matcher;

/**
 * Tells amounts that are not deals from those that may be: the few words around an amount say whether it
 * is a valuation ("at a $157bn valuation", "valutata 500 miliardi"), revenue, a loss, a market value, a
 * fine, a saving, a price, a salary, GDP or a budget. A deal "valued at" an amount is the deal's amount,
 * not a valuation. The window before the amount stops at clause punctuation and at another amount; words
 * just before the next amount belong to it ("$10bn at a $200bn valuation"). Stateless.
 */
final class DistractorFilter {

    private static final int CONTEXT_WORDS_BEFORE = 6;
    private static final int CONTEXT_WORDS_AFTER = 4;

    private DistractorFilter() {
    }

    /** Whether the words around the amount make it a valuation, revenue, fine and the like. */
    static boolean isDistractor(Clause clause, MoneyMention amount) {
        String text = clause.text;
        int windowStart = amount.start();
        int words = 0;
        for (int i = clause.tokens.size() - 1; i >= 0 && words < CONTEXT_WORDS_BEFORE; i--) {
            Token t = clause.tokens.get(i);
            if (t.end() > amount.start()) {
                continue;
            }
            if (t.isClausePunctuation(text) || clause.money.stream().anyMatch(m -> t.overlaps(m.start(), m.end()))) {
                break;
            }
            windowStart = t.start();
            words += t.word() ? 1 : 0;
        }
        int windowEnd = amount.end();
        int nearEnd = amount.end();
        words = 0;
        boolean nextAmount = false;
        for (Token t : clause.tokens) {
            if (t.start() < amount.end()) {
                continue;
            }
            nextAmount = clause.money.stream().anyMatch(m -> t.overlaps(m.start(), m.end()));
            if (words >= CONTEXT_WORDS_AFTER || t.isClausePunctuation(text) || nextAmount) {
                break;
            }
            windowEnd = t.end();
            words += t.word() ? 1 : 0;
            if (words <= 2) {
                nearEnd = t.end();
            }
        }
        String before = text.substring(windowStart, amount.start());
        // Words just before the next amount belong to it ("$10bn at a $200bn valuation").
        String after = text.substring(amount.end(), nextAmount ? nearEnd : windowEnd);
        return hasDistractor(clause.lexicon, before) || hasDistractor(clause.lexicon, after);
    }

    private static boolean hasDistractor(DealLexicon lexicon, String window) {
        Matcher m = lexicon.distractor.matcher(window);
        while (m.find()) {
            boolean dealValue = lexicon.valuedAt.matcher(m.group()).matches()
                    && precededByDealNoun(lexicon, window.substring(0, m.start()));
            if (!dealValue) {
                return true;
            }
        }
        return false;
    }

    /** "a deal valued at $665 million" is the deal's amount, not a company valuation. */
    private static boolean precededByDealNoun(DealLexicon lexicon, String before) {
        return lexicon.dealNoun.matcher(before).find();
    }
}
