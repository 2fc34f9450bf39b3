package dev.newswatch.enrich.deal;

import dev.newswatch.core.model.DealType;
import dev.newswatch.core.model.EntityMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One clause of a sentence as the extractor reads it: its words, deal cues, amounts and possible parties,
 * and for each party the preposition that introduces it relative to a chosen deal cue. Built per call;
 * not shared between threads.
 */
final class Clause {

    /** How many words a search for a party's preposition skips ("acquisition of cloud software company VMware"). */
    private static final int MARKER_LOOKBACK = 6;
    /** The most words of an extended attribute before a name ("die auf Chips für Rechenzentren spezialisierte Firma"). */
    private static final int ATTRIBUTE_WORDS = 8;
    private static final int MARKER_WINDOW = 40;
    /** "AI startup, Scale AI, that...": a name in apposition to the noun before it. */
    private static final Pattern APPOSITION_BEFORE = Pattern.compile("\\s*,\\s*");
    private static final Pattern APPOSITION_AFTER = Pattern.compile("\\s*(?:[,;.)]|$)");
    /** "la pépite lyonnaise de la robotique Zentrix": how long a description before a name may be. */
    private static final int DESCRIPTION_WORDS = 7;
    /** "azionista della startup X", "shareholder of the start-up X": words before the description of a company. */
    private static final int DESCRIPTION_OPENING_WORDS = 2;
    /** How far before a name an investor noun that names it is looked for ("azionista della startup ... X"). */
    private static final int INVESTOR_NOUN_CHARS = 80;
    private static final Pattern PUNCTUATION = Pattern.compile("[,;:.()]");
    /** "OpenAI's", "Nvidia’s", "ServiceNow Inc.’s" (a legal form the name leaves out). */
    private static final Pattern POSSESSIVE = Pattern.compile(
            "(?:\\s+(?:inc|corp|co|ltd|llc|plc))?\\.?['’]s?(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    /** "in Abu Dhabi's AI technology holding company G42": words an owner's name adds to a preposition search. */
    private static final int POSSESSIVE_OWNER_WORDS = 2;
    /** "Amazon-backed": the name modifies the next word. */
    private static final Pattern COMPOUND = Pattern.compile("-\\p{L}");
    /** "SoftBank's chip designer Arm": up to this many words describe the owned name after its owner. */
    private static final int OWNER_DESCRIPTION_WORDS = 3;
    /** "l'impegno di X a comprare": words between the owner of a noun of intention and the verb ("a", "to", "de"). */
    private static final int INTENTION_OWNER_TO_VERB_WORDS = 1;
    /** "l'impegno di X", "the pledge by X": how the owner of a noun of intention is introduced. */
    private static final Set<Marker> INTENTION_OWNER_MARKERS = EnumSet.of(Marker.OF, Marker.BY);
    /** Words between a noun of intention and its owner: "di", "by", "da parte di". */
    private static final int INTENTION_TO_OWNER_WORDS = 3;
    /** How far before its owner a noun of intention may end ("l'impegno finanziario di"): characters. */
    private static final int INTENTION_BEFORE_OWNER_CHARS = 30;
    /** Characters before a name in which a describing participle and its "by" are looked for. */
    private static final int DESCRIBING_AGENT_CHARS = 40;
    /** "AI cloud provider Nebius", "Nebius, a cloud provider,": how far a supplier noun may stand from the name. */
    private static final int SUPPLIER_NOUN_WORDS = 3;
    /** How far before a listed name its joining words ("and", a comma) may start. */
    private static final int LIST_JOIN_WINDOW = 24;
    private static final int SHORT_BRACKET_WORDS = 3;
    /** German articles that may open a subject after a verb-second verb ("nimmt der Konzern"); not "den"/"dem". */
    private static final Set<String> NOMINATIVE_ARTICLES = Set.of("der", "die", "das");
    /** Words between the name after "and" and its own deal verb ("and Cohere has now raised"). */
    private static final int COORDINATE_VERB_WORDS = 3;
    /** "and in late February 2025 X ...": the most words of a phrase between "and" and a name opening a clause. */
    private static final int COORDINATE_PHRASE_WORDS = 4;
    /** "Wiz, a listed firm that Google bought": the most words of the description before the relative pronoun. */
    private static final int DESCRIBED_RELATIVE_WORDS = 4;
    /** "Wiz, a firm that is listed and that Google bought": the most words before the second relative pronoun. */
    private static final int COORDINATED_RELATIVE_WORDS = 12;
    /** "A, a Paris start-up, and B": the most words of an aside between two coordinated names. */
    private static final int ASIDE_WORDS = 5;
    /** "a round of $3.5bn": the most words from a round noun to the amount it is followed by. */
    private static final int ROUND_AMOUNT_WORDS = 2;
    /** Words between a relative pronoun and the deal verb it is the subject of ("qui ont tous deux levé"). */
    private static final int RELATIVE_VERB_WORDS = 3;
    /** Deal words that are verbs: a sentence opening with one has no subject of its own in a null-subject language. */
    /** How far before a preposition the part of a company bought may start ("75% of the share capital of"). */
    private static final int STAKE_PART_CHARS = 48;
    /** "600 Mio. gingen allein an A": words from a verb shared by listed amounts to its preposition, both included. */
    private static final int SHARED_VERB_TO_PREPOSITION_WORDS = 2;
    /** "sichert sich die Bildtechnologie des deutschen Start-ups Y": words from the verb to the goods' owner. */
    private static final int GOODS_BEFORE_SELLER_WORDS = 6;
    private static final Set<Marker> PREPOSITION_MARKERS = EnumSet.of(Marker.IN, Marker.TO, Marker.FOR, Marker.WITH,
            Marker.FROM, Marker.OF, Marker.ON);
    /** How a seller is named after a verb of buying: "from Y", "da Y", "von Y", and "à Y", "a Y" (fr, es). */
    private static final Set<Marker> SELLER_MARKERS = EnumSet.of(Marker.FROM, Marker.TO);
    private static final Set<CueKind> VERB_CUES = EnumSet.of(CueKind.PAY_VERB, CueKind.ACQ_VERB, CueKind.RAISE_VERB);
    /** The nouns whose agent may come before their object ("the acquisition by X of Y"). */
    private static final Set<CueKind> AGENT_NOUN_CUES = EnumSet.of(CueKind.ACQ_NOUN, CueKind.INV_NOUN, CueKind.SALE);
    /** Words from such a noun to its agent: the agent preposition ("by", "da parte di", "por parte del"). */
    private static final int AGENT_AFTER_NOUN_WORDS = 3;
    /**
     * Deal words whose subject is never a name inside a relative aside closed before them: the verbs, and a round
     * ("the company, which created Zentrix, closed several rounds, the last of N": the round is the company's).
     */
    private static final Set<CueKind> ASIDE_SKIPPING_CUES = EnumSet.of(CueKind.PAY_VERB, CueKind.ACQ_VERB,
            CueKind.RAISE_VERB, CueKind.ROUND_NOUN);

    final String text;
    final int start;
    final int end;
    final DealLexicon lexicon;
    final List<Token> tokens;
    final List<Cue> cues;
    final List<MoneyMention> money;
    final List<Candidate> candidates;
    private final List<Candidate> coordinated = new ArrayList<>();
    private final List<Candidate> owners = new ArrayList<>();
    private final Map<Candidate, Map<Cue, Marker>> markers = new HashMap<>();
    /** {@link #opensCoordinateClause} per candidate: the marker walk and the subject search ask it again and again. */
    private final Map<Candidate, Boolean> opensCoordinate = new HashMap<>();
    /** Where a company noun ends that only describes the name after it ("the start-up Run:ai"). */
    private final Set<Integer> describedNounEnds = new HashSet<>();
    /** Names that only qualify goods in a compound ("Nvidia-Chips"): no party, but the maker of the goods. */
    final List<EntityMention> goodsMakers = new ArrayList<>();
    /** {@link #prepositionEndingAt} per offset, empty for none. */
    private final Map<Integer, Optional<Marker>> prepositionsEnding = new HashMap<>();
    /** {@link #has} per lexicon pattern: several rules ask about the same words for each amount and anchor. */
    private final Map<Pattern, Boolean> hasWords = new IdentityHashMap<>();

    Clause(String text, int start, int end, DealLexicon lexicon, List<Cue> sentenceCues,
           List<MoneyMention> sentenceMoney, List<EntityMention> sentenceMentions) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.lexicon = lexicon;
        this.tokens = Token.of(text, start, end);
        this.cues = sentenceCues.stream().filter(c -> c.start() >= start && c.end() <= end).toList();
        this.money = sentenceMoney.stream().filter(m -> m.start() >= start && m.end() <= end).toList();
        this.candidates = candidates(sentenceMentions);
        markCoordination();
        markOwners();
    }

    boolean hasTalks() {
        return cues.stream().anyMatch(c -> c.kind() == CueKind.TALKS);
    }

    String content() {
        return text.substring(start, end);
    }

    /** Whether {@code mention} is the same entity as {@code before}, in brackets right after it ("X (X')"). */
    private boolean bracketedRepeat(Candidate before, EntityMention mention) {
        if (before.mention() == null || !before.mention().entityId().equals(mention.entityId())
                || before.end() > mention.start()) {
            return false;
        }
        int close = mention.end();
        while (close < end && text.charAt(close) == ' ') {
            close++;
        }
        return close < end && text.charAt(close) == ')'
                && text.substring(before.end(), mention.start()).strip().equals("(");
    }

    /**
     * Whether an anaphor from {@code from} to {@code nounEnd} stands right after the purchase verb of a verb-second
     * clause, and the one name after it is the last of the clause: "Damals erwarb der Konzern Wiz für N" (but
     * "übernahm der Konzern Wiz die Firma X" keeps "der Konzern Wiz" together).
     */
    private boolean invertedSubjectBeforeObject(int from, int nounEnd, List<Candidate> names) {
        if (!lexicon.verbSecond || cues.stream().noneMatch(c -> c.kind() == CueKind.ACQ_VERB)) {
            return false;
        }
        Token before = null;
        for (Token t : tokens) {
            if (t.end() <= from) {
                before = t;
            }
        }
        if (before == null || !before.word()) {
            return false;
        }
        Token verb = before;
        boolean afterVerb = cues.stream()
                .anyMatch(c -> c.kind() == CueKind.ACQ_VERB && c.overlaps(verb.start(), verb.end()));
        return afterVerb && names.stream().filter(c -> c.start() >= nounEnd).count() == 1;
    }

    /**
     * "X, in which Y also holds a stake, raised N", "X, a unit of Y, sold", "X, dont Y est actionnaire, a levé N": the
     * asides that the language's {@code asideOpeners} open after a name and its comma, each from its opening words to
     * the next comma or the clause's end, as {start, end}. Such an aside describes the name before it: no name or
     * company noun inside is a party, unless the aside holds an amount or a deal verb of its own ("X, which bought Y for
     * N"). Empty where the language has no such words.
     */
    private List<int[]> describingAsides(List<Candidate> names) {
        List<int[]> asides = new ArrayList<>();
        if (lexicon.asideOpeners == null) {
            return asides;
        }
        for (int comma = text.indexOf(',', start); comma >= 0 && comma < end; comma = text.indexOf(',', comma + 1)) {
            if (comma + 1 >= end || !Character.isWhitespace(text.charAt(comma + 1)) || !nameBefore(comma, names)) {
                continue;
            }
            Matcher opener = lexicon.asideOpeners.matcher(text).region(comma + 1, end);
            if (!opener.lookingAt()) {
                continue;
            }
            int from = opener.end();
            int close = asideClose(from);
            boolean ownDeal = money.stream().anyMatch(m -> m.start() >= from && m.start() < close)
                    || cues.stream().anyMatch(c -> VERB_CUES.contains(c.kind())
                            && c.start() >= from && c.start() < close);
            if (!ownDeal) {
                asides.add(new int[] {from, close});
            }
        }
        return asides;
    }

    /** The next comma before a space after {@code from}, or the clause's end. */
    private int asideClose(int from) {
        for (int at = text.indexOf(',', from); at >= 0 && at < end; at = text.indexOf(',', at + 1)) {
            if (at + 1 < end && Character.isWhitespace(text.charAt(at + 1))) {
                return at;
            }
        }
        return end;
    }

