package dev.newswatch.enrich.deal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that may open a news sentence: "Sept 25 (Reuters) – ", "Frankfurt (Reuters) - ", "Estados Unidos, 10
 * de septiembre de 2025- ". Its place and date are no party of the deal the sentence reports, so the clauses of
 * the sentence start after it. A dateline is short, ends with a news agency in brackets ("(dpa-AFX)", "(APA)") or a
 * year, then a dash.
 * Runs on lowered text. Stateless.
 */
final class Datelines {

    private static final int MAX_WORDS = 8;
    private static final Pattern DATELINE = Pattern.compile(
            "[^.!?\\n]{0,60}?(?:\\((?:reuters|ap|afp|dpa(?:-afx)?|apa|sda|bloomberg|efe|ansa|awp|europa press|cnnmoney|dow jones|xinhua|kyodo)\\)|\\d{4})"
                    + "\\s?[-–—]\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private Datelines() {
    }

    /** Where the sentence starting at {@code start} begins after its dateline; {@code start} when it has none. */
    static int after(String text, int start, int end) {
        Matcher m = DATELINE.matcher(text).region(start, end);
        if (!m.lookingAt() || m.end() >= end) {
            return start;
        }
        Matcher words = WORD.matcher(text).region(start, m.end());
        int count = 0;
        while (words.find()) {
            count++;
        }
        return count <= MAX_WORDS ? m.end() : start;
    }
}
