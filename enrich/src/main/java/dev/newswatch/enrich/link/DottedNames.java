package dev.newswatch.enrich.link;

import dev.newswatch.enrich.ResourceYaml;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Names written with a dot between their halves, as a domain or a brand writes them ("Origin.Bio", "Acme.Health",
 * "Kiwi.Pay"): the dot joins one name, it neither ends a sentence nor lets the known "Origin" be linked there. The
 * words that end such names are language data ({@code dotted-name-endings} of {@code company-cues.yml}); any other
 * capitalised word right after a dot more likely opens a sentence a page ran on without a space ("Berlin.The").
 *
 * <p>Stateless and thread-safe.
 */
public final class DottedNames {

    private static final String RESOURCE = "company-cues.yml";
    private static final Set<String> ENDINGS = endings();

    private DottedNames() {
    }

    /**
     * Whether the dot at {@code dot} joins the two halves of one name: a capitalised word right before it, and right
     * after it one of the endings, ending the word. "Amazon.com" is written in lower case after its dot and is read
     * elsewhere.
     *
     * @param text the text as written; not null
     * @param dot an index of {@code text}
     */
    public static boolean joins(String text, int dot) {
        if (dot < 2 || dot + 3 > text.length() || text.charAt(dot) != '.' || !Character.isLetter(text.charAt(dot - 1))
                || !Character.isUpperCase(text.charAt(dot + 1)) || !Character.isLowerCase(text.charAt(dot + 2))) {
            return false;
        }
        int start = dot - 1;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        int end = dot + 2;
        while (end < text.length() && Character.isLowerCase(text.charAt(end))) {
            end++;
        }
        return Character.isUpperCase(text.charAt(start))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))
                && ENDINGS.contains(text.substring(dot + 1, end));
    }

    private static Set<String> endings() {
        List<String> out = new ArrayList<>();
        ResourceYaml.read(DottedNames.class, RESOURCE).path("common").path("dotted-name-endings")
                .forEach(word -> out.add(word.asText()));
        if (out.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " lacks the list 'dotted-name-endings'");
        }
        return Set.copyOf(out);
    }
}
