package dev.newswatch.enrich.deal;

import dev.newswatch.core.model.Qualifier;
import java.util.regex.Matcher;

/**
 * Approximations for {@link MoneyParser}: the qualifier phrase before an amount ("oltre", "mehr als", "up to",
 * "près de", "más de") or after it ("or more"), which widens the amount's span. Stateless.
 */
final class MoneyQualifiers {

    /** How far before an amount its qualifier or range word may start. */
    static final int WINDOW = 60;

    private MoneyQualifiers() {
    }

    /** The mention of an amount with a currency, with its qualifier; {@code text} is the lowered original. */
    static MoneyMention qualify(String original, String text, MoneyLexicon lexicon, RawAmount amount) {
        int start = amount.start();
        int end = amount.end();
        Qualifier qualifier = amount.qualifier();
        if (qualifier != Qualifier.BETWEEN) {
            String before = text.substring(Math.max(0, start - WINDOW), start);
            int best = -1;
            Matcher m = lexicon.qualifiers.matcher(before);
            if (m.find()) {
                best = m.start();
                for (int g = 0; g < lexicon.qualifierOfGroup.size(); g++) {
                    if (m.group("q" + g) != null) {
                        qualifier = lexicon.qualifierOfGroup.get(g);
                        break;
                    }
                }
            }
            if (best >= 0 && governedByNoun(original, lexicon, start - before.length() + best, start)) {
                qualifier = Qualifier.EXACT;
                best = -1;
            }
            if (best >= 0) {
                start = start - before.length() + best;
            } else {
                Matcher orMore = MoneyLexicon.OR_MORE.matcher(text).region(end, text.length());
                orMore.useTransparentBounds(true);
                if (orMore.lookingAt()) {
                    qualifier = Qualifier.AT_LEAST;
                    end = orMore.end();
                }
            }
        }
        return new MoneyMention(amount.value(), amount.high(), amount.currency(), qualifier, start, end);
    }

    /** "ein Deal über 6,5 Mrd.": the qualifier word follows a capitalised noun that is not the first word. */
    private static boolean governedByNoun(String text, MoneyLexicon lexicon, int phraseStart, int amountStart) {
        if (lexicon.exactAfterNoun == null
                || !lexicon.exactAfterNoun.matcher(CaseFolding.lower(text.substring(phraseStart, amountStart)))
                        .matches()) {
            return false;
        }
        int e = phraseStart;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int s = e;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '-')) {
            s--;
        }
        if (s == e || !Character.isUpperCase(text.charAt(s))) {
            return false;
        }
        int p = s;
        while (p > 0 && Character.isWhitespace(text.charAt(p - 1))) {
            p--;
        }
        return p > 0 && ".!?\n:;".indexOf(text.charAt(p - 1)) < 0;
    }
}
