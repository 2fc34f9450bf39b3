package dev.newswatch.enrich.deal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Reads the deal cues ({@link DealLexicon#cues}) of the sentences of one text. Every cue starts a word, so only word
 * starts are tried, and at each only the cues that may begin with its first two characters
 * ({@link DealLexicon#cueStarts}). One matcher per cue serves every sentence of the text, made the first time the cue
 * is tried. Not thread-safe: one per text.
 */
final class CueScanner {

    private final String text;
    private final DealLexicon lexicon;
    private final Matcher[] matchers;

    /**
     * @param text    the lowered article text the lexicon's patterns read; not null
     * @param lexicon the article's lexicon; not null
     */
    CueScanner(String text, DealLexicon lexicon) {
        this.text = text;
        this.lexicon = lexicon;
        this.matchers = new Matcher[lexicon.cues.size()];
    }

    /**
     * The cues of {@code sentence}, longest first where they overlap; {@code money} are the sentence's amounts (after
     * one, a hyphen joins the noun to the amount: "a USD1.5 billion-investment").
     */
    List<Cue> cues(Sentence sentence, List<MoneyMention> money) {
        List<Cue> found = new ArrayList<>();
        // Every cue starts a word ("-backed" is a modifier, not a cue), so only word starts are tried; after an
        // amount the hyphen only joins the noun to it ("a USD1.5 billion-investment").
        for (int i = sentence.start(); i < sentence.end(); i++) {
            if (!WordStarts.isWordStart(text, i) || (i > 0 && text.charAt(i - 1) == '-' && !endsAmount(money, i - 1)
                    && !afterCuePrefix(i - 1))) {
                continue;
            }
            for (int k : lexicon.cueStarts.candidates(text, i, sentence.end())) {
                if (matchers[k] == null) {
                    matchers[k] = lexicon.cues.get(k).pattern().matcher(text).useTransparentBounds(true);
                }
                Matcher m = matchers[k].region(i, sentence.end());
                if (m.lookingAt()) {
                    DealLexicon.CueSpec spec = lexicon.cues.get(k);
                    found.add(new Cue(m.start(), m.end(), spec.kind(),
                            spec.type() != null ? spec.type() : spec.kind().defaultType()));
                }
            }
        }
        found.sort(Comparator.comparingInt(Cue::start).thenComparingInt(c -> -(c.end() - c.start())));
        List<Cue> kept = new ArrayList<>();
        for (Cue cue : found) {
            if (kept.stream().noneMatch(k -> k.overlaps(cue.start(), cue.end()))) {
                kept.add(cue);
            }
        }
        return kept;
    }

    /** Whether the word before the hyphen at {@code hyphen} is a prefix that keeps a deal word ("méga-levée"). */
    private boolean afterCuePrefix(int hyphen) {
        if (lexicon.cuePrefix == null) {
            return false;
        }
        int start = hyphen;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start < hyphen && lexicon.cuePrefix.matcher(text).region(start, hyphen).matches();
    }

    private static boolean endsAmount(List<MoneyMention> money, int offset) {
        for (MoneyMention amount : money) {
            if (amount.end() == offset) {
                return true;
            }
        }
        return false;
    }
}
