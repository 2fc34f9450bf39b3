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
    /** How far before a "by" phrase the words of {@code runBy} are looked for ("fundada en 2015 por dos ingenieros y"). */
    private static final int RUN_BY_CHARS = 80;
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
    /**
     * Per language: what right before a "by" phrase makes it say who runs a company, not who led a round ("fundada en
     * 2015 y liderada por X"); absent where the language lists none.
     */
    private final Map<String, Pattern> runBy;
    /** Per language: the lead's role right before its name, nothing between ("with lead investor X"). */
    private final Map<String, Pattern> role;
    /** Per language: a lender phrase ("a $200m credit line with", "un crédito de N con") right before a name. */
    private final Map<String, Pattern> lenders;
    private final Map<String, Pattern> subject;
    /** Per language: a fund noun ("fund", "fondo", "Fonds"), to tell "the X Fund of Y" from "X of Y". */
    private final Map<String, Pattern> fundNoun;
    /** Per language: the whole text between a fund and its owner ("of the", "di", "von"). */
    private final Map<String, Pattern> fundOwner;
    /** Per language: a phrase that names investors taking part right before the first of them ("investors included"). */
    private final Map<String, Pattern> joined;
    /** Per language: a list of names (or one) and then a phrase of taking part ("A, B and C also took part"). */
    private final Map<String, Pattern> joinedAfter;
    /** Per language: a phrase that speaks of several rounds at once ("both rounds", "les deux levées"). */
    private final Map<String, Pattern> allRounds;
    /**
     * Per language: a definite description that opens a clause as the subject of a lead phrase ("The Japanese fund
     * led the round", "El gigante chino encabezaba la ronda"); group "d" is the description.
     */
    private final Map<String, Pattern> described;
    /** Per language: a word that joins the last name of a list ("and", "e", "y"), alone. */
    private final Map<String, Pattern> andWord;

    private RoundLeads(JsonNode root) {
        Map<String, Pattern> byMap = new HashMap<>();
        Map<String, Pattern> runByMap = new HashMap<>();
        Map<String, Pattern> roleMap = new HashMap<>();
        Map<String, Pattern> lenderMap = new HashMap<>();
        Map<String, Pattern> subjectMap = new HashMap<>();
        Map<String, Pattern> fundNounMap = new HashMap<>();
        Map<String, Pattern> fundOwnerMap = new HashMap<>();
        Map<String, Pattern> joinedMap = new HashMap<>();
        Map<String, Pattern> joinedAfterMap = new HashMap<>();
        Map<String, Pattern> allRoundsMap = new HashMap<>();
        Map<String, Pattern> describedMap = new HashMap<>();
        Map<String, Pattern> andWordMap = new HashMap<>();
        root.fieldNames().forEachRemaining(language -> {
            JsonNode node = root.get(language);
            String funds = alternatives(node, "fund", language);
            String of = alternatives(node, "of", language);
            // "guidato dal Fondo Tecnologia di Y": a fund named in up to four words, then its owner, is led by the owner
            String fundName = "(?:" + funds + ")(?:\\s+[\\p{L}\\p{N}'’-]+){1,4}?\\s+(?:" + of + ")";
            String gap = gap(node, language, of, fundName);
            // "led by Ek's investment firm Y": the person owning the lead and a description may come between
            byMap.put(language, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + byPhrases(node, language) + ")"
                    + gap + "(?:" + PERSON_OWNER + gap + ")?$"));
            if (node.has("runBy")) {
                runByMap.put(language, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + regexAlternatives(node, "runBy", language)
                        + ")\\s+$"));
            }
            roleMap.put(language, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives(node, "role", language)
                    + ")\\s+$"));
            lenderMap.put(language, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives(node, "lenders", language)
                    + ")" + gap + "$"));
            fundNounMap.put(language, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + funds + ")(?![\\p{L}\\p{N}])"));
            fundOwnerMap.put(language, Pattern.compile("\\s+(?:" + of + ")\\s*"));
            // an apposition may stand between the name and the phrase ("X, a Bay Area firm, is leading the round"),
            // a list inside it too ("X, an early backer of A, B and C, leads the round"); so may the other leads joined
            // to the first by "and" (up to four words), the first then leading ("A and B, who led the round": A)
            String and = alternatives(node, "and", language);
            andWordMap.put(language, Pattern.compile("(?:" + and + ")"));
            subjectMap.put(language, Pattern.compile("^\\s*(?:,[^.;]{1,120}?,)?(?<and>\\s+(?:" + and
                    + ")\\s+(?:[\\p{L}\\p{N}'’&.-]+\\s+){0,3}?[\\p{L}\\p{N}'’&.-]+)?\\s*,?\\s*(?<pre>(?:[\\p{L}-]+\\s+){0,2})?(?:"
                    + alternatives(node, "subject", language) + ")(?![\\p{L}\\p{N}])"));
            joinedMap.put(language, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives(node, "joined", language)
                    + ")" + gap + "$"));
            // the other names of a list, or an apposition, may stand between the first name and the phrase
            joinedAfterMap.put(language, Pattern.compile("^(?:\\s*,[^,.;:!?]{1,60}?)*(?:,?\\s+(?:" + and
                    + ")\\s+[^,.;:!?]{1,60}?)?\\s*,?\\s*(?:" + alternatives(node, "joinedAfter", language)
                    + ")(?![\\p{L}\\p{N}])"));
            allRoundsMap.put(language, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives(node, "allRounds", language)
                    + ")(?![\\p{L}\\p{N}])"));
            // a determiner and up to five words with no punctuation, then the lead phrase: no name (the caller checks)
            describedMap.put(language, Pattern.compile("^[\\s,;:]*(?<d>(?:" + alternatives(node, "describers", language)
                    + ")(?:\\s+|(?<=['’]))(?:[\\p{L}\\p{N}'’-]+\\s+){0,5}?)(?:" + alternatives(node, "subject", language)
                    + ")(?![\\p{L}\\p{N}])"));
        });
        this.by = Map.copyOf(byMap);
        this.runBy = Map.copyOf(runByMap);
        this.role = Map.copyOf(roleMap);
        this.lenders = Map.copyOf(lenderMap);
        this.subject = Map.copyOf(subjectMap);
        this.fundNoun = Map.copyOf(fundNounMap);
        this.fundOwner = Map.copyOf(fundOwnerMap);
        this.joined = Map.copyOf(joinedMap);
        this.joinedAfter = Map.copyOf(joinedAfterMap);
        this.allRounds = Map.copyOf(allRoundsMap);
        this.described = Map.copyOf(describedMap);
        this.andWord = Map.copyOf(andWordMap);
    }

    static RoundLeads bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final RoundLeads BUNDLED = new RoundLeads(ResourceYaml.read(RoundLeads.class, RESOURCE));
    }

    /**
     * What may stand between "led by" and the name: the language's gap words, each a whole word, a fund of a company
     * or a description, in any number.
     */
    private static String gap(JsonNode node, String language, String of, String fundName) {
        String words = regexAlternatives(node, "gap", language);
        // after an elided article the next word follows with no space ("fonds d'investissement")
        return "(?:(?:\\s+|(?<=['’]))(?:" + words + "|" + fundName + "|" + description(node, language, of, words)
                + ")(?:(?<=['’])|(?![\\p{L}\\p{N}])))*\\s*";
    }

    /**
     * A description of the lead that ends in one of the language's head nouns ("software conglomerate", "géant
     * américain des logiciels"): up to two words before the head, none of them a word that joins a list, and after
     * it gap words and a complement ("of chips", "des technologies", "dei semiconduttori").
     */
    private static String description(JsonNode node, String language, String of, String gapWords) {
        String heads = regexAlternatives(node, "heads", language);
        String and = alternatives(node, "and", language);
        return "(?:(?!(?:" + and + ")\\s)[\\p{L}\\p{N}-]+\\s+){0,2}(?:" + heads + ")(?:\\s+(?:" + gapWords
                + ")(?![\\p{L}\\p{N}]))*(?:\\s+(?:" + of + ")\\s*[\\p{L}\\p{N}-]+)?";
    }

    private static String regexAlternatives(JsonNode node, String key, String language) {
        JsonNode list = node.get(key);
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": language '" + language + "' lacks the list '" + key + "'");
        }
        List<String> words = new ArrayList<>();
        list.forEach(w -> words.add(w.asText()));
        return String.join("|", words);
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
        Pattern rolePattern = role.getOrDefault(code, role.get("en"));
        // one matcher per pattern, reset to each mention's windows (region() starts the matcher afresh)
        Matcher before = null;
        Matcher roleBefore = null;
        Matcher after = null;
        for (EntityMention m : mentions) {
            if (m.start() < from || m.end() > to) {
                continue;
            }
            if (before == null) {
                before = byPattern.matcher(lowered);
                roleBefore = rolePattern.matcher(lowered);
                after = subjectPattern.matcher(lowered);
            }
            int windowStart = Math.max(from, m.start() - MAX_GAP_CHARS - 40);
            if (before.region(windowStart, m.start()).find() && !runsTheCompany(lowered, code, before.start())) {
                return ownerOfFund(lowered, code, before.start(), vehicleOf(lowered, m, mentions), mentions);
            }
            if (roleBefore.region(windowStart, m.start()).find()) {
                return m;
            }
            if (after.region(m.end(), Math.min(to, m.end() + 180)).lookingAt()) {
                return subjectBefore(lowered, after, m, mentions, andWord.getOrDefault(code, andWord.get("en")));
            }
        }
        return null;
    }

    /** Whether the words right before a "by" phrase at {@code phraseStart} make it name who runs a company. */
    private boolean runsTheCompany(String lowered, String code, int phraseStart) {
        Pattern run = runBy.get(code);
        return run != null
                && run.matcher(lowered).region(Math.max(0, phraseStart - RUN_BY_CHARS), phraseStart).find();
    }

    /**
     * The subject of the lead phrase {@code after} matched after {@code m}: a name in the words right before the phrase
     * after a word that is no "and" ("A e B hanno partecipato, mentre C ha guidato il round", "A and B took part, while
     * C led the round") is the lead, not {@code m}; else {@code m} ("SoftBank y Nvidia han sido los principales
     * inversores": SoftBank), also when those words go on from the names joined by "and" with no comma between ("A y
     * el fondo franco-alemán B han sido ...": A).
     */
    private static EntityMention subjectBefore(String lowered, Matcher after, EntityMention m,
                                               List<EntityMention> mentions, Pattern andWord) {
        int preStart = after.start("pre");
        int preEnd = after.end("pre");
        if (preStart >= 0 && after.start("and") >= 0 && lowered.lastIndexOf(',', preStart) < after.end("and")) {
            // the words before the phrase go on from the names joined by "and", with no comma between ("A y el fondo
            // franco-alemán B han sido los principales inversores"): the first name leads
            return m;
        }
        if (preStart >= 0 && preEnd > preStart) {
            for (EntityMention n : mentions) {
                if (n != m && n.start() > preStart && n.start() < preEnd) {
                    String before = lowered.substring(preStart, n.start()).strip();
                    return before.isEmpty() || andWord.matcher(before).matches() ? m : n;
                }
            }
        }
        return m;
    }

    /**
     * The first investor named as taking part in a round in {@code lowered[from, to)}, for a round whose lead is
     * named nowhere: the first name right after a phrase such as "investors in the round included", "an der Runde
     * beteiligten sich", "participaron también", or the first of a list before "also took part", "ont participé au
     * tour de table"; null when there is none.
     *
     * @param lowered  the article text lowered by {@link CaseFolding}
     * @param mentions the article's mentions in text order
     */
    EntityMention participant(String lowered, String language, int from, int to, List<EntityMention> mentions) {
        String code = language == null ? "en" : language;
        Pattern before = joined.getOrDefault(code, joined.get("en"));
        Pattern after = joinedAfter.getOrDefault(code, joinedAfter.get("en"));
        for (EntityMention m : mentions) {
            if (m.start() < from || m.end() > to) {
                continue;
            }
            int windowStart = Math.max(from, m.start() - MAX_GAP_CHARS - 40);
            if (before.matcher(lowered).region(windowStart, m.start()).find()
                    || after.matcher(lowered).region(m.end(), Math.min(to, m.end() + 240)).lookingAt()) {
                return m;
            }
        }
        return null;
    }

    /**
     * Where a description of the lead opens {@code lowered[from, to)} as the subject of a lead phrase, with no name
     * in it ("The Japanese fund led the round", "El gigante chino del comercio electrónico encabezaba la ronda de X",
     * "Le fonds américain a mené le tour"): the start of the description, which stands for a company named before
     * it, for the caller to find; -1 when the clause opens otherwise.
     *
     * @param lowered  the article text lowered by {@link CaseFolding}
     * @param mentions the article's mentions in text order
     */
    int describedLeadAt(String lowered, String language, int from, int to, List<EntityMention> mentions) {
        Pattern pattern = described.getOrDefault(language == null ? "en" : language, described.get("en"));
        Matcher m = pattern.matcher(lowered).region(from, to);
        if (!m.lookingAt()) {
            return -1;
        }
        int end = m.end();
        boolean named = mentions.stream().anyMatch(x -> x.start() < end && x.end() > from);
        return named ? -1 : m.start("d");
    }

    /**
     * Whether {@code lowered[from, to)} speaks of several rounds at once ("Both rounds were led by X", "Les deux
     * opérations ont été pilotées par X"): a lead it names is the lead of each round told just before.
     */
    boolean namesAllRounds(String lowered, String language, int from, int to) {
        Pattern all = allRounds.getOrDefault(language == null ? "en" : language, allRounds.get("en"));
        return all.matcher(lowered).region(from, to).find();
    }
}
