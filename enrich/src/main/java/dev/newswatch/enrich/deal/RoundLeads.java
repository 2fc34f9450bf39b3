package dev.newswatch.enrich.deal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newswatch.core.model.EntityMention;
import dev.newswatch.enrich.ResourceYaml;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the lead investor of a funding round where news names it: "led by GIC" after the amount, or in one of
 * the next sentences ("The round was led by GIC", "Mené par Y, ce tour..."), or as a subject
 * ("Halvora led the round"). The phrases are per-language data in {@code round-leads.yml}. Immutable and
 * thread-safe.
 */
final class RoundLeads {

    private static final String RESOURCE = "round-leads.yml";
    private static final int MAX_GAP_CHARS = 60;
    /** "led by Ek's investment firm Prima Materia": the owner, a possessive, up to three words, then the name. */
    private static final int OWNED_GAP_CHARS = 60;
    private static final Pattern OWNED_AFTER = Pattern.compile("['’]s?\\s+(?:[\\p{L}-]+\\s+){0,3}");
    /**
     * "led by Peter Thiel's Founders Fund": the owner of the lead, a person named in up to three words with a possessive,
     * between the phrase and the name (an owner that is itself a company is a mention, and {@link #vehicleOf} reads it).
     */
    private static final String PERSON_OWNER = "(?:(?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+['’]s?)";
    /** The words between a fund's name and the company that owns it: "of", "di", "von", an article. */
    private static final int FUND_OWNER_GAP_CHARS = 12;
    /** "[adj]" in a phrase: up to three words ("führt Mistrals neue Runde an"). */
    private static final String WORDS = "(?:\\s+[\\p{L}\\p{N}$€£'’.,-]+){0,3}";
    /** "[any] " at the start of a phrase: up to eight words of any kind ("X mit 900 Millionen Euro die Führungsrolle"). */
    private static final String ANY_WORDS = "(?:[^\\s.;:!?]+\\s+){0,8}?";

    private final Map<String, Pattern> by;
    /** Per language: a lender phrase ("a $200m credit line with", "un crédito de N con") right before a name. */
    private final Map<String, Pattern> lenders;
    private final Map<String, Pattern> subject;
    /** Per language: a fund noun ("fund", "fondo", "Fonds"), to tell "the X Fund of Y" from "X of Y". */
    private final Map<String, Pattern> fundNoun;
    /** Per language: the whole text between a fund and its owner ("of the", "di", "von"). */
    private final Map<String, Pattern> fundOwner;

