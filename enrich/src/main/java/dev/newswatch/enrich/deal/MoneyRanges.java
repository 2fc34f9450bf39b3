package dev.newswatch.enrich.deal;

import dev.newswatch.core.model.Qualifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ranges for {@link MoneyParser}: two neighbouring amounts joined by a dash ("$1-2 billion") or by the range words
 * of the language ("between $1bn and $2bn", "tra 8 e 10 miliardi") become one amount with a low and a high bound.
 * Stateless.
 */
final class MoneyRanges {

    private static final Pattern DASH = Pattern.compile(MoneyLexicon.SP + "*[-–—]" + MoneyLexicon.SP + "*");

    /** How far before the first amount or after the second the "respectively" word may stand. */
    private static final int RESPECTIVELY_CHARS = 80;

    /** "Paack (200 millones), Fever (200)": the most characters between a parenthetical amount and the next. */
    private static final int PARENTHETICAL_GAP_CHARS = 60;
    private static final Pattern SENTENCE_END = Pattern.compile("[.;!?](?:\\s|$)");
    private static final BigDecimal YEAR_FROM = BigDecimal.valueOf(1900);
    private static final BigDecimal YEAR_TO = BigDecimal.valueOf(2100);

    private MoneyRanges() {
    }

    /** The amounts with each range of two of them merged into one; {@code text} is the lowered text. */
    static List<RawAmount> merge(String text, MoneyLexicon lexicon, List<RawAmount> amounts) {
        List<RawAmount> merged = new ArrayList<>();
        int i = 0;
        while (i < amounts.size()) {
            RawAmount low = amounts.get(i);
            if (i + 1 < amounts.size()) {
                RawAmount high = amounts.get(i + 1);
                int rangeStart = rangeStart(text, lexicon, low, high);
                if (rangeStart >= 0 && (high.hasScale() || high.currency() != null)) {
                    RawAmount range = range(low, high, rangeStart);
                    if (range != null) {
                        merged.add(range);
                        i += 2;
                        continue;
                    }
                }
                if (sharesScale(text, lexicon, low, high)) {
                    merged.add(new RawAmount(low.value().multiply(high.scale()), null, high.currency(), true,
                            high.scale(), low.start(), low.end(), low.qualifier()));
                    i++;
                    continue;
                }
            }
            merged.add(low);
            i++;
        }
        scaleParentheticalItems(text, merged);
        return merged;
    }

    /**
     * "A (200 millones), B (200) o C (123)", "X (170 millions d'euros), Y (150)": in a list whose items each give
     * their amount in parentheses after the name, a bare number alone in its parentheses takes the scale and currency
     * of the parenthetical amount of the item before it, when at most {@value #PARENTHETICAL_GAP_CHARS} characters
     * with no end of sentence stand between them. A number that reads as a year is left alone.
     */
    private static void scaleParentheticalItems(String text, List<RawAmount> amounts) {
        for (int i = 1; i < amounts.size(); i++) {
            RawAmount bare = amounts.get(i);
            RawAmount previous = amounts.get(i - 1);
            if (bare.hasScale() || bare.currency() != null || bare.high() != null || !previous.hasScale()
                    || previous.scale() == null || !inParentheses(text, bare.start(), bare.end())
                    || !opensParenthesis(text, previous.start()) || looksLikeYear(bare.value())) {
                continue;
            }
            String gap = text.substring(previous.end(), bare.start());
            if (gap.length() > PARENTHETICAL_GAP_CHARS || gap.indexOf(')') < 0 || SENTENCE_END.matcher(gap).find()) {
                continue;
            }
            amounts.set(i, new RawAmount(bare.value().multiply(previous.scale()), null, previous.currency(), true,
                    previous.scale(), bare.start(), bare.end(), bare.qualifier()));
        }
    }

    private static boolean inParentheses(String text, int start, int end) {
        return opensParenthesis(text, start) && text.substring(end).stripLeading().startsWith(")");
    }

    private static boolean opensParenthesis(String text, int start) {
        return text.substring(Math.max(0, start - 3), start).strip().endsWith("(");
    }

    private static boolean looksLikeYear(BigDecimal value) {
        return value.scale() <= 0 && value.compareTo(YEAR_FROM) >= 0 && value.compareTo(YEAR_TO) <= 0;
    }

    /** Where the range made of {@code low} and {@code high} starts, or -1 when they are not a range. */
    private static int rangeStart(String text, MoneyLexicon lexicon, RawAmount low, RawAmount high) {
        String gap = text.substring(low.end(), high.start());
        if (DASH.matcher(gap).matches()) {
            return low.start();
        }
        String before = text.substring(Math.max(0, low.start() - MoneyQualifiers.WINDOW), low.start());
        for (MoneyLexicon.RangeWords words : lexicon.ranges) {
            if (words.connector().matcher(gap).matches()) {
                Matcher start = words.start().matcher(before);
                if (start.find()) {
                    return low.start() - before.length() + start.start();
                }
            }
        }
        return -1;
    }

    /**
     * "hanno incassato rispettivamente 180 e 90 milioni di euro", "160 bzw. 70 Millionen Euro": a bare number joined by
     * "and", a comma or the "respectively" word to an amount with a scale, with the "respectively" word near, is an
     * amount of that scale (and currency) of its own.
     */
    private static boolean sharesScale(String text, MoneyLexicon lexicon, RawAmount low, RawAmount high) {
        if (lexicon.respectively == null || low.hasScale() || low.currency() != null || !high.hasScale()
                || high.scale() == null || high.high() != null) {
            return false;
        }
        String gap = text.substring(low.end(), high.start());
        boolean joined = lexicon.respectivelyGap.matcher(gap).matches()
                || lexicon.ranges.stream().anyMatch(words -> words.connector().matcher(gap).matches());
        return joined && lexicon.respectively.matcher(text)
                .region(Math.max(0, low.start() - RESPECTIVELY_CHARS), Math.min(text.length(), high.end() + RESPECTIVELY_CHARS))
                .find();
    }

    /** "tra 8 e 10 miliardi": a low bound without a scale takes that of the high one; null when low > high. */
    private static RawAmount range(RawAmount low, RawAmount high, int start) {
        BigDecimal lowValue = low.value();
        if (!low.hasScale() && high.hasScale()) {
            lowValue = lowValue.multiply(high.scale());
        }
        if (lowValue.compareTo(high.value()) > 0) {
            return null;
        }
        return new RawAmount(lowValue, high.value(), low.currency() != null ? low.currency() : high.currency(),
                low.hasScale() || high.hasScale(), high.scale(), start, high.end(), Qualifier.BETWEEN);
    }
}
