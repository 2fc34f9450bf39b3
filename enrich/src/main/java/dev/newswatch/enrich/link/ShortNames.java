package dev.newswatch.enrich.link;

import dev.newswatch.core.model.EntityMention;
import dev.newswatch.enrich.match.KeywordMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "Abnormal Security raised $250m ... Abnormal's latest round was led by ...": once an article has named a company in
 * full, it calls it by the words before the name's suffixes ({@code suffixes} of {@code company-cues.yml}: "Security",
 * "Robotics", "Data", "Capital", "Labs", legal forms). Such a short form, written with the same capitals after the
 * full name, stands for the same company. It is not read at the start of a sentence or line, where a capital says
 * nothing ("Together, they..."), unless a possessive follows ("Abnormal's"); nor when two companies of the article
 * share it, when it is a word that is never a name ({@code not-names}), or where another name already stands.
 */
final class ShortNames {

    private static final int MIN_LENGTH = 3;
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private final Set<String> suffixes;
    private final Set<String> notNames;

    /**
     * @param suffixes last words of a name that say it is an organisation, as written
     * @param notNames capitalised words that are never a name, lowered
     */
    ShortNames(Set<String> suffixes, Set<String> notNames) {
        this.suffixes = Set.copyOf(suffixes);
        this.notNames = Set.copyOf(notNames);
    }

    /**
     * The mentions of short forms of the companies of {@code named} in {@code text}, after each company's first
     * mention in full.
     *
     * @param named the mentions found so far, any order; not modified
     * @return new mentions, with the id, name and provisional mark of the full name's mention; never null
     */
    List<EntityMention> find(String text, List<EntityMention> named) {
        Map<String, EntityMention> byShortForm = new HashMap<>();
        Set<String> shared = new HashSet<>();
        List<EntityMention> sorted = named.stream().sorted(Comparator.comparingInt(EntityMention::start)).toList();
        for (EntityMention m : sorted) {
            if (m.end() > text.length()) {
                continue;
            }
            String head = head(text.substring(m.start(), m.end()));
            if (head == null) {
                continue;
            }
            EntityMention first = byShortForm.putIfAbsent(head, m);
            if (first != null && !first.entityId().equals(m.entityId())) {
                shared.add(head);
            }
        }
        shared.forEach(byShortForm::remove);
        if (byShortForm.isEmpty()) {
            return List.of();
        }
        List<EntityMention> out = new ArrayList<>();
        for (Map.Entry<String, EntityMention> e : byShortForm.entrySet()) {
            String head = e.getKey();
            EntityMention full = e.getValue();
            for (int at = text.indexOf(head, full.end()); at >= 0; at = text.indexOf(head, at + head.length())) {
                int end = at + head.length();
                int from = at;
                if (isWord(text, at, end) && (!opensSentence(text, at) || possessive(text, end))
                        && sorted.stream().noneMatch(m -> m.start() < end && from < m.end())) {
                    out.add(new EntityMention(full.entityId(), full.name(), head, at, end, full.provisional()));
                }
            }
        }
        return out;
    }

    /** The words of a name before its trailing suffixes, or null when the name has no suffix or is all suffixes. */
    private String head(String written) {
        String[] words = WHITE_SPACE.split(written.trim());
        int n = words.length;
        while (n > 0 && suffixes.contains(words[n - 1])) {
            n--;
        }
        if (n == words.length || n == 0) {
            return null;
        }
        String head = String.join(" ", Arrays.copyOf(words, n));
        char c = head.charAt(0);
        if (head.length() < MIN_LENGTH || !(Character.isUpperCase(c) || Character.isDigit(c))
                || notNames.contains(head.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return head;
    }

    /**
     * Whether a word opens a sentence or a line, where a capital says nothing ("Together, they..."): there a short
     * form counts only with a possessive.
     */
    private static boolean opensSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '“'
                || text.charAt(i) == '«' || text.charAt(i) == '\'')) {
            i--;
        }
        return i < 0 || ".!?:\n\r•-–—".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean possessive(String text, int end) {
        return end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’')
                && text.charAt(end + 1) == 's';
    }

    private static boolean isWord(String text, int start, int end) {
        return (start == 0 || !KeywordMatcher.isWordChar(text.charAt(start - 1)))
                && (end >= text.length() || !KeywordMatcher.isWordChar(text.charAt(end)));
    }
}