    private RoundLeads(JsonNode root) {
        Map<String, Pattern> byMap = new HashMap<>();
        Map<String, Pattern> lenderMap = new HashMap<>();
        Map<String, Pattern> subjectMap = new HashMap<>();
        Map<String, Pattern> fundNounMap = new HashMap<>();
        Map<String, Pattern> fundOwnerMap = new HashMap<>();
        root.fieldNames().forEachRemaining(language -> {
            JsonNode node = root.get(language);
            String funds = alternatives(node, "fund", language);
            String of = alternatives(node, "of", language);
            // "guidato dal Fondo Tecnologia di Y": a fund named in up to four words, then its owner, is led by the owner
            String fundName = "(?:" + funds + ")(?:\\s+[\\p{L}\\p{N}'’-]+){1,4}?\\s+(?:" + of + ")";
            String gap = gap(node, language, fundName);
            // "led by Ek's investment firm Y": the person owning the lead and a description may come between
            byMap.put(language, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + byPhrases(node, language) + ")"
                    + gap + "(?:" + PERSON_OWNER + gap + ")?$"));
            lenderMap.put(language, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives(node, "lenders", language)
                    + ")" + gap + "$"));
            fundNounMap.put(language, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + funds + ")(?![\\p{L}\\p{N}])"));
            fundOwnerMap.put(language, Pattern.compile("\\s+(?:" + of + ")\\s*"));
            // an apposition may stand between the name and the phrase ("X, a Bay Area firm, is leading the round"),
            // a list inside it too ("X, an early backer of A, B and C, leads the round")
            subjectMap.put(language, Pattern.compile("^\\s*(?:,[^.;]{1,120}?,)?\\s*,?\\s*(?:(?:[\\p{L}-]+\\s+){0,2})?(?:"
                    + alternatives(node, "subject", language) + ")(?![\\p{L}\\p{N}])"));
        });
        this.by = Map.copyOf(byMap);
        this.lenders = Map.copyOf(lenderMap);
        this.subject = Map.copyOf(subjectMap);
        this.fundNoun = Map.copyOf(fundNounMap);
        this.fundOwner = Map.copyOf(fundOwnerMap);
    }

    static RoundLeads bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final RoundLeads BUNDLED = new RoundLeads(ResourceYaml.read(RoundLeads.class, RESOURCE));
    }

    /** What may stand between "led by" and the name: the language's gap words, each a whole word, in any number. */
    private static String gap(JsonNode node, String language, String fundName) {
        JsonNode list = node.get("gap");
        if (list == null || !list.isArray()) {
            throw new IllegalStateException(RESOURCE + ": language '" + language + "' lacks the list 'gap'");
        }
        List<String> words = new ArrayList<>();
        list.forEach(w -> words.add(w.asText()));
        // after an elided article the next word follows with no space ("fonds d'investissement")
        return "(?:(?:\\s+|(?<=['’]))(?:" + String.join("|", words) + "|" + fundName
                + ")(?:(?<=['’])|(?![\\p{L}\\p{N}])))*\\s*";
    }

    /**
     * The "by" phrases, each allowing one of the language's adverbs before its last word ("led in particular by",
     * "guidato principalmente da", "angeführt unter anderem von").
     */
    private static String byPhrases(JsonNode node, String language) {
        String adverbs = alternatives(node, "adverbs", language);
        return alternatives(node, "by", language, phrase -> {
            int last = phrase.lastIndexOf(' ');
            return last < 0 ? phrase : phrase.substring(0, last) + "[adv]" + phrase.substring(last);
        }).replace("[adv]", "\\E(?:\\s+(?:" + adverbs + "))?\\Q");
    }

    private static String alternatives(JsonNode node, String key, String language) {
        return alternatives(node, key, language, UnaryOperator.identity());
    }

    private static String alternatives(JsonNode node, String key, String language, UnaryOperator<String> edit) {
        JsonNode list = node.get(key);
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": language '" + language + "' lacks the list '" + key + "'");
        }
        List<String> phrases = new ArrayList<>();
        list.forEach(p -> phrases.add(edit.apply(p.asText())));
        phrases.sort(Comparator.comparingInt(String::length).reversed());
        return String.join("|", phrases.stream()
                .map(p -> Pattern.quote(p).replaceAll("['’]", "\\\\E['’]\\\\Q").replace(" [adj]", "\\E" + WORDS + "\\Q")
                        .replace("\\Q[any] ", "\\Q\\E" + ANY_WORDS + "\\Q")
                        .replaceAll(" ", "\\\\E\\\\s+\\\\Q"))
                .toList());
    }

    /**
     * The lead after "led by": the name itself, or the firm it owns named right after it ("led by Ek's investment
     * firm Prima Materia" is led by Prima Materia).
     */
    private static EntityMention vehicleOf(String lowered, EntityMention owner, List<EntityMention> mentions) {
        for (EntityMention m : mentions) {
            if (m.start() >= owner.end() && m.start() - owner.end() <= OWNED_GAP_CHARS
                    && !m.entityId().equals(owner.entityId())
                    && OWNED_AFTER.matcher(lowered).region(owner.end(), m.start()).matches()) {
                return m;
            }
        }
        return owner;
    }

    /**
     * The company that owns the fund named as the lead ("led by the Frontier Fund of Y", "liderada por el fondo
     * Frontera de Y" are led by Y), or the lead itself when it is no fund or no owner is named right after it.
     */
    private EntityMention ownerOfFund(String lowered, String code, int phraseStart, EntityMention lead,
                                      List<EntityMention> mentions) {
        Pattern noun = fundNoun.getOrDefault(code, fundNoun.get("en"));
        if (!noun.matcher(lowered).region(phraseStart, lead.end()).find()) {
            return lead;
        }
        Pattern of = fundOwner.getOrDefault(code, fundOwner.get("en"));
        for (EntityMention m : mentions) {
            if (m.start() >= lead.end() && m.start() - lead.end() <= FUND_OWNER_GAP_CHARS
                    && !m.entityId().equals(lead.entityId())
                    && of.matcher(lowered).region(lead.end(), m.start()).matches()) {
                return m;
            }
        }
        return lead;
    }

    /**
     * The first mention in {@code lowered[from, to)} named right after a lender phrase ("secured a $200m credit line
     * with X", "ha ottenuto una linea di credito da N con X", "hat einen Kredit über N bei X aufgenommen"); null when
     * there is none. Callers read it in the sentence of the amount only: a credit line told in another sentence is
     * another deal.
     *
     * @param lowered  the article text lowered by {@link CaseFolding}
     * @param mentions the article's mentions in text order
     */
    EntityMention lender(String lowered, String language, int from, int to, List<EntityMention> mentions) {
        Pattern phrase = lenders.getOrDefault(language == null ? "en" : language, lenders.get("en"));
        for (EntityMention m : mentions) {
            if (m.start() < from || m.end() > to) {
                continue;
            }
            int windowStart = Math.max(from, m.start() - MAX_GAP_CHARS - 40);
            if (phrase.matcher(lowered).region(windowStart, m.start()).find()) {
                return m;
            }
        }
        return null;
    }

    /**
     * The mention named as the lead of a round in {@code lowered[from, to)}: the first name right after a "led
     * by" phrase, else a name right before a "led the round" phrase; null when there is none.
     *
     * @param lowered  the article text lowered by {@link CaseFolding}
     * @param mentions the article's mentions in text order
     */
    EntityMention lead(String lowered, String language, int from, int to, List<EntityMention> mentions) {
        String code = language == null ? "en" : language;
        Pattern byPattern = by.getOrDefault(code, by.get("en"));
        Pattern subjectPattern = subject.getOrDefault(code, subject.get("en"));
        for (EntityMention m : mentions) {
            if (m.start() < from || m.end() > to) {
                continue;
            }
            int windowStart = Math.max(from, m.start() - MAX_GAP_CHARS - 40);
            Matcher before = byPattern.matcher(lowered).region(windowStart, m.start());
            if (before.find()) {
                return ownerOfFund(lowered, code, before.start(), vehicleOf(lowered, m, mentions), mentions);
            }
            Matcher after = subjectPattern.matcher(lowered).region(m.end(), Math.min(to, m.end() + 180));
            if (after.lookingAt()) {
                return m;
            }
        }
        return null;
    }
}