    /**
     * Whether a name ends right before {@code comma}: a name found, or (where nouns are not all capitalised) a
     * capitalised word that does not open the clause ("joined forces with Brontix Labs, a unit of...").
     */
    private boolean nameBefore(int comma, List<Candidate> names) {
        if (names.stream().anyMatch(c -> c.end() <= comma && text.substring(c.end(), comma).isBlank())) {
            return true;
        }
        if (lexicon.verbSecond) {
            return false;
        }
        int wordEnd = comma;
        int wordStart = wordEnd;
        while (wordStart > start && Character.isLetterOrDigit(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        return wordStart < wordEnd && wordStart > start && Character.isUpperCase(text.charAt(wordStart));
    }

    private List<Candidate> candidates(List<EntityMention> mentions) {
        List<Candidate> list = new ArrayList<>();
        for (EntityMention mention : mentions) {
            boolean inClause = mention.start() >= start && mention.end() <= end;
            if (inClause && namesGoods(mention)) {
                goodsMakers.add(mention);
                continue;
            }
            if (inClause && !list.isEmpty() && bracketedRepeat(list.get(list.size() - 1), mention)) {
                // "Amazon Web Services (AWS)": the short form in brackets is the same party, not a second name; the
                // name reaches over the brackets, so that "X (X') und Y" still joins two names
                Candidate named = list.remove(list.size() - 1);
                int close = text.indexOf(')', mention.end()) + 1;
                list.add(new Candidate(named.mention(), named.start(), close, false,
                        startsWith(close, POSSESSIVE), startsWith(close, COMPOUND)));
                continue;
            }
            if (inClause && money.stream().noneMatch(m -> m.start() < mention.end() && m.end() > mention.start())
                    && !(lexicon.personRole != null && startsWith(mention.end(), lexicon.personRole))) {
                // "Zentrix co-founder Jane Doe raised $1bn for her new start-up": the name only says whose person
                list.add(new Candidate(mention, mention.start(), mention.end(), false,
                        startsWith(mention.end(), POSSESSIVE), startsWith(mention.end(), COMPOUND)));
            }
        }
        List<int[]> asides = describingAsides(list);
        for (Matcher m : WordStarts.matches(lexicon.anaphor, lexicon.anaphorStarts, text, start, end)) {
            boolean pronoun = m.group("noun") == null;
            int s = pronoun ? m.start() : m.start("noun");
            int e = pronoun ? m.end() : m.end("noun");
            // "la start-up israélienne Run:ai": the noun only describes the name that follows
            // but "la startup di Sam Altman": a name after "of" is the owner, and the noun still stands for a company
            // and so does a longer description with "of" inside ("la empresa de robótica (IA) de Corea del Sur
            // Zentrix")
            // and "in AI startup, Scale AI, that..." (the name in apposition, set off by commas)
            boolean describesNextName = !pronoun && list.stream().anyMatch(c -> c.start() >= e
                    && (text.substring(e, c.start()).matches("[ \\p{L}'’()-]*") || inApposition(e, c))
                    && describesInWords(e, c.start())
                    && !ofBefore(e, c.start())
                    && cues.stream().noneMatch(cue -> cue.overlaps(e, c.start())));
            if (!pronoun && lexicon.origin != null) {
                // "die Firma aus Leipzig": the name after the origin words is where the company comes from
                List<Candidate> places = list.stream().filter(c -> c.mention() != null && c.start() > e
                        && lexicon.origin.matcher(text).region(e, c.start()).matches()).toList();
                describesNextName &= places.isEmpty();
                list.removeAll(places);
            }
            if (describesNextName && invertedSubjectBeforeObject(m.start(), e, list)) {
                // "Damals erwarb der Konzern Wiz für N": after a purchase verb, the noun is the subject and the name
                // the one bought, when no other name follows in the clause to be bought
                describesNextName = false;
            }
            if (describesNextName) {
                describedNounEnds.add(e);
            }
            if (!describesNextName && list.stream().noneMatch(c -> c.start() < e && c.end() > s)) {
                list.add(new Candidate(null, s, e, pronoun, false, false));
            }
        }
        Candidate leftOut = leftOutSubject();
        if (leftOut != null && list.stream().noneMatch(c -> c.start() < leftOut.start())) {
            list.add(leftOut);
        }
        list.addAll(encliticObjects(list));
        list.removeIf(c -> asides.stream().anyMatch(r -> c.start() >= r[0] && c.end() <= r[1]));
        list.sort(Comparator.comparingInt(Candidate::start));
        return List.copyOf(list);
    }

    /** Whether {@code name} stands right after a comma at {@code nounEnd} and ends in a comma, a bracket or the clause. */
    private boolean inApposition(int nounEnd, Candidate name) {
        return APPOSITION_BEFORE.matcher(text).region(nounEnd, name.start()).matches()
                && APPOSITION_AFTER.matcher(text).region(name.end(), end).useTransparentBounds(true).lookingAt();
    }

    /** Whether the words between a company noun and a name are few enough to describe it; counted once. */
    private boolean describesInWords(int from, int to) {
        int words = wordCount(text.substring(from, to));
        return words <= 1 || (words <= DESCRIPTION_WORDS && (ofSoonAfter(from) || forRightAfter(from, to)));
    }

    /**
     * Whether the words from {@code from} to the name at {@code to} open with "for" and hold no other preposition ("la
     * néobanque pour indépendants X", "la plataforma para autónomos X"): whom the company serves, not a party.
     */
    private boolean forRightAfter(int from, int to) {
        boolean first = true;
        for (Token t : tokens) {
            if (t.start() < from || t.end() > to) {
                continue;
            }
            if (!t.word()) {
                return false;
            }
            Marker marker = prepositionEndingAt(t.end());
            if (first != (marker == Marker.FOR)) {
                return false;
            }
            first = false;
        }
        return !first;
    }

    /** Whether "of" is the first or second word from {@code from} ("empresa de IA", "pépite française de"). */
    private boolean ofSoonAfter(int from) {
        int words = 0;
        for (Token t : tokens) {
            if (t.start() < from || !t.word()) {
                continue;
            }
            if (prepositionEndingAt(t.end()) == Marker.OF) {
                return true;
            }
            if (++words == 2) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the word right after {@code anchor} is "of" ("di", "de", "von"): the noun has its object after it ("the
     * purchase of computing power"), named or not.
     */
    boolean ofRightAfter(Cue anchor) {
        int at = anchor.end();
        while (at < end && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        int wordEnd = at;
        while (wordEnd < end && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        if (wordEnd < end && (text.charAt(wordEnd) == '\'' || text.charAt(wordEnd) == '\u2019')) {
            wordEnd++;  // an elided "d'"
        }
        return wordEnd > at && prepositionEndingAt(wordEnd) == Marker.OF;
    }

    /** Whether the words between {@code from} and the name at {@code to} end with "of" ("di", "de", "von"). */
    private boolean ofBefore(int from, int to) {
        int at = to;
        while (at > from && Character.isWhitespace(text.charAt(at - 1))) {
            at--;
        }
        return at > from && prepositionEndingAt(at) == Marker.OF;
    }

    /**
     * Null-subject languages: a sentence that opens with a verb or an auxiliary ("Ha raccolto 200 milioni",
     * "Encabezó una ronda") has its subject left out; it stands, empty, before that word, as a subject pronoun.
     */
    private Candidate leftOutSubject() {
        if (lexicon.subjectless == null) {
            return null;
        }
        int first = start;
        while (first < end && !Character.isLetterOrDigit(text.charAt(first))) {
            first++;
        }
        int before = first - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        boolean opensSentence = before < 0 || ".!?\n".indexOf(text.charAt(before)) >= 0
                || text.charAt(before + 1) == '\n';
        int at = first;
        int verb = afterTimePhrase(first);
        // after a phrase of time only a deal verb itself ("En 2021 pagó"), not an auxiliary, which may open a passive
        // whose left-out subject is the company sold, too loosely tied to the sentences before
        boolean verbFirst = first < end && (lexicon.subjectless.matcher(text).region(first, end).lookingAt()
                || cues.stream().anyMatch(c -> (c.start() == at || c.start() == verb) && VERB_CUES.contains(c.kind())));
        return opensSentence && verbFirst ? new Candidate(null, first, first, true, false, false) : null;
    }

    /**
     * Where a sentence goes on after a phrase of time that opens it and a comma after that phrase ("En 2021 pagó",
     * "Durante el último trimestre, adquirió"): the first word after them; {@code first} itself when no such phrase
     * opens the sentence. A phrase of time is no subject, so the verb after it still has its subject left out.
     */
    private int afterTimePhrase(int first) {
        if (lexicon.timePhrase == null || first >= end) {
            return first;
        }
        Matcher m = lexicon.timePhrase.matcher(text).region(first, end);
        if (!m.lookingAt()) {
            return first;
        }
        int at = m.end();
        while (at < end && (Character.isWhitespace(text.charAt(at)) || text.charAt(at) == ',')) {
            at++;
        }
        return at;
    }

    /**
     * Where a phrase of time ({@code timePhrases}) that starts at {@code from}, after spaces and commas, ends when it
     * ends by {@code limit} ("la compra de X en mayo de 2019 por parte de Y": the end of "en mayo de 2019");
     * {@code from} when no such phrase starts there.
     */
    int afterTimePhrase(int from, int limit) {
        int first = from;
        while (first < limit && (Character.isWhitespace(text.charAt(first)) || text.charAt(first) == ',')) {
            first++;
        }
        if (lexicon.timePhrase == null || first >= limit) {
            return from;
        }
        Matcher m = lexicon.timePhrase.matcher(text).region(first, limit);
        return m.lookingAt() ? m.end() : from;
    }

    /**
     * Null-subject languages: "Amazon se comprometió a entregarle 4.000 millones", "per finanziarla": an object
     * pronoun joined to a deal verb stands, empty, right after the verb, as an anaphor for the company the previous
     * sentences are about.
     */
    private List<Candidate> encliticObjects(List<Candidate> found) {
        if (lexicon.objectEnclitic == null) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>();
        for (Cue cue : cues) {
            if (cue.start() >= start && cue.end() <= end && VERB_CUES.contains(cue.kind())
                    && lexicon.objectEnclitic.matcher(text).region(cue.start(), cue.end()).find()
                    && found.stream().noneMatch(c -> c.start() < cue.end() && c.end() > cue.start())) {
                out.add(new Candidate(null, cue.end(), cue.end(), false, false, false));
            }
        }
        return out;
    }

    private boolean startsWith(int at, Pattern pattern) {
        return pattern.matcher(text).region(at, end).lookingAt();
    }

    /**
     * Whether the text between two names joins them in one coordination: "A and B", "A, B", and also "A, a Paris
     * start-up, and B" (see {@link #asideBeforeConjunction}).
     */
    private boolean joinsNames(int from, int to) {
        if (from > to) {
            // two names that overlap (a name read again as a candidate over one found before) join nothing
            return false;
        }
        return lexicon.conjunction.matcher(text.substring(from, to)).matches() || asideBeforeConjunction(from, to);
    }

    /**
     * "Zentrix, con sede en Lima, y Borak", "Zentrix, a Lima start-up, and Borak": a short aside between two commas
     * (no deal word, no figure) after the first name, then the conjunction before the second; a comma alone after
     * the aside is no conjunction ("A, ahead of another fund, B").
     */
    private boolean asideBeforeConjunction(int from, int to) {
        String gap = text.substring(from, to);
        int open = gap.indexOf(',');
        int close = open < 0 ? -1 : gap.indexOf(',', open + 1);
        if (open < 0 || close < 0 || !gap.substring(0, open).isBlank()
                || gap.substring(close + 1).isBlank() || !lexicon.conjunction.matcher(gap.substring(close)).matches()
                || gap.substring(open, close).chars().anyMatch(Character::isDigit)) {
            return false;
        }
        int asideStart = from + open + 1;
        int asideEnd = from + close;
        int words = wordsBetween(asideStart, asideEnd);
        return words > 0 && words <= ASIDE_WORDS && cues.stream().noneMatch(c -> c.overlaps(asideStart, asideEnd));
    }

    /** "A, B and C" or "A and B": the later names take the first one's preposition. */
    private void markCoordination() {
        List<Candidate> real = candidates.stream().filter(c -> !c.anaphor()).toList();
        int runStart = 0;
        boolean runHasConjunction = false;
        for (int i = 1; i <= real.size(); i++) {
            boolean joined = i < real.size() && joinsNames(real.get(i - 1).end(), real.get(i).start());
            if (joined) {
                String gap = text.substring(real.get(i - 1).end(), real.get(i).start()).trim();
                runHasConjunction |= !gap.equals(",");
                continue;
            }
            if (i - runStart >= 2 && runHasConjunction) {
                coordinated.addAll(real.subList(runStart, i));
            }
            runStart = i;
            runHasConjunction = false;
        }
    }

    /**
     * Names that only say whose the next name is: "SoftBank's chip designer Arm", "Sam Altman's OpenAI", German
     * "SoftBanks Chipentwickler Arm", and the owner after a name ("la OpenAI de Sam Altman"). The deal is the
     * owned company's, never the owner's.
     */
    private void markOwners() {
        List<Candidate> real = candidates.stream().filter(c -> !c.anaphor()).toList();
        for (int i = 0; i + 1 < real.size(); i++) {
            Candidate owner = real.get(i);
            Candidate owned = real.get(i + 1);
            boolean bareGenitive = !owner.possessive() && lexicon.genitiveWithoutApostrophe
                    && text.charAt(owner.end() - 1) == 's' && !beginsWithArticleOrAuxiliary(owner.end());
            if ((owner.possessive() || bareGenitive) && describes(withPossessive(owner), owned.start())
                    && !(bareGenitive && ownMarker(owned, null) != Marker.NONE)) {
                // "SoftBanks Chipentwickler Arm" owns Arm; "Nebius hat mit Meta" is a name that ends in "s"
                owners.add(owner);
            } else if (wordsBetween(owner.end(), owned.start()) == 1 && ownMarker(owned, null) == Marker.OF
                    && !agentOfVerbFinalPassive(owner, owned) && !agentOfADealNoun(owner)) {
                owners.add(owned);
            }
        }
    }

    /**
     * "l'acquisizione da parte di X di Y", "the acquisition by X of Y", "la compra por parte de X de Y": a name right
     * after a purchase, sale or investment noun and its agent preposition is that noun's agent, and the "of" after it
     * opens the noun's object, the one bought or sold; it does not name an owner of the agent ("X di Y" is otherwise
     * Y's X).
     */
    private boolean agentOfADealNoun(Candidate agent) {
        if (ownMarker(agent, null) != Marker.BY) {
            return false;
        }
        return cues.stream().anyMatch(c -> AGENT_NOUN_CUES.contains(c.kind()) && c.end() <= agent.start()
                && wordsBetween(c.end(), agent.start()) <= AGENT_AFTER_NOUN_WORDS);
    }

    /**
     * "Für N wurde X von Y übernommen": in a clause made passive by its auxiliary before the first name, with a passive
     * participle of a deal after the second, the passive agent word between the two names introduces the agent of
     * that participle, not the owner of the first name ("X von Y" is otherwise Y's X).
     */
    private boolean agentOfVerbFinalPassive(Candidate subject, Candidate agent) {
        return lexicon.passiveClause != null
                && lexicon.agentAfter.matcher(text).region(subject.end(), end).lookingAt()
                && lexicon.passiveClause.matcher(text).region(start, subject.start()).find()
                && cues.stream().anyMatch(c -> c.start() >= agent.end()
                        && lexicon.passiveParticiple.matcher(text).region(c.start(), c.end()).matches());
    }

    /**
     * Whether the first word after {@code from} is an article or a finite auxiliary: what a bare genitive owns never
     * begins with either ("Siemens hat das Start-up X gekauft", "dass Siemens die Firma X kauft": Siemens is the
     * subject, not an owner; "SoftBanks Chipentwickler Arm" is one).
     */
    private boolean beginsWithArticleOrAuxiliary(int from) {
        for (Token t : tokens) {
            if (t.start() >= from) {
                return t.word() && (lexicon.article.matcher(text).region(t.start(), t.end()).matches()
                        || lexicon.finiteAuxiliary != null
                        && lexicon.finiteAuxiliary.matcher(text).region(t.start(), t.end()).matches());
            }
        }
        return false;
    }

    /** Whether only a few plain words stand between an owner's name and the name it owns. */
    private boolean describes(int from, int to) {
        int words = 0;
        for (Token t : tokens) {
            if (t.start() < from || t.start() >= to) {
                continue;
            }
            if (!t.word() || cues.stream().anyMatch(c -> c.overlaps(t.start(), t.end()))
                    || money.stream().anyMatch(m -> m.start() < t.end() && m.end() > t.start())) {
                return false;
            }
            words += t.word() ? 1 : 0;
        }
        return words >= 1 && words <= OWNER_DESCRIPTION_WORDS;
    }

    /** Whether {@code candidate} only names the owner of another name in the clause. */
    boolean isOwner(Candidate candidate) {
        return owners.contains(candidate);
    }

    /** Whether {@code words} (a lexicon pattern, null where the language has none) occurs in this clause. */
    boolean has(Pattern words) {
        return words != null && hasWords.computeIfAbsent(words, w -> lexicon.guardedWords.contains(w)
                ? WordStarts.findAfterGuard(w, text, start, end) : w.matcher(text).region(start, end).find());
    }

    /**
     * Whether a supplier noun describes {@code candidate}: "AI cloud provider Nebius", "il fornitore di cloud
     * CoreWeave", "Nebius, a cloud provider".
     */
    /**
     * Whether a company noun right before {@code candidate} describes it ("della startup di intelligenza artificiale
     * Windsurf", "de la empresa israelí Wiz"), with no other name between them.
     */
    boolean describedByCompanyNoun(Candidate candidate) {
        return describingNounEnd(candidate) < Integer.MAX_VALUE;
    }

    /** Where the company noun that describes {@code candidate} ends ({@link #describedByCompanyNoun}), else MAX_VALUE. */
    int describingNounEnd(Candidate candidate) {
        return describedNounEnds.stream().filter(e -> e <= candidate.start() && candidates.stream()
                .noneMatch(c -> c != candidate && c.start() >= e && c.end() <= candidate.start()))
                .mapToInt(Integer::intValue).max().orElse(Integer.MAX_VALUE);
    }

    boolean describedAsSupplier(Candidate candidate) {
        int idx = lastTokenBefore(candidate.start());
        for (int words = 0; idx >= 0 && words <= SUPPLIER_NOUN_WORDS; idx--) {
            Token t = tokens.get(idx);
            if (!t.word() || candidates.stream().anyMatch(c -> c != candidate && t.overlaps(c.start(), c.end()))) {
                break;
            }
            if (isSupplierNoun(t)) {
                return true;
            }
            words++;
        }
        int after = lastTokenBefore(candidate.end()) + 1;
        if (after < tokens.size() && text.charAt(tokens.get(after).start()) == ',') {
            for (int i = after + 1; i < tokens.size() && i <= after + 1 + SUPPLIER_NOUN_WORDS; i++) {
                if (!tokens.get(i).word()) {
                    break;
                }
                if (isSupplierNoun(tokens.get(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the token at {@code idx} is a nationality right after an article ("gli americani", "agli olandesi"). */
    private boolean peopleOfANationality(int idx) {
        Token nationality = tokens.get(idx);
        if (idx == 0 || !nationality.word() || lexicon.nationalities.values().stream()
                .noneMatch(p -> p.matcher(text).region(nationality.start(), nationality.end()).matches())) {
            return false;
        }
        Token before = tokens.get(idx - 1);
        return before.word() && (lexicon.article.matcher(text).region(before.start(), before.end()).matches()
                || isContractedArticle(before));
    }

    private boolean isSupplierNoun(Token t) {
        return t.word() && lexicon.supplierNoun.matcher(text).region(t.start(), t.end()).matches();
    }

    /** The name a relative clause holding {@code cue} is about: "a deal with AWS, which will provide GPUs". */
    Candidate relativeSubjectOf(Cue cue) {
        Candidate nearest = null;
        for (Candidate c : candidates) {
            if (c.end() <= cue.start() && !c.anaphor()) {
                nearest = c;
            }
        }
        return nearest != null && followedByRelative(nearest) ? nearest : null;
    }

    /** At most this many words between a relative word and the name that is its subject. */
    private static final int RELATIVE_SUBJECT_WORDS = 5;

    /**
     * "a round that Chinese AI start-up Zentrix closed": the name a few words after a relative word right after
     * {@code cue}, other than {@code other}. Null when no relative word follows the cue or no name follows soon.
     */
    Candidate subjectOfRelativeAfter(Cue cue, Candidate other) {
        int from = cue.end();
        for (MoneyMention m : money) {
            // "il round da 2 miliardi che Zentrix chiude": the amount after the round noun comes first, also with
            // an adjective before its preposition ("una ronda récord de 20.000 millones que xAI cierra")
            if (m.start() >= from && wordsBetween(from, m.start()) <= 2) {
                from = m.end();
            }
        }
        Matcher relative = lexicon.relativeAfter.matcher(text).region(from, end);
        if (!relative.lookingAt()) {
            return null;
        }
        for (Candidate c : candidates) {
            if (c.start() >= relative.end() && !c.anaphor() && !sameEntity(c, other)) {
                return wordsBetween(relative.end(), c.start()) <= RELATIVE_SUBJECT_WORDS ? c : null;
            }
        }
        return null;
    }

    /** Whether {@code candidate} is one of several names joined by "and"/"e"/"und"/commas. */
    boolean isCoordinated(Candidate candidate) {
        return coordinated.contains(candidate);
    }

    /**
     * "Quantum Systems e Tekever": every name of {@code candidate}'s coordination in order, the candidate alone when it
     * is in none.
     */
    List<Candidate> coordinationOf(Candidate candidate) {
        if (!isCoordinated(candidate)) {
            return List.of(candidate);
        }
        Candidate head = headOf(candidate);
        List<Candidate> run = new ArrayList<>();
        run.add(head);
        for (int i = coordinated.indexOf(head) + 1; i < coordinated.size(); i++) {
            if (!joinsNames(coordinated.get(i - 1).end(), coordinated.get(i).start())) {
                break;
            }
            run.add(coordinated.get(i));
        }
        return run;
    }

    /** The first name of {@code candidate}'s coordination, or the candidate itself. */
    private Candidate headOf(Candidate candidate) {
        if (!isCoordinated(candidate)) {
            return candidate;
        }
        Candidate head = candidate;
        for (int i = coordinated.indexOf(candidate); i > 0; i--) {
            Candidate previous = coordinated.get(i - 1);
            if (!joinsNames(previous.end(), coordinated.get(i).start())) {
                break;
            }
            head = previous;
        }
        return head;
    }

    /**
     * Whether the word at token {@code idx} is a "personal a" right after {@code anchor}, a verb of buying a company
     * ("Nvidia adquirió a Cohere", "compró al grupo Cohere"): the name after it is what the verb buys.
     */
    private boolean personalObjectOfPurchase(int idx, Cue anchor) {
        if (lexicon.personalObject == null || anchor == null || anchor.kind() != CueKind.ACQ_VERB
                || anchor.type() != DealType.ACQUISITION || idx == 0) {
            return false;
        }
        Token word = tokens.get(idx);
        return tokens.get(idx - 1).overlaps(anchor.start(), anchor.end())
                && lexicon.personalObject.matcher(text).region(word.start(), word.end()).matches();
    }

    /**
     * Whether an object pronoun stands right before {@code anchor}, a finite verb of buying a company: "en 2010 la
     * compró Intel", "lo adquirió Google". A past participle of the lexicon ("lo adquirido") is no such verb.
     */
    boolean procliticObjectBefore(Cue anchor) {
        if (lexicon.procliticObject == null || anchor.kind() != CueKind.ACQ_VERB
                || anchor.type() != DealType.ACQUISITION) {
            return false;
        }
        Token before = null;
        Token second = null;
        for (Token t : tokens) {
            if (t.end() <= anchor.start()) {
                second = before;
                before = t;
            }
        }
        if (!adjacentWord(before, anchor.start())) {
            return false;
        }
        if (!lexicon.passiveParticiple.matcher(text).region(anchor.start(), anchor.end()).matches()) {
            return lexicon.procliticObject.matcher(text).region(before.start(), before.end()).matches();
        }
        // "nel 2010 l'ha comprata Intel": the pronoun and an auxiliary of the perfect before the participle
        return lexicon.procliticAuxiliary != null
                && lexicon.procliticAuxiliary.matcher(text).region(before.start(), before.end()).matches()
                && adjacentWord(second, before.start())
                && lexicon.procliticObject.matcher(text).region(second.start(), second.end()).matches();
    }

    /** Whether {@code token} is a word with only white space between it and {@code next}. */
    private boolean adjacentWord(Token token, int next) {
        return token != null && token.word() && text.substring(token.end(), next).isBlank();
    }

    /** The preposition before {@code candidate}, read relative to {@code anchor} (which may be null). */
    Marker marker(Candidate candidate, Cue anchor) {
        return markers.computeIfAbsent(candidate, c -> new HashMap<>())
                .computeIfAbsent(anchor, a -> ownMarker(headOf(candidate), a));
    }

    /** How many words sit between the cue and the party when the party is the cue's bare object; else -1. */
    int objectDistance(Candidate candidate, Cue anchor) {
        int idx = lastTokenBefore(candidate.start());
        int words = 0;
        while (idx >= 0 && words <= MARKER_LOOKBACK) {
            Token t = tokens.get(idx);
            if (t.overlaps(anchor.start(), anchor.end())) {
                return words;
            }
            if (!t.word()) {
                return -1;
            }
            words++;
            idx--;
        }
        return -1;
    }

    private Marker ownMarker(Candidate candidate, Cue anchor) {
        if (opensCoordinate.computeIfAbsent(candidate, this::opensCoordinateClause)) {
            return Marker.NONE;
        }
        int idx = lastTokenBefore(candidate.start());
        int steps = 0;
        int attribute = extendedAttributeStart(candidate);
        if (attribute > 0) {
            // "in das auf Sprachmodelle spezialisierte Start-up X": the words from the article on describe X
            idx = attribute - 1;
            steps = 1;
        }
        boolean afterPrice = false;
        boolean afterPart = false;
        int describedFrom = describingNounEnd(candidate);
        int lookback = MARKER_LOOKBACK;
        while (idx >= 0 && steps < lookback) {
            Token t = tokens.get(idx);
            boolean possessiveEnding = possessiveEnding(idx);
            if (possessiveEnding && steps > 0 && lookback == MARKER_LOOKBACK) {
                // "in Abu Dhabi's artificial intelligence holding company G42": the owner's name before a long
                // description takes words of its own
                lookback += POSSESSIVE_OWNER_WORDS;
            }
            if (anchor != null && t.overlaps(anchor.start(), anchor.end())) {
                return Marker.OBJECT;
            }
            Cue other = cues.stream().filter(c -> c.kind() != CueKind.TALKS && t.overlaps(c.start(), c.end()))
                    .findFirst().orElse(null);
            if (other != null) {
                // a noun takes its parties through prepositions: "The round comes as Anthropic secured..." makes
                // Anthropic no object of "round"
                return steps == 0 || VERB_CUES.contains(other.kind()) || other.kind() == CueKind.SALE
                        ? Marker.OTHER_OBJECT : Marker.NONE;
            }
            boolean ownerOfThis = owners.stream().anyMatch(o -> t.overlaps(o.start(), withPossessive(o)));
            Candidate before = ownerOfThis ? null : candidates.stream()
                    .filter(c -> c != candidate && !c.anaphor() && t.overlaps(c.start(), c.end())).findFirst()
                    .orElse(null);
            if (before != null) {
                // "compra da Y il 100% di X", "buys from Y 100% of X": the part right after the seller is the object
                return afterPart && anchor != null && anchor.kind() == CueKind.ACQ_VERB
                        && SELLER_MARKERS.contains(marker(before, anchor)) ? Marker.OBJECT : Marker.NONE;
            }
            if (money.stream().anyMatch(m -> t.overlaps(m.start(), m.end()))) {
                // "ha acquistato per 700 milioni la startup Run:ai": the price, and the word that introduces it,
                // may stand between the verb and its object; in German the name after the price is the object
                // of the verb at the end ("will um 9 Milliarden Euro Arm übernehmen")
                if (lexicon.verbSecond && anchor != null && steps == 0 && candidate.end() <= anchor.start()) {
                    return Marker.OBJECT;
                }
                // "Nvidia will invest $10bn and Microsoft $5bn in Anthropic": a name joined to the amount by "and"
                // opens the next item of a list, it is no object of the verb
                if (!afterPrice && money.stream().anyMatch(m -> t.overlaps(m.start(), m.end())
                        && m.end() <= candidate.start()
                        && lexicon.conjunction.matcher(text).region(m.end(), candidate.start()).matches()
                        && !text.substring(m.end(), candidate.start()).isBlank()
                        && text.indexOf(',', m.end()) != m.end())) {
                    return Marker.NONE;
                }
                idx--;
                afterPrice = true;
                continue;
            }
            if (t.word() && lexicon.finiteAuxiliary != null
                    && lexicon.finiteAuxiliary.matcher(text).region(t.start(), t.end()).matches()) {
                // "Nach Angaben des Unternehmens hat Helsing ... eingesammelt": a finite auxiliary ends the phrase
                // before the name; what stands before it marks something else
                return Marker.NONE;
            }
            if (t.isClausePunctuation(text)) {
                if (steps == 0 && text.charAt(t.start()) == ',' && describedAcrossComma(candidate, idx)) {
                    idx--;
                    continue;
                }
                int opening = shortBracketOpening(idx);
                if (opening >= 0) {
                    // "artificial intelligence (AI) startup": a bracketed abbreviation inside a description
                    idx = opening - 1;
                    continue;
                }
                return Marker.NONE;
            }
            // (not in German, whose relative pronouns are also its articles)
            if (t.word() && !ownerOfThis && steps <= 1 && !lexicon.verbSecond
                    && lexicon.relativeAfter.matcher(text).region(t.start(), t.end()).lookingAt()) {
                // "después de que la compañía acordara comprar": "que" opens a clause whose subject follows
                return Marker.NONE;
            }
            if (t.word() && !ownerOfThis) {
                Marker marker = prepositionEndingAt(t.end());
                if (marker != null && marker != Marker.OF && t.start() >= describedFrom) {
                    // "del fabricante de servidores a hiperscala ZT Systems": a preposition inside the description
                    marker = null;
                }
                if (marker != null && afterPrice) {
                    afterPrice = false;
                    idx--;
                    continue;
                }
                // "il fornitore di cloud CoreWeave": the "di" belongs to the description, not to the deal
                // "gli americani di Microsoft comprano X", "passa agli olandesi di Vitol": so does the "di" after a
                // nationality used as a noun right after an article, which names the company's people; the word before
                // the nationality marks the name ("la rivale parigina di X" stays X's)
                boolean describing = idx > 0 && (isSupplierNoun(tokens.get(idx - 1))
                        || marker == Marker.OF && steps == 0 && peopleOfANationality(idx - 1));
                // "Der Chipkonzern übernimmt": an article opening the clause is no genitive "der"
                boolean openingArticle = candidate.anaphor() && marker == Marker.OF && opensClause(idx);
                int part = marker == Marker.OF ? stakePartStart(t.end()) : -1;
                if (part >= 0) {
                    // "for 75% of the capital of X": the part bought stands between the verb's preposition and X
                    while (idx >= 0 && tokens.get(idx).start() >= part) {
                        idx--;
                    }
                    afterPart = true;
                    continue;
                }
                if (marker == Marker.OF && steps > 0 && !openingArticle) {
                    Marker outer = markerOfDescription(idx, anchor);
                    if (outer != null) {
                        return outer;
                    }
                }
                if (marker == Marker.TO && personalObjectOfPurchase(idx, anchor)) {
                    return Marker.OBJECT;
                }
                if (marker != null && !describing) {
                    return (steps > 0 || openingArticle) && opensClause(idx) ? Marker.NONE : marker;
                }
                afterPrice = false;
            }
            // "Software- und Cloudkonzern": the hyphen of a truncated compound is part of its word
            steps += ownerOfThis || possessiveEnding || truncationHyphen(idx) ? 0 : 1;
            idx--;
        }
        return Marker.NONE;
    }

    /**
     * Where the part of a company bought ({@code stakeParts}: "75% of the capital of", "75 % du capital de") that ends
     * with the preposition ending at {@code end} starts; -1 when none ends there.
     */
    private int stakePartStart(int end) {
        if (lexicon.stakePart == null || end - start < 3 || !hasDigitOrPercentBefore(end)) {
            return -1;
        }
        Matcher m = lexicon.stakePart.matcher(text).region(Math.max(start, end - STAKE_PART_CHARS), end);
        return m.find() ? m.start() : -1;
    }

    /** A cheap look before {@link #stakePartStart}'s pattern: a digit or a per cent sign among the characters before. */
    private boolean hasDigitOrPercentBefore(int end) {
        for (int i = Math.max(start, end - STAKE_PART_CHARS); i < end; i++) {
            char c = text.charAt(i);
            if (c == '%' || c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code idx} is the "s" of a possessive ("Dhabi's" reads "dhabi'" + "s"): no word of its own. */
    private boolean possessiveEnding(int idx) {
        Token t = tokens.get(idx);
        if (idx == 0 || !t.word() || t.end() - t.start() != 1 || text.charAt(t.start()) != 's') {
            return false;
        }
        char before = text.charAt(tokens.get(idx - 1).end() - 1);
        return tokens.get(idx - 1).end() == t.start() && (before == '\'' || before == '’');
    }

    /**
     * The index of the "(" of a bracket of at most {@link #SHORT_BRACKET_WORDS} plain words closing at token
     * {@code closing} ("(AI)", "(KI)"), or -1 when that token closes no such bracket.
     */
    private int shortBracketOpening(int closing) {
        if (text.charAt(tokens.get(closing).start()) != ')') {
            return -1;
        }
        for (int idx = closing - 1, words = 0; idx >= 0 && words <= SHORT_BRACKET_WORDS; idx--) {
            Token t = tokens.get(idx);
            if (t.word()) {
                words++;
            } else {
                return text.charAt(t.start()) == '(' && words > 0 ? idx : -1;
            }
        }
        return -1;
    }

    /**
     * "Mistral raised $415m in December and Cohere raised $500m": a name right after "and" (one word may come
     * between: "and Germany's Aleph Alpha") with a deal verb of its own a few words after it is the subject of a
     * new clause, whatever the first clause put before the "and".
     */
    private boolean opensCoordinateClause(Candidate candidate) {
        if (candidate.anaphor()) {
            return false;
        }
        Matcher join = lexicon.listJoin.matcher(text).region(Math.max(start, candidate.start() - LIST_JOIN_WINDOW),
                candidate.start());
        boolean joined = join.find() && text.charAt(join.start()) != ',';
        if (!joined && !afterCommaAndShortPhrase(candidate)) {
            return false;
        }
        return cues.stream().anyMatch(c -> c.start() >= candidate.end()
                && (VERB_CUES.contains(c.kind()) && wordsBetween(candidate.end(), c.start()) <= COORDINATE_VERB_WORDS
                        || ownRoundAfter(candidate, c))
                && tokens.stream().noneMatch(t -> t.start() >= candidate.end() && t.end() <= c.start()
                        && t.isClausePunctuation(text)));
    }

    /**
     * "... and in May Velmora closed a $2.8bn round", "e a maggio Velmora ha chiuso un round da 2,8 miliardi": a round
     * noun one to {@value #COORDINATE_VERB_WORDS} words after a name that is no possessive (amounts not counted),
     * with an amount of its own between them or right after it, tells a deal of the name's own even when its verb
     * is no deal word.
     */
    private boolean ownRoundAfter(Candidate candidate, Cue round) {
        if (round.kind() != CueKind.ROUND_NOUN || candidate.possessive()) {
            return false;
        }
        // a verb stands between ("closed a"): "Scale's $1bn Series F" is a noun phrase, not a clause of its own
        int words = wordsOutsideAmounts(candidate.end(), round.start());
        if (words == 0 || words > COORDINATE_VERB_WORDS) {
            return false;
        }
        return money.stream().anyMatch(m -> m.start() >= candidate.end()
                && (m.end() <= round.start() || m.start() >= round.end()
                        && wordsBetween(round.end(), m.start()) <= ROUND_AMOUNT_WORDS));
    }

    /**
     * "OpenAI raised 40 billion, in recent hours Anthropic closed...": a comma, then a short phrase of at most
     * {@link #COORDINATE_VERB_WORDS} plain words (no name, amount or deal word), then the name.
     */
    private boolean afterCommaAndShortPhrase(Candidate candidate) {
        int idx = lastTokenBefore(candidate.start());
        for (int words = 0; idx >= 0 && words <= COORDINATE_PHRASE_WORDS; idx--) {
            Token t = tokens.get(idx);
            if (!t.word()) {
                return text.charAt(t.start()) == ',' && words > 0 && words <= COORDINATE_VERB_WORDS;
            }
            if (words > 0 && idx + 1 < tokens.size()
                    && lexicon.listJoin.matcher(text).region(t.start(), tokens.get(idx + 1).start()).find()) {
                // "e a fine febbraio 2025 Zentrix ha chiuso...": "and" and a short time or place phrase before the name
                return true;
            }
            if (candidates.stream().anyMatch(c -> c != candidate && t.overlaps(c.start(), c.end()))
                    || money.stream().anyMatch(m -> t.overlaps(m.start(), m.end()))
                    || cues.stream().anyMatch(c -> t.overlaps(c.start(), c.end()))) {
                return false;
            }
            words++;
        }
        return false;
    }

    /**
     * When the "of" ending at token {@code ofIdx} sits inside a description of the name after it ("la pépite
     * française de la robotique Zentrix", "en la empresa de visión artificial de Corea del Sur Halvora"), the preposition of the whole description: none when it opens the clause, else the
     * one before it. Null when the "of" is a real one: a deal word, an amount or another name comes first.
     */
    private Marker markerOfDescription(int ofIdx, Cue anchor) {
        int words = 0;
        for (int idx = ofIdx - 1; idx >= 0 && words <= DESCRIPTION_WORDS; idx--) {
            Token t = tokens.get(idx);
            if ((anchor != null && t.overlaps(anchor.start(), anchor.end()))
                    || cues.stream().anyMatch(c -> c.kind() != CueKind.TALKS && t.overlaps(c.start(), c.end()))
                    || money.stream().anyMatch(m -> t.overlaps(m.start(), m.end()))
                    || candidates.stream().anyMatch(c -> !c.anaphor() && t.overlaps(c.start(), c.end()))) {
                return null;
            }
            char first = text.charAt(t.start());
            if (!t.word() && (first == '(' || first == ')')) {
                continue; // "(IA)" inside the description
            }
            if (t.isClausePunctuation(text)) {
                return opensWithArticle(idx + 1) ? Marker.NONE : null;
            }
            if (t.word()) {
                Marker marker = prepositionEndingAt(t.end());
                if (marker != null && marker != Marker.OF) {
                    return opensWithArticle(idx + 1) || isContractedArticle(t) ? marker : null;
                }
                words++;
            }
        }
        return words <= DESCRIPTION_WORDS && opensWithArticle(0) ? Marker.NONE : null;
    }

    /** Whether the word is a preposition with the article in it ("al", "du", "zum"). */
    private boolean isContractedArticle(Token t) {
        return lexicon.contractedArticle != null
                && lexicon.contractedArticle.matcher(text).region(t.start(), t.end()).matches();
    }

    /** Whether the first word from token {@code idx} on is an article: a description starts there. */
    private boolean opensWithArticle(int idx) {
        for (int i = idx; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.word()) {
                return lexicon.article.matcher(text).region(t.start(), t.end()).matches();
            }
        }
        return false;
    }

    /** Whether the comma at token {@code commaIdx} sets {@code candidate} off as the apposition of a noun. */
    private boolean describedAcrossComma(Candidate candidate, int commaIdx) {
        if (commaIdx == 0 || candidate.anaphor() || !tokens.get(commaIdx - 1).word()) {
            return false;
        }
        Token noun = tokens.get(commaIdx - 1);
        return (describedNounEnds.contains(noun.end())
                || lexicon.companyNoun.matcher(text).region(noun.start(), noun.end()).matches())
                && inApposition(noun.end(), candidate);
    }

    /** The end of {@code candidate} with its possessive ending, if any ("SoftBank's"). */
    private int withPossessive(Candidate candidate) {
        Matcher m = POSSESSIVE.matcher(text).region(candidate.end(), end);
        return m.lookingAt() ? m.end() : candidate.end();
    }

    /**
     * Whether the token starts the clause or follows clause punctuation: a preposition there, followed by
     * other words before the name, opens an adverbial ("Negli ultimi mesi OpenAI ha...").
     */
    private boolean opensClause(int idx) {
        return idx == 0 || tokens.get(idx - 1).isClausePunctuation(text);
    }

    /** Whether the first word at or after {@code from} is a preposition of {@code marker} ("de la compañía ..."). */
    boolean opensWithMarker(int from, Marker marker) {
        int at = from;
        while (at < end && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        int wordEnd = at;
        while (wordEnd < end && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        return wordEnd > at && prepositionEndingAt(wordEnd) == marker;
    }

    /**
     * The preposition phrase ending at {@code at}, longest first ("da parte di" before "di"), or null. Read once per
     * offset ({@link #prepositionsEnding}): the marker walks of every candidate and anchor pass the same tokens.
     */
    private Marker prepositionEndingAt(int at) {
        Optional<Marker> known = prepositionsEnding.get(at);
        if (known == null) {
            known = Optional.ofNullable(readPrepositionEndingAt(at));
            prepositionsEnding.put(at, known);
        }
        return known.orElse(null);
    }

    /**
     * The first match of {@link DealLexicon#markers} in the window before {@code at}, as {@code find()} over the window
     * finds it: the places of the window are tried from the left, but not those right after a letter or number, where
     * the pattern's {@code (?<![\p{L}\p{N}])} fails (most of them: find() tried the phrases at each). The bounds are
     * transparent, so the guard reads the character before the window too, unlike {@link WordStarts#findAfterGuard}.
     */
    private Marker readPrepositionEndingAt(int at) {
        int from = Math.max(start, at - MARKER_WINDOW);
        // the window's region first: it fails on a window past the text as find() over it did
        Matcher m = lexicon.markers.matcher(text).region(from, at).useTransparentBounds(true);
        for (int p = from; p <= at; p++) {
            if (p > 0 && WordStarts.isLetterOrNumber(text.charAt(p - 1))) {
                continue;
            }
            if (m.region(p, at).lookingAt()) {
                for (Marker marker : Marker.values()) {
                    if (lexicon.hasMarker(marker) && m.group(marker.name()) != null) {
                        return marker;
                    }
                }
                return null;
            }
        }
        return null;
    }

    private int lastTokenBefore(int offset) {
        int idx = -1;
        for (int i = 0; i < tokens.size() && tokens.get(i).end() <= offset; i++) {
            idx = i;
        }
        return idx;
    }

    /**
     * Whether a demonstrative pronoun with its "of" stands right before the candidate ("quella di X", "that of X"):
     * the candidate owns the deal the pronoun stands for.
     */
    boolean afterDemonstrativeOf(Candidate candidate) {
        return lexicon.demonstrativeOfBefore != null && !candidate.anaphor()
                && lexicon.demonstrativeOfBefore.matcher(text).region(start, candidate.start()).find();
    }

    /** At most this many words between a name after a demonstrative and the amount of its deal ("quello di X da N"). */
    private static final int DEMONSTRATIVE_OWNER_AMOUNT_WORDS = 1;

    /**
     * "tra i round c'è quello di X da 80 milioni, poi quello di Y da 60 milioni": the name right after a demonstrative
     * pronoun and its "of", followed at once (a preposition between at most) by the amount, owns that amount's deal.
     * Null when no such name stands right before the amount.
     */
    Candidate ownerAfterDemonstrative(MoneyMention amount) {
        Candidate last = null;
        for (Candidate c : candidates) {
            if (c.end() <= amount.start()) {
                last = c;
            }
        }
        if (last == null || !afterDemonstrativeOf(last)
                || wordsBetween(last.end(), amount.start()) > DEMONSTRATIVE_OWNER_AMOUNT_WORDS) {
            return null;
        }
        int nameEnd = last.end();
        return tokens.stream().noneMatch(t -> t.start() >= nameEnd && t.end() <= amount.start()
                && t.isClausePunctuation(text)) ? last : null;
    }

    /** Whether a relative pronoun follows the candidate ("da Microsoft, che ha annunciato"). */
    boolean followedByRelative(Candidate candidate) {
        return lexicon.relativeAfterName.matcher(text).region(candidate.end(), end).lookingAt();
    }

    /**
     * Where the relative pronoun that follows the candidate's apposition set off by commas ends ("X, a listed firm,
     * which"), -1 when there is no such apposition and pronoun.
     */
    int relativeAfterApposition(Candidate candidate) {
        int close = appositionEnd(candidate.end());
        if (close < 0 || text.charAt(close - 1) != ',') {
            return -1;
        }
        Matcher relative = lexicon.relativeAfter.matcher(text).region(close, end);
        return relative.lookingAt() ? relative.end() : -1;
    }

    /**
     * "Wiz, a listed firm that Google bought for N", "Infinera, una firma que Nokia adquirió": the name before a comma
     * and a short description (a company noun within {@value #DESCRIBED_RELATIVE_WORDS} words, no comma) ending in a
     * relative pronoun right before {@code relativeSubject}, the subject of the relative clause; that name is the
     * clause's object. Null when the text between the two names reads otherwise.
     */
    Candidate antecedentOfDescription(Candidate relativeSubject) {
        Candidate before = null;
        for (Candidate c : candidates) {
            if (c.end() > relativeSubject.start()) {
                break;
            }
            if (!c.anaphor()) {
                before = c;
            }
        }
        if (before == null || before.anaphor()) {
            return null;
        }
        int comma = before.end();
        while (comma < relativeSubject.start() && text.charAt(comma) == ' ') {
            comma++;
        }
        if (comma >= relativeSubject.start() || text.charAt(comma) != ',') {
            return null;
        }
        for (Token t : tokens) {
            if (t.start() <= comma || t.start() >= relativeSubject.start() || !t.word()) {
                continue;
            }
            Matcher relative = lexicon.relativeAfter.matcher(text).region(t.start(), relativeSubject.start());
            if (relative.lookingAt() && text.substring(relative.end(), relativeSubject.start()).isBlank()) {
                return describesWithCompanyNoun(comma + 1, t.start()) ? before : null;
            }
        }
        return null;
    }

    /**
     * Whether [{@code from}, {@code to}) holds a few words with a company noun and no comma ("a listed firm"), perhaps
     * followed by a first relative clause and a conjunction ("a firm that is listed and"), at most
     * {@value #COORDINATED_RELATIVE_WORDS} words in all.
     */
    private boolean describesWithCompanyNoun(int from, int to) {
        for (Token t : tokens) {
            if (t.start() > from && t.end() < to && t.word()
                    && lexicon.relativeAfter.matcher(text).region(t.start(), to).lookingAt()) {
                return wordsBetween(from, to) <= COORDINATED_RELATIVE_WORDS && endsWithConjunction(t.end(), to)
                        && describesBeforeRelative(from, t.start());
            }
        }
        return describesBeforeRelative(from, to);
    }

    /** Whether the last word of [{@code from}, {@code to}) is a conjunction ("que cotiza en bolsa y"). */
    private boolean endsWithConjunction(int from, int to) {
        String gap = text.substring(from, to).strip();
        int space = gap.lastIndexOf(' ');
        return space >= 0 && lexicon.conjunction.matcher(gap.substring(space)).matches()
                && !gap.substring(space).isBlank();
    }

    /** Whether [{@code from}, {@code to}) holds a few words with a company noun and no comma ("a listed firm"). */
    private boolean describesBeforeRelative(int from, int to) {
        int words = wordsBetween(from, to);
        return words >= 1 && words <= DESCRIBED_RELATIVE_WORDS && text.substring(from, to).indexOf(',') < 0
                && lexicon.companyNoun.matcher(text).region(from, to).find()
                && money.stream().noneMatch(m -> m.start() < to && m.end() > from);
    }

    /** Whether a lead-or-join verb follows the candidate ("Thrive Capital led OpenAI's round"). */
    boolean followedByJoinVerb(Candidate candidate) {
        if (lexicon.joinVerb.matcher(text).region(candidate.end(), end).lookingAt()) {
            return true;
        }
        // "Zentrix Capital, the venture arm of a chip maker, will lead": past an apposition set off by commas
        int close = appositionEnd(candidate.end());
        return close >= 0 && lexicon.joinVerb.matcher(text).region(close, end).lookingAt();
    }

    /** At most this many words in an apposition after a name ("X, the venture arm of a chip maker, will lead"). */
    private static final int APPOSITION_WORDS = 10;

    /**
     * Where an apposition right after {@code from} ends: after its closing sign, when {@code from} is followed by
     * a comma, a few words with no amount and no other comma, and a comma; or by the same aside between brackets or
     * between two dashes standing alone ("X - the fund arm of Y - will lead", "X (a unit of Y) will lead"). -1 when
     * there is none.
     */
    /**
     * Where the text goes on after an apposition set off by commas, brackets or dashes that opens at {@code from}
     * and closes before {@code limit} ("Wayve, the mapping start-up, by ..."): {@code from} when there is none.
     */
    int afterApposition(int from, int limit) {
        int close = appositionEnd(from);
        return close > from && close <= limit ? close : from;
    }

    private int appositionEnd(int from) {
        int open = from;
        while (open < end && text.charAt(open) == ' ') {
            open++;
        }
        if (open >= end) {
            return -1;
        }
        char opening = text.charAt(open);
        char closing = opening == '(' ? ')' : opening;
        boolean dash = opening == '-' || opening == '\u2013' || opening == '\u2014';
        if (opening != ',' && opening != '(' && !(dash && open > from && open + 1 < end && text.charAt(open + 1) == ' ')) {
            return -1;
        }
        int close = dash ? text.indexOf(" " + closing + " ", open + 1) + 1 : text.indexOf(closing, open + 1);
        if (close <= 0 || text.substring(open + 1, close).indexOf(',') >= 0 && opening != ',') {
            return -1;
        }
        if (close >= end || wordCount(text.substring(open + 1, close)) > APPOSITION_WORDS) {
            return -1;
        }
        int inner = open + 1;
        if (money.stream().anyMatch(m -> m.start() >= inner && m.start() < close)) {
            return -1;
        }
        return close + 1;
    }

    /**
     * The company whose investor the clause calls {@code payer}: "Anthropic's largest backer", "il principale
     * azionista di Anthropic", "der größte Investor von OpenAI".
     */
    Candidate investeeOfInvestorNoun(Candidate payer) {
        for (Candidate c : candidates) {
            if (c.anaphor() || c == payer || sameEntity(c, payer)) {
                continue;
            }
            String after = text.substring(c.end(), Math.min(end, c.end() + 30));
            String before = text.substring(Math.max(start, c.start() - INVESTOR_NOUN_CHARS), c.start());
            Matcher nounAfter = lexicon.investorNoun.matcher(after);
            Matcher nounBefore = lexicon.investorNoun.matcher(before);
            boolean possessive = c.possessive() && nounAfter.find()
                    && wordCount(after.substring(0, nounAfter.start())) <= 3;
            boolean genitive = false;
            while (nounBefore.find()) {
                String between = before.substring(nounBefore.end());
                genitive = wordCount(between) <= 2 && marker(c, null) == Marker.OF || describedCompany(between);
            }
            if (possessive || genitive) {
                return c;
            }
        }
        return null;
    }

    /**
     * Whether {@code between}, the words from an investor noun to a name, describe the company named ("azionista della
     * startup francese di intelligenza artificiale X", "shareholder of the French start-up X"): a description of the
     * anaphors within the first {@value #DESCRIPTION_OPENING_WORDS} words, no punctuation, at most
     * {@value #DESCRIPTION_WORDS} words.
     */
    private boolean describedCompany(String between) {
        if (wordCount(between) > DESCRIPTION_WORDS || PUNCTUATION.matcher(between).find()) {
            return false;
        }
        Matcher description = lexicon.anaphor.matcher(between);
        return description.find() && wordCount(between.substring(0, description.start())) <= DESCRIPTION_OPENING_WORDS;
    }

    private static int wordCount(String s) {
        String trimmed = s.trim();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    /**
     * "Nvidia spent $900m to hire Enfabrica's chief", German "..., um Enfabrica-CEO X einzustellen", "Um die Forscher
     * von X zu gewinnen, nimmt der Konzern 5 Milliarden in die Hand": the first name inside a purpose clause
     * of the language's {@code purposeClauses}, other than {@code other}; a name in a compound counts ("Enfabrica-CEO").
     * Null when the language has none or no name stands inside one.
     */
    Candidate purposeObject(Candidate other) {
        if (lexicon.purposeClause == null) {
            return null;
        }
        Matcher m = lexicon.purposeClause.matcher(text).region(start, end);
        while (m.find()) {
            for (Candidate c : candidates) {
                if (!c.anaphor() && c.start() >= m.start() && c.end() <= m.end() && !sameEntity(c, other)
                        && (!c.modifier() || purposeCompound(c))) {
                    return c;
                }
            }
        }
        return null;
    }

    /** Whether a compound the name opens names the company's people or assets ("Enfabrica-CEO"). */
    private boolean purposeCompound(Candidate candidate) {
        return lexicon.purposeCompound != null && candidate.end() < end && text.charAt(candidate.end()) == '-'
                && lexicon.purposeCompound.matcher(text).region(candidate.end() + 1, end).lookingAt();
    }

    /** Where the words after the last clause punctuation before {@code offset} start; the clause start if none. */
    int afterLastPunctuation(int offset) {
        int from = start;
        for (Token t : tokens) {
            // the full stop of "40 Mrd." belongs to the amount
            if (t.end() <= offset && t.isClausePunctuation(text)
                    && money.stream().noneMatch(m -> t.overlaps(m.start(), m.end()))) {
                from = t.end();
            }
        }
        return from;
    }

    /**
     * "erhöht: 700 Mio. für den Kauf von A, 5 Mrd. für ein Projekt mit B und 700 Mio. für das Start-up C", "put
     * $2bn into A, $9bn into B and $400m into C", "an award of $4.7bn to A and up to $1.6bn for B": in a list whose
     * amounts each open their item with "in", or each with "for" or "to", the first name after {@code amount} and
     * before the next amount is the amount's own party. Null when the amount follows no earlier amount opened the
     * same way, no comma or conjunction stands right before it, or no name follows in its item.
     */
    Candidate ownPartyAfterListedAmount(MoneyMention previous, MoneyMention amount) {
        Marker afterPrevious = prepositionRightAfter(previous);
        if (afterPrevious == null) {
            afterPrevious = prepositionAfterSharedVerb(previous);
        }
        Marker afterAmount = prepositionRightAfter(amount);
        if (afterPrevious == null || afterAmount == null
                || (afterPrevious == Marker.IN) != (afterAmount == Marker.IN)) {
            return null;
        }
        int forAfterAmount = wordEndAfter(amount);
        int idx = lastTokenBefore(amount.start());
        // a qualifier of one or two words may stand between the separator and the amount ("und fast 700 Mio.",
        // "and up to $1.6bn")
        for (int skipped = 0; skipped < 2 && idx >= 0 && isQualifierWord(tokens.get(idx)); skipped++) {
            idx--;
        }
        if (idx < 0 || !(text.charAt(tokens.get(idx).start()) == ',' || lexicon.conjunction.matcher(
                text.substring(tokens.get(idx).start(), tokens.get(idx).end())).matches())) {
            return null;
        }
        int itemEnd = money.stream().filter(m -> m.start() >= amount.end()).mapToInt(MoneyMention::start).min()
                .orElse(end);
        for (Candidate c : candidates) {
            if (c.start() >= forAfterAmount && c.end() <= itemEnd && !c.anaphor() && !isOwner(c)) {
                return c;
            }
        }
        return null;
    }

    /**
     * Whether a party's preposition ("to", "for", "in", "of", "from") ends one of the three words before the name at
     * {@code offset}, with no punctuation between the amount and the name: "une aide de 2 milliards à la start-up X",
     * "for the new plant of X" name the one paid; "pour le secteur, selon X" names a source.
     */
    boolean recipientPrepositionBefore(MoneyMention amount, int offset) {
        return recipientPrepositionBefore(amount.end(), offset);
    }

    /** As {@link #recipientPrepositionBefore(MoneyMention, int)}, from {@code from} (the end of the amount's words). */
    boolean recipientPrepositionBefore(int from, int offset) {
        if (tokens.stream().anyMatch(t -> t.start() >= from && t.end() <= offset
                && t.isClausePunctuation(text))) {
            return false;
        }
        int idx = lastTokenBefore(offset);
        for (int words = 0; words < 3 && idx >= 0 && tokens.get(idx).word(); words++, idx--) {
            Marker marker = prepositionEndingAt(tokens.get(idx).end());
            if (marker == Marker.TO || marker == Marker.FOR || marker == Marker.IN || marker == Marker.OF
                    || marker == Marker.FROM) {
                return true;
            }
        }
        return false;
    }

    /** A word that is no conjunction, no name and no deal word ("fast", "up", "to"). */
    private boolean isQualifierWord(Token t) {
        return t.word() && !lexicon.conjunction.matcher(text.substring(t.start(), t.end())).matches()
                && candidates.stream().noneMatch(c -> c.start() < t.end() && t.start() < c.end())
                && cues.stream().noneMatch(c -> c.start() < t.end() && t.start() < c.end());
    }

    /**
     * "600 Mio. gingen an A, 400 Mio. an B", "$600m went to A and $400m to B": the verb right after the first amount is
     * left out of the later items; the meaning of "for", "in" or "to" within {@value #SHARED_VERB_TO_PREPOSITION_WORDS}
     * words after that verb, else null.
     */
    private Marker prepositionAfterSharedVerb(MoneyMention amount) {
        int idx = lastTokenBefore(amount.end()) + 1;
        if (idx <= 0 || idx >= tokens.size()) {
            return null;
        }
        Token verb = tokens.get(idx);
        boolean isVerb = cues.stream().anyMatch(c -> (c.kind() == CueKind.PAY_VERB || c.kind() == CueKind.RAISE_VERB)
                && c.start() < verb.end() && verb.start() < c.end());
        if (!verb.word() || !isVerb) {
            return null;
        }
        for (int i = idx + 1; i < tokens.size() && i <= idx + SHARED_VERB_TO_PREPOSITION_WORDS
                && tokens.get(i).word(); i++) {
            Marker marker = prepositionEndingAt(tokens.get(i).end());
            if (marker == Marker.FOR || marker == Marker.IN || marker == Marker.TO) {
                return marker;
            }
        }
        return null;
    }

    /** Whether the word right after the amount is the language's "for" or "to" ("$1.6bn for X"). */
    boolean forOrToRightAfter(MoneyMention amount) {
        Marker marker = prepositionRightAfter(amount);
        return marker == Marker.FOR || marker == Marker.TO;
    }

    /**
     * The meaning of the word right after the amount when it is the language's "for", "in" or "to" ("700 Mio. für
     * ...", "80 milliards dans ..."); else null.
     */
    private Marker prepositionRightAfter(MoneyMention amount) {
        int end = wordEndAfter(amount);
        if (end < 0) {
            return null;
        }
        Marker marker = prepositionEndingAt(end);
        return marker == Marker.FOR || marker == Marker.IN || marker == Marker.TO ? marker : null;
    }

    /** Where the word right after the amount ends; -1 when punctuation or nothing follows it. */
    private int wordEndAfter(MoneyMention amount) {
        for (Token t : tokens) {
            if (t.start() >= amount.end()) {
                return t.word() && wordsBetween(amount.end(), t.end()) == 1 ? t.end() : -1;
            }
        }
        return -1;
    }

    /**
     * "den Kauf von Nvidia-Chips": a name that only qualifies goods in a compound is no party; the goods may be
     * bought from anyone. The goods must close the compound: "den Arm-Server-Entwickler X" names a developer.
     */
    boolean namesGoods(EntityMention mention) {
        if (lexicon.goods == null || mention.end() >= end || text.charAt(mention.end()) != '-') {
            return false;
        }
        Matcher m = lexicon.goodsEndingWord.matcher(text).region(mention.start(), end);
        return m.lookingAt() && m.end() > mention.end() + 1;
    }

    /**
     * "den Kauf von Chips und Servern": a purchase noun with goods at most two words after it. The contract
     * then buys goods, and the seller of compute rule does not turn it round.
     */
    boolean buysGoods() {
        if (lexicon.goods == null) {
            return false;
        }
        for (Cue cue : cues) {
            if (cue.kind() != CueKind.ACQ_NOUN || cue.start() < start || cue.end() > end) {
                continue;
            }
            Matcher m = lexicon.goods.matcher(text).region(cue.end(), end);
            if (m.find() && wordsBetween(cue.end(), m.start()) <= 2) {
                return true;
            }
        }
        return false;
    }

    /** Whether the clause names goods ({@code goods}) with one word, "von", between them and {@code sellerId}. */
    boolean goodsBoughtFrom(String sellerId) {
        if (lexicon.goods == null) {
            return false;
        }
        for (Candidate c : candidates) {
            if (c.anaphor() || !c.entityId().equals(sellerId)) {
                continue;
            }
            Matcher m = lexicon.goods.matcher(text).region(Math.max(start, c.start() - MARKER_WINDOW), c.start());
            while (m.find()) {
                if (wordsBetween(m.end(), c.start()) == 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Goods words ({@code goods}) within a few words between the amount and the seller named after it. */
    boolean goodsBetween(MoneyMention amount, Candidate seller) {
        return lexicon.goods != null && amount.end() <= seller.start() && wordsBetween(amount.end(), seller.start()) <= 4
                && lexicon.goods.matcher(text).region(amount.end(), seller.start()).find();
    }

    /**
     * "X sichert sich die Bildtechnologie des Start-ups Y für N": goods within {@value #GOODS_BEFORE_SELLER_WORDS}
     * words between the raise verb and the name that owns them, the amount after that name: bought from it.
     */
    boolean goodsBeforeSeller(Cue anchor, Candidate seller, MoneyMention amount) {
        return lexicon.goods != null && anchor.end() <= seller.start() && seller.end() <= amount.start()
                && wordsBetween(anchor.end(), seller.start()) <= GOODS_BEFORE_SELLER_WORDS
                && lexicon.goods.matcher(text).region(anchor.end(), seller.start()).find();
    }

    /** Whether the word right before {@code candidate} is one of the language's articles that may open a subject. */
    boolean nominativeArticleBefore(Candidate candidate) {
        int idx = lastTokenBefore(candidate.start());
        if (idx < 0 || !tokens.get(idx).word()) {
            return false;
        }
        String word = text.substring(tokens.get(idx).start(), tokens.get(idx).end());
        return NOMINATIVE_ARTICLES.contains(word);
    }

    /**
     * "Zwei Milliarden Euro gibt der Staatsfonds X": a nominative article right after the cue opens the
     * subject of an inverted clause whose object, the amount, stands before the verb.
     */
    boolean nominativeArticleRightAfter(Cue anchor) {
        for (Token t : tokens) {
            if (t.start() >= anchor.end()) {
                return t.word() && NOMINATIVE_ARTICLES.contains(text.substring(t.start(), t.end()));
            }
        }
        return false;
    }

    /**
     * "Für N kauft der amerikanische Software- und Cloudkonzern X ...", "... übernimmt der große deutsche Chipkonzern X":
     * whether only a description stands between the cue and the candidate, opened by a nominative article right after
     * the cue and closed by a company noun right before the name ("Cloudkonzern"): words (adjectives, "und" of truncated
     * compounds, a hyphen glued to the word before it), at most {@link #MARKER_LOOKBACK} of them. In a verb-second
     * clause with its verb first, that is the subject after the verb however long its description.
     */
    boolean describedRightAfter(Candidate candidate, Cue anchor) {
        int idx = lastTokenBefore(candidate.start());
        if (idx < 0 || !tokens.get(idx).word() || !endsWithCompanyNoun(tokens.get(idx))
                || !nominativeArticleRightAfter(anchor)) {
            return false;
        }
        int words = 0;
        while (idx >= 0 && tokens.get(idx).start() >= anchor.end()) {
            Token t = tokens.get(idx);
            if (t.word()) {
                words++;
            } else if (!truncationHyphen(idx)) {
                return false;
            }
            if (words > MARKER_LOOKBACK) {
                return false;
            }
            idx--;
        }
        return words >= 2;
    }

    /**
     * Where the article that opens an extended attribute before {@code candidate} stands ("in die auf Chips für
     * Rechenzentren spezialisierte Firma X", "in die mit Robotern arbeitende Firma X"): the index of an article right
     * followed by one of the lexicon's {@code attributePrepositions}, with only words (no name, no amount, no
     * punctuation but the hyphen of a truncated compound) from it to the candidate, at most {@link
     * #ATTRIBUTE_WORDS}; -1 when there is none.
     */
    private int extendedAttributeStart(Candidate candidate) {
        if (lexicon.attributePreposition == null || candidate.anaphor()) {
            // a description is read by its own shape ("der von X gegründete Konzern")
            return -1;
        }
        int idx = lastTokenBefore(candidate.start());
        int words = 0;
        while (idx > 0 && words < ATTRIBUTE_WORDS) {
            Token t = tokens.get(idx);
            if (!t.word() && !truncationHyphen(idx)
                    || candidates.stream().anyMatch(c -> c != candidate && !c.anaphor() && t.overlaps(c.start(), c.end()))
                    || money.stream().anyMatch(m -> t.overlaps(m.start(), m.end()))
                    || cues.stream().anyMatch(c -> t.overlaps(c.start(), c.end()))) {
                return -1;
            }
            Token next = tokens.get(idx + 1);
            if (words >= 2 && lexicon.article.matcher(text).region(t.start(), t.end()).matches() && next.word()
                    && lexicon.attributePreposition.matcher(text).region(next.start(), next.end()).matches()) {
                return idx;
            }
            words += t.word() ? 1 : 0;
            idx--;
        }
        return -1;
    }

    /**
     * Whether an extended attribute opens right after {@code anchor} and describes {@code candidate}: "erhielt der in
     * München ansässige Anbieter X", "sammelte die auf Software spezialisierte Firma X ... ein".
     */
    boolean attributeRightAfter(Cue anchor, Candidate candidate) {
        int attribute = extendedAttributeStart(candidate);
        return attribute > 0 && tokens.get(attribute - 1).overlaps(anchor.start(), anchor.end());
    }

    /** Whether the token at {@code idx} is a hyphen glued to the word before it ("Software-" of "Software- und"). */
    private boolean truncationHyphen(int idx) {
        Token t = tokens.get(idx);
        return !t.word() && t.end() - t.start() == 1 && text.charAt(t.start()) == '-' && idx > 0
                && tokens.get(idx - 1).word() && tokens.get(idx - 1).end() == t.start();
    }

    /** Whether the word ends with a company noun of the anaphors, alone or closing a compound ("Cloudkonzern"). */
    private boolean endsWithCompanyNoun(Token word) {
        if (lexicon.companyNoun == null) {
            return false;
        }
        Matcher m = lexicon.companyNoun.matcher(text);
        for (int from = word.start(); from < word.end(); from++) {
            if (m.region(from, word.end()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A name written right before the cue as its modifier ("a $40bn OpenAI round"). */
    Candidate adjunctBefore(Cue anchor) {
        for (Candidate c : candidates) {
            if (!c.anaphor() && c.end() <= anchor.start() && text.substring(c.end(), anchor.start()).isBlank()) {
                return c;
            }
        }
        return null;
    }

    /** Number of words in [{@code from}, {@code to}). */
    int wordsBetween(int from, int to) {
        int words = 0;
        for (Token t : tokens) {
            if (t.start() >= from && t.end() <= to && t.word()) {
                words++;
            }
        }
        return words;
    }

    /** Number of words from {@code from} to {@code to} that are not part of an amount ("The new $450 million"). */
    private int wordsOutsideAmounts(int from, int to) {
        int words = 0;
        for (Token t : tokens) {
            if (t.start() >= from && t.end() <= to && t.word()
                    && money.stream().noneMatch(m -> t.overlaps(m.start(), m.end()))) {
                words++;
            }
        }
        return words;
    }

    /** Number of words strictly between the cue and the amount. */
    int distance(Cue cue, MoneyMention amount) {
        int from = cue.end() <= amount.start() ? cue.end() : amount.end();
        int to = cue.end() <= amount.start() ? amount.start() : cue.start();
        int words = 0;
        for (Token t : tokens) {
            if (t.start() >= from && t.end() <= to && t.word()) {
                words++;
            }
        }
        return words;
    }

    /**
     * The candidate of the kind wanted: the first after the cue whose preposition is in {@code markers},
     * linked entities before anaphors.
     */
    /** "pledged $4 billion to it": a pronoun after a preposition is the object of the deal word, not its subject. */
    boolean objectPronoun(Candidate candidate, Cue anchor) {
        return candidate.subjectPronoun() && candidate.end() > candidate.start() && candidate.start() > anchor.end()
                && PREPOSITION_MARKERS.contains(marker(candidate, anchor));
    }

    Candidate firstAfter(Cue anchor, Set<Marker> markers, Candidate excluded) {
        return first(anchor, markers, excluded, anchor.end(), end);
    }

    Candidate firstBetween(Cue anchor, Set<Marker> markers, Candidate excluded, int from, int to) {
        return first(anchor, markers, excluded, from, to);
    }

    private Candidate first(Cue anchor, Set<Marker> markers, Candidate excluded, int from, int to) {
        Candidate pseudo = null;
        for (Candidate c : candidates) {
            if (c.start() < from || c.end() > to || c == excluded || sameEntity(c, excluded) || isOwner(c)
                    || (c.subjectPronoun() && !objectPronoun(c, anchor))) {
                continue;
            }
            Marker marker = marker(c, anchor);
            boolean agent = marker == Marker.BY || marker == Marker.FROM;
            if (markers.contains(marker) && !(agent && agentOfDescribingParticiple(c))) {
                if (!c.anaphor()) {
                    return c;
                }
                if (pseudo == null) {
                    pseudo = c;
                }
            }
        }
        return pseudo;
    }

    /**
     * Whether a participle of no deal and its "by" stand right before the candidate ("the infrastructure used by the
     * government"): the candidate is that participle's agent, no payer.
     */
    private boolean agentOfDescribingParticiple(Candidate c) {
        if (lexicon.describingAgent == null) {
            return false;
        }
        // transparent: a participle may be told after a longer aside ("fundada en 2015 por dos ingenieros y dirigida
        // por X"), which the entry reads behind the window
        return lexicon.describingAgent.matcher(text).useTransparentBounds(true)
                .region(Math.max(start, c.start() - DESCRIBING_AGENT_CHARS), c.start()).find();
    }

    /** Several distinct names after the cue in one coordination or after "including"/"tra cui". */
    boolean listAfter(Cue anchor) {
        long listed = candidates.stream()
                .filter(c -> c.start() >= anchor.end() && !c.anaphor())
                .filter(c -> isCoordinated(c) || marker(c, anchor) == Marker.LIST)
                .map(Candidate::entityId).distinct().count();
        return listed >= 2;
    }

    /**
     * "l'impegno di X a comprare N", "la decisión de X de invertir N en Y", "the pledge by X to invest N": the name
     * right after a noun of intention (lexicon key {@code intentions}) and at most {@value #INTENTION_TO_OWNER_WORDS}
     * words ("of", "by", "da parte di"), at most {@value #INTENTION_OWNER_TO_VERB_WORDS} word before a deal verb, is
     * the subject the verb leaves out; null otherwise, for a deal noun, and where the language has no such nouns.
     */
    private Candidate intentionOwner(Cue anchor) {
        if (lexicon.intention == null || !VERB_CUES.contains(anchor.kind())) {
            return null;
        }
        Candidate owner = null;
        for (Candidate c : candidates) {
            if (c.end() > anchor.start()) {
                break;
            }
            owner = c;
        }
        if (owner == null || owner.anaphor() || owner.modifier()
                || !INTENTION_OWNER_MARKERS.contains(marker(owner, anchor))
                || wordsBetween(owner.end(), anchor.start()) > INTENTION_OWNER_TO_VERB_WORDS) {
            return null;
        }
        int from = Math.max(start, owner.start() - INTENTION_BEFORE_OWNER_CHARS);
        Matcher noun = lexicon.intention.matcher(text).region(from, owner.start());
        int nounEnd = -1;
        while (noun.find()) {
            nounEnd = noun.end();
        }
        return nounEnd >= 0 && wordsBetween(nounEnd, owner.start()) <= INTENTION_TO_OWNER_WORDS ? owner : null;
    }

    /**
     * The subject: the nearest name before the cue that a relative pronoun follows ("da Microsoft, che ha
     * annunciato", "ASML, qui investit"), else the first name before the cue with no preposition.
     */
    Candidate subject(Cue anchor) {
        Candidate intending = intentionOwner(anchor);
        if (intending != null) {
            return intending;
        }
        Candidate mainSubject = leftOutAfterConjunction(anchor);
        if (mainSubject != null) {
            return mainSubject;
        }
        int from = afterSubordinateOpening(afterHeading(startOfOwnDeal(anchor), anchor), anchor);
        Candidate antecedent = antecedentRightBefore(anchor, from);
        if (antecedent != null) {
            return antecedent;
        }
        Candidate relative = null;
        for (Candidate c : candidates) {
            if (c.start() < from || isOwner(c)) {
                continue;
            }
            if (c.end() <= anchor.start() && !c.anaphor() && !c.modifier() && followedByRelative(c)
                    && !relativeClosedBefore(c, anchor)
                    && EnumSet.of(Marker.NONE, Marker.BY, Marker.FROM, Marker.OF, Marker.LIST).contains(marker(c, anchor))) {
                relative = c;
            }
        }
        if (relative != null) {
            return relative;
        }
        Candidate pseudo = null;
        for (Candidate c : candidates) {
            if (c.end() > anchor.start()) {
                break;
            }
            if (c.modifier() || c.start() < from || isOwner(c)
                    || ASIDE_SKIPPING_CUES.contains(anchor.kind()) && insideRelativeAside(c, anchor.start())) {
                continue;
            }
            Marker marker = marker(c, anchor);
            boolean eligible = marker == Marker.NONE
                    || (EnumSet.of(Marker.BY, Marker.FROM, Marker.OF).contains(marker) && followedByRelative(c));
            if (eligible) {
                if (!c.anaphor() || (lexicon.verbSecond && pseudo == null && opensClauseWithArticle(c))) {
                    // "Der Konzern will ... Run:ai übernehmen": a description opening a verb-second clause is its subject
                    Candidate reported = c.anaphor() ? null : describedSubjectOfReportedClause(c, anchor);
                    if (reported == null && !c.anaphor()) {
                        reported = namedSubjectOfReportedClause(c, anchor);
                    }
                    return reported != null ? reported : c;
                }
                if (pseudo == null) {
                    pseudo = c;
                }
            }
        }
        return pseudo;
    }

    /**
     * "Nvidia, an early backer of Zentrix, said the startup had raised N": a description after a word that opens a
     * reported clause ({@link DealLexicon#complementizer}), with no name between it and the deal word, is the subject
     * of the deal word, not the name {@code named} that reports it; null when there is none.
     */
    private Candidate describedSubjectOfReportedClause(Candidate named, Cue anchor) {
        if (lexicon.complementizer == null) {
            return null;
        }
        for (Candidate a : candidates) {
            if (a.start() <= named.end() || a.end() > anchor.start() || !a.anaphor() || a.subjectPronoun()
                    || a.end() == a.start() || marker(a, anchor) != Marker.NONE) {
                continue;
            }
            boolean reported = lexicon.complementizer.matcher(text).region(named.end(), a.start()).find();
            boolean namedBetween = candidates.stream()
                    .anyMatch(o -> !o.anaphor() && o.start() >= a.end() && o.end() <= anchor.start());
            if (reported && !namedBetween) {
                return a;
            }
        }
        return null;
    }

    /**
     * "Siemens said on Monday that KKR would buy Celonis": the first name after a verb of saying ({@link
     * DealLexicon#reportingVerb}) that reports the clause of the deal word, with no preposition before the deal word,
     * is the subject of that word, not {@code named} that reports it; null when there is none.
     */
    private Candidate namedSubjectOfReportedClause(Candidate named, Cue anchor) {
        if (lexicon.reportingVerb == null) {
            return null;
        }
        for (Candidate a : candidates) {
            if (a.start() <= named.end() || a.end() > anchor.start() || a.anaphor() || a.modifier()
                    || marker(a, anchor) != Marker.NONE) {
                continue;
            }
            if (lexicon.reportingVerb.matcher(text).region(named.end(), a.start()).find()) {
                return a;
            }
        }
        return null;
    }

    /**
     * "Microsoft and Nebius: Microsoft agreed a $17bn contract with Nebius", "Meta y CoreWeave: Meta firmó...": the
     * names before a colon, two or more joined by conjunctions, head the line, and the subject is named after it;
     * "Another start-up completes the podium and it welcomes Y: X raised N": a name that opens the clause after a
     * colon, before the deal word with no preposition, is its subject, whatever the words before the colon name or
     * stand for. {@code from} moved past that colon in either case, else {@code from}.
     */
    private int afterHeading(int from, Cue anchor) {
        int colon = text.lastIndexOf(':', anchor.start() - 1);
        if (colon < from || colon + 1 >= text.length() || !Character.isWhitespace(text.charAt(colon + 1))) {
            return from;
        }
        boolean named = candidates.stream()
                .anyMatch(c -> c.start() > colon && c.end() <= anchor.start() && !c.anaphor());
        if (named && onlyJoinedNames(from, colon)) {
            return colon + 1;
        }
        Candidate opening = candidates.stream().filter(c -> c.start() > colon).findFirst().orElse(null);
        boolean opensClause = opening != null && !opening.anaphor() && !opening.modifier()
                && opening.end() <= anchor.start() && text.substring(colon + 1, opening.start()).isBlank()
                && text.substring(opening.end(), anchor.start()).indexOf(',') < 0
                && marker(opening, anchor) == Marker.NONE;
        return opensClause ? colon + 1 : from;
    }

    /**
     * "Alors que Google et IBM se disputent le marché, la start-up X lève N": a clause opened by a subordinating
     * conjunction ({@link DealLexicon#subordinateOpening}) ends at the first comma right after which, before the deal
     * word and any other comma, comes a name or the article of its description; {@code from} moved past that comma,
     * else {@code from}.
     */
    private int afterSubordinateOpening(int from, Cue anchor) {
        if (lexicon.subordinateOpening == null
                || !lexicon.subordinateOpening.matcher(text).region(from, anchor.start()).lookingAt()) {
            return from;
        }
        for (int comma = text.indexOf(',', from); comma >= 0 && comma < anchor.start();
                comma = text.indexOf(',', comma + 1)) {
            int after = comma;
            Candidate next = candidates.stream().filter(c -> c.start() > after).findFirst().orElse(null);
            int nextComma = text.indexOf(',', after + 1);
            if (next != null && next.end() <= anchor.start() && (nextComma < 0 || nextComma >= next.start())
                    && marker(next, anchor) == Marker.NONE && opensWithArticleOrName(after + 1, next.start())) {
                // "Alors que la course bat son plein, chez les géants Google et IBM, la start-up X lève": the comma
                // after which the next name, or the article of its description, comes first
                return comma + 1;
            }
        }
        return from;
    }

    /**
     * Whether {@code text[from, to)} is blank or opens with an article ("la start-up française ") or a possessive
     * ("its successor ").
     */
    private boolean opensWithArticleOrName(int from, int to) {
        String gap = text.substring(from, to).strip();
        if (gap.isEmpty() || lexicon.article.matcher(gap).lookingAt()) {
            return true;
        }
        int space = gap.indexOf(' ');
        return space > 0 && lexicon.possessivePronoun != null
                && lexicon.possessivePronoun.matcher(gap.substring(0, space)).find();
    }

    /** Whether {@code text[from, to)} holds two or more names joined by conjunctions and nothing else but a dash. */
    private boolean onlyJoinedNames(int from, int to) {
        List<Candidate> named = candidates.stream().filter(c -> c.start() >= from && c.end() <= to).toList();
        if (named.size() < 2 || !text.substring(from, named.get(0).start()).matches("[\\s\\p{Pd}•*]*")
                || !text.substring(named.get(named.size() - 1).end(), to).isBlank()) {
            return false;
        }
        for (int i = 1; i < named.size(); i++) {
            if (!lexicon.conjunction.matcher(text.substring(named.get(i - 1).end(), named.get(i).start())).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code c} stands in an aside opened by a comma and a relative pronoun and closed by a comma before
     * {@code before}: "The Norwegian firm, which counts X as a backer, raised $100m" (X is not the one raising).
     */
    /**
     * "SAP wird Y, das auf X spezialisiert ist, für 320 Mio. kaufen": in a verb-second language a relative clause
     * after the name ends with its own verb and a comma; a deal word after that comma is not the relative clause's.
     */
    private boolean relativeClosedBefore(Candidate c, Cue anchor) {
        if (!lexicon.verbSecond) {
            return false;
        }
        Matcher relative = lexicon.relativeAfterName.matcher(text).region(c.end(), end);
        if (!relative.lookingAt()) {
            return false;
        }
        int close = text.indexOf(',', relative.end());
        return close >= 0 && close < anchor.start();
    }

    private boolean insideRelativeAside(Candidate c, int before) {
        int close = text.lastIndexOf(',', before - 1);
        if (close < c.end()) {
            return false;
        }
        // the aside may list names ("which counts A, B and C among its backers,"): any comma before the name opens it
        for (int open = text.lastIndexOf(',', c.start() - 1); open >= start; open = text.lastIndexOf(',', open - 1)) {
            if (lexicon.relativeAfter.matcher(text).region(open, end).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "La start-up rivalise avec OpenAI, qui a levé 10 milliards": a name followed by a relative pronoun and at most
     * {@value #RELATIVE_VERB_WORDS} words before a deal verb is that verb's subject, whatever preposition stands
     * before the name. Null when the anchor is no verb or no such name is the last one before it.
     */
    private Candidate antecedentRightBefore(Cue anchor, int from) {
        if (!VERB_CUES.contains(anchor.kind())) {
            return null;
        }
        Candidate last = null;
        for (Candidate c : candidates) {
            if (c.end() > anchor.start()) {
                break;
            }
            if (c.start() >= from && !c.modifier() && !isOwner(c)) {
                last = c;
            }
        }
        if (last == null) {
            return null;
        }
        if (last.anaphor() || !followedByRelative(last)) {
            return antecedentBeforeApposition(anchor, from);
        }
        Matcher relative = lexicon.relativeAfterName.matcher(text).region(last.end(), end);
        if (!relative.lookingAt() || wordsBetween(relative.end(), anchor.start()) > RELATIVE_VERB_WORDS) {
            return null;
        }
        // "X, the Paris rival of OpenAI, which is raising": a name after "of" or "from" that ends an apposition of an
        // earlier name is a complement inside it; the relative pronoun refers to the name the apposition describes
        // "..., superando quella di Y, che fu acquisita": after a demonstrative pronoun the name is the antecedent
        Marker complement = marker(last, anchor);
        Candidate head = (complement == Marker.OF || complement == Marker.FROM) && !afterDemonstrativeOf(last)
                ? antecedentBeforeApposition(anchor, from) : null;
        return head != null && head.end() < last.start() ? head : last;
    }

    /**
     * "X, the start-up run by Y, which plans to raise $2bn", "X, la empresa controlada por Y, que prevé captar": a
     * relative pronoun right after an apposition set off by commas refers to the name the apposition describes, whatever
     * the apposition names; that name is the subject of a deal verb at most {@value #RELATIVE_VERB_WORDS} words after
     * the pronoun. Null when no name before the anchor is followed by such an apposition and pronoun.
     */
    private Candidate antecedentBeforeApposition(Cue anchor, int from) {
        for (Candidate c : candidates) {
            if (c.end() > anchor.start()) {
                break;
            }
            if (c.start() < from || c.anaphor() || c.modifier() || isOwner(c)) {
                continue;
            }
            int relative = relativeAfterApposition(c);
            if (relative >= 0 && relative <= anchor.start()
                    && wordsBetween(relative, anchor.start()) <= RELATIVE_VERB_WORDS) {
                return c;
            }
        }
        return null;
    }

    /**
     * "L'acquisto più caro di Zentrix risale al 2019, quando ha rilevato Halvora": a deal verb right after a
     * conjunction (and an auxiliary) of {@code subjectlessAfter} has the main clause's company as its left-out
     * subject, the first name of the clause before the conjunction. Null otherwise.
     */
    private Candidate leftOutAfterConjunction(Cue anchor) {
        if (lexicon.subjectlessAfter == null || !VERB_CUES.contains(anchor.kind())) {
            return null;
        }
        Matcher m = lexicon.subjectlessAfter.matcher(text).region(start, anchor.start());
        if (!m.find()) {
            return null;
        }
        int conjunction = m.start();
        // a description counts too: "Il valore della società è salito, quando aveva ottenuto..."
        // and when the main clause names no company either ("la mayor compra del sector fue en 2024, cuando
        // adquirió X"), the left-out subject is the company of the previous sentences, as a subject pronoun
        return candidates.stream()
                .filter(c -> c.end() <= conjunction && !c.subjectPronoun() && !c.modifier())
                .findFirst().orElse(new Candidate(null, m.end(), m.end(), true, false, false));
    }

    /**
     * "With a $500 million round led by Thrive Capital, Perplexity saw...": the round of an opening phrase is the
     * round of the name right after the phrase's comma. Null when the anchor is not in the first phrase of the
     * clause or no name follows that comma.
     */
    Candidate subjectAfterOpeningPhrase(Cue anchor) {
        return subjectAfterOpeningPhrase(anchor, false);
    }

    /**
     * As {@link #subjectAfterOpeningPhrase(Cue)}; with {@code relativeAllowed}, a name right after the comma may be
     * followed by a relative clause ("With $472m raised, X, which held the record, ranks second").
     */
    Candidate subjectAfterOpeningPhrase(Cue anchor, boolean relativeAllowed) {
        int comma = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isClausePunctuation(text)) {
                comma = text.charAt(t.start()) == ',' && t.start() >= anchor.end() ? i : -1;
                break;
            }
        }
        // the phrase opens with a preposition ("With", "Con", "Avec", "Mit"), not with a subject of its own
        boolean opening = lexicon.openingPreposition != null
                && lexicon.openingPreposition.matcher(text).region(start, end).lookingAt();
        if (comma < 0 || comma + 1 >= tokens.size() || !tokens.get(0).word()
                || !opening && prepositionEndingAt(tokens.get(0).end()) == null) {
            return null;
        }
        int next = tokens.get(comma + 1).start();
        for (Candidate c : candidates) {
            if (c.start() < next || c.anaphor() || c.possessive() || c.modifier()
                    || followedByRelative(c) && !(relativeAllowed && c.start() == next)) {
                continue;
            }
            // "Depuis sa levée de N, la start-up X": a description of up to a few words before the name, an article first
            boolean described = c.start() > next && wordsBetween(next, c.start()) <= DESCRIBED_SUBJECT_WORDS
                    && lexicon.article.matcher(text).region(next, end).lookingAt()
                    && cues.stream().noneMatch(q -> q.overlaps(next, c.start()))
                    && money.stream().noneMatch(m -> m.start() >= next && m.end() <= c.start());
            return c.start() == next || described ? c : null;
        }
        return null;
    }

    /** At most this many words of a description between an opening phrase's comma and the name it is about. */
    private static final int DESCRIBED_SUBJECT_WORDS = 3;

    /** At most this many words (a description) between a headline's colon and the name after it. */
    private static final int WORDS_AFTER_COLON = 3;

    /**
     * "Runde mit 80 Millionen Euro: Junge Firma 'Zentrix' baut ...": a round that opens a
     * headline and ends at a colon is the round of the name right after the colon, a short description allowed.
     * Null when a name stands before the colon, the round does not open the clause, or no name follows.
     */
    Candidate subjectAfterColon(Cue anchor, MoneyMention amount) {
        if (wordsBetween(start, anchor.start()) > 1) {
            return null;
        }
        int colon = amount.end();
        while (colon < end && Character.isWhitespace(text.charAt(colon))) {
            colon++;
        }
        if (colon >= end || text.charAt(colon) != ':') {
            return null;
        }
        for (Candidate c : candidates) {
            if (c.anaphor()) {
                continue;
            }
            if (c.start() < colon) {
                return null;
            }
            // "'Zentrix'": the quote that closes a quoted name is no possessive apostrophe
            boolean quoted = c.start() > 0 && "'‘’\"„“«".indexOf(text.charAt(c.start() - 1)) >= 0;
            return wordsBetween(colon, c.start()) <= WORDS_AFTER_COLON && (quoted || !c.possessive())
                    && !c.modifier() ? c : null;
        }
        return null;
    }

    /** At most this many words before the deal word of a round with no named owner ("Sa dernière levée"). */
    private static final int UNNAMED_OWNER_WORDS_BEFORE = 3;
    /** At most this many words between that deal word and its amount. */
    private static final int UNNAMED_OWNER_AMOUNT_WORDS = 4;

    /**
     * "The round was led by GIC", "Sa levée précédente, de 60 millions": a round or a raise whose clause names no
     * company before the deal word belongs to the company the previous sentences are about. Stands, empty, where
     * the subject would be, as a subject pronoun resolved like "it". Null when a name or a description stands
     * before the deal word, when more than a few words do ("U.S.-based AI companies have raised": a sum over many)
     * or a plural company noun does ("AI startups raised", {@code pluralSubjects}), or when the amount stands far
     * from it.
     */
    Candidate unnamedOwner(Cue anchor, MoneyMention amount) {
        if (candidates.stream().anyMatch(c -> c.start() < anchor.start())
                || wordsOutsideAmounts(afterOpeningTimePhrase(anchor), anchor.start()) > UNNAMED_OWNER_WORDS_BEFORE
                || distance(anchor, amount) > UNNAMED_OWNER_AMOUNT_WORDS
                || lexicon.pluralSubject != null && lexicon.pluralSubject.matcher(text).region(start, anchor.start())
                        .find()) {
            return null;
        }
        return new Candidate(null, anchor.start(), anchor.start(), true, false, false);
    }

    /**
     * Where the clause goes on after a phrase of time that opens it ("Ya durante el último trimestre obtuvo"):
     * the end of that phrase when it ends before {@code anchor}, else the clause's start.
     */
    private int afterOpeningTimePhrase(Cue anchor) {
        if (lexicon.timePhrase == null) {
            return start;
        }
        int first = start;
        while (first < anchor.start() && !Character.isLetterOrDigit(text.charAt(first))) {
            first++;
        }
        Matcher m = lexicon.timePhrase.matcher(text).region(first, anchor.start());
        return m.lookingAt() ? m.end() : start;
    }

    /**
     * "La vendita secondaria ha permesso ai dipendenti di cedere 6 miliardi di azioni": a sale noun that opens the
     * clause (at most three words before it, no name) sells shares of the company the previous sentences are about;
     * it stands, empty, at the sale word, as a subject pronoun. Null otherwise.
     */
    Candidate unnamedSeller() {
        Cue sale = cues.stream().filter(c -> c.kind() == CueKind.SALE && c.start() >= start && c.end() <= end)
                .findFirst().orElse(null);
        if (sale == null || candidates.stream().anyMatch(c -> c.start() < sale.start())
                || wordsOutsideAmounts(start, sale.start()) > UNNAMED_OWNER_WORDS_BEFORE) {
            return null;
        }
        return new Candidate(null, sale.start(), sale.start(), true, false, false);
    }

    /** Whether only an article, or nothing, stands before the candidate in its clause. */
    private boolean opensClauseWithArticle(Candidate candidate) {
        int idx = lastTokenBefore(candidate.start());
        return idx < 0 || (opensClause(idx) && tokens.get(idx).word());
    }

    /**
     * Where the words of the cue's own deal start: after an earlier amount when a name after a comma or "and"
     * stands between it and the cue ("X bought A for $69bn, Y bought B for $8bn": Y is the second subject).
     */
    private int startOfOwnDeal(Cue anchor) {
        int from = start;
        for (MoneyMention m : money) {
            if (m.end() <= anchor.start() && candidates.stream().anyMatch(c -> !c.anaphor() && c.start() >= m.end()
                    && c.end() <= anchor.start() && (listedAfter(m, c)
                            || opensCoordinate.computeIfAbsent(c, this::opensCoordinateClause))
                    && marker(c, anchor) == Marker.NONE)) {
                from = m.end();
            }
        }
        return from;
    }

    /** Whether "and" or a comma comes right before {@code candidate}, after the amount {@code previous}. */
    boolean listedAfter(MoneyMention previous, Candidate candidate) {
        return lexicon.listJoin.matcher(text)
                .region(Math.max(previous.end(), candidate.start() - LIST_JOIN_WINDOW), candidate.start()).find();
    }

    /** At most this many words between the sole owner named after "of" and the round noun. */
    private static final int SOLE_OWNER_WORDS = 6;

    /**
     * "i colloqui di Zentrix per chiudere un round da 2 miliardi": the only name of the clause, after
     * "of" shortly before a round noun that introduces the amount, owns the round. Null when the clause names another
     * company before the amount or one right after it ("di Zentrix"), the amount comes before the round noun, or the
     * name stands elsewhere.
     */
    Candidate soleOwnerBefore(Cue anchor, MoneyMention amount) {
        Candidate after = candidates.stream().filter(c -> c.start() >= amount.end()).findFirst().orElse(null);
        if (after != null && !after.anaphor() && marker(after, anchor) == Marker.OF
                && wordsBetween(amount.end(), after.start()) <= 1) {
            // "un round da 3 miliardi di Zentrix": the name right after the amount owns the round
            return null;
        }
        // "el anuncio de xAI de una ronda de N y la startup Y, que recaudó M": names after the amount tell other deals
        List<Candidate> named = candidates.stream().filter(c -> !c.anaphor() && c.start() < amount.start()).toList();
        if (named.size() != 1 || amount.start() < anchor.end()) {
            return null;
        }
        Candidate owner = named.get(0);
        return owner.end() <= anchor.start() && marker(owner, anchor) == Marker.OF && !owner.modifier()
                && wordsBetween(owner.end(), anchor.start()) <= SOLE_OWNER_WORDS ? owner : null;
    }

    /** At most this many words between a round noun and its amount for a possessive pronoun before them. */
    private static final int PRONOUN_ROUND_WORDS = 2;
    /** How far before the round noun or its amount a possessive pronoun is looked for, in characters. */
    private static final int PRONOUN_CHARS = 12;

    /**
     * "Shares of X rose 40% after its $1.1bn listing", "X, the Lyon start-up, closed its N round": a possessive pronoun
     * (lexicon key {@code possessivePronouns}) right before the round noun or its amount, the two at most {@value
     * #PRONOUN_ROUND_WORDS} words apart, makes the round that of the first company the clause names before them. Null
     * where the language has no such pronouns, the pronoun is not there, or the clause names no company before it.
     */
    Candidate ownerOfPossessivePronoun(Cue anchor, MoneyMention amount) {
        if (lexicon.possessivePronoun == null || distance(anchor, amount) > PRONOUN_ROUND_WORDS) {
            return null;
        }
        int first = Math.min(anchor.start(), amount.start());
        if (!lexicon.possessivePronoun.matcher(text).region(Math.max(start, first - PRONOUN_CHARS), first).find()) {
            return null;
        }
        return candidates.stream()
                .filter(c -> c.end() <= first && !c.anaphor() && !c.possessive() && !c.subjectPronoun())
                .findFirst().orElse(null);
    }

    /** A possessive name shortly before the cue ("Microsoft's $10bn investment"). */
    Candidate possessiveBefore(Cue anchor) {
        for (Candidate c : candidates) {
            if (c.possessive() && c.end() <= anchor.start() && !c.anaphor()) {
                int words = 0;
                int from = withPossessive(c);
                for (Token t : tokens) {
                    if (t.start() >= from && t.end() <= anchor.start() && t.word()) {
                        words++;
                    }
                }
                if (words <= 4) {
                    return c;
                }
            }
        }
        return null;
    }

    static boolean sameEntity(Candidate a, Candidate b) {
        return a != null && b != null && a.entityId() != null && a.entityId().equals(b.entityId());
    }
}
