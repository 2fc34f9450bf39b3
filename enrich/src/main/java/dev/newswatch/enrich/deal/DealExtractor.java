package dev.newswatch.enrich.deal;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealStage;
import dev.newswatch.core.model.DealType;
import dev.newswatch.core.model.EntityMention;
import dev.newswatch.core.model.Party;
import dev.newswatch.core.model.Qualifier;
import dev.newswatch.enrich.link.ProvisionalNames;
import dev.newswatch.enrich.link.TitleCaseLines;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the deals an article reports: "Amazon in talks to invest more than $10 billion in OpenAI",
 * "Nvidia ha annunciato l'acquisizione di Run:ai per circa 700 milioni di dollari", "Mistral AI hat 600
 * Millionen Euro eingesammelt".
 *
 * <p>Each amount of money ({@link MoneyParser}) becomes a deal when its clause has a deal word (invest,
 * acquire, raise, funding round, contract, secondary sale... in English, Italian, German, French or
 * Spanish), the amount is not a valuation, revenue, loss, market value, fine, saving, price, GDP or budget,
 * and the parties can be read from the sentence: the entity mentions given by the caller, or an anaphor
 * ("la società", "the start-up", "il gruppo") resolved to the entity the previous sentences are about. Who
 * pays follows from the deal word and the prepositions: "X invests N in Y", "Y raised N led by X", "X
 * acquires Y", "Y was acquired by X", "Y in trattative con X per un investimento", "X signs an agreement to
 * buy capacity from Y". A deal needs a target; the investor may stay null. When only one side is named
 * and the other is a list ("agreements with Nvidia, AMD and Broadcom"), the named company is recorded as
 * the target with no investor. Amounts under 100,000 (US dollars when the rate is known) are ignored.
 * Reports of the same deal (same target and type, same or unnamed investor, amounts within 5%) are merged
 * into the first one, keeping the most advanced stage; a later report that names the investor the first
 * one lacked replaces it.
 *
 * <p>Immutable and thread-safe: one instance may serve every stream thread.
 */
public final class DealExtractor {

    /** A number that is not a year ("2024"): where a sentence may state an amount. */
    private static final Pattern NUMBER_OTHER_THAN_YEAR = Pattern.compile(
            "(?<![\\d.,])(?!(?:19|20)\\d\\d(?![\\d.,]))\\d");
    /** The most companies a list may have for "each company received $N" to give the amount to each of them. */
    private static final int MAX_EACH_LISTED = 8;
    /** "a $3bn deal, the one agreed last winter between": characters from a deal noun to "between". */
    private static final int BETWEEN_NOUN_CHARS = 80;
    /** "between X and the lithography group, Y": lower-case words describing the second side. */
    private static final int PAIR_DESCRIPTION_WORDS = 6;
    /** "the $2bn cloud deal between": words between an amount and the deal noun after it. */
    private static final int AMOUNT_BEFORE_NOUN_WORDS = 1;
    private static final Logger LOG = LoggerFactory.getLogger(DealExtractor.class);
    private static final BigDecimal MIN_AMOUNT = new BigDecimal("100000");
    private static final int ANAPHOR_SENTENCES_BACK = 3;
    /** A number right after a name, past spaces: the name's own amount in a gapped item. */
    private static final Pattern NUMBER_AFTER = Pattern.compile("\\s+\\d");
    /** Sentences before a payer-only sentence in which the deal whose company it pays may be told. */
    private static final int PAYER_ONLY_SENTENCES_BACK = 2;
    /** Characters after a payer-only amount in which a reference to the deal or its company may stand. */
    private static final int PAYER_ONLY_REFERENCE_CHARS = 40;
    /** Characters between a payer-only amount and its paying verb, either way round. */
    private static final int PAYER_ONLY_GAP_CHARS = 16;
    /** What may follow a payer-only amount and its verb: the clause's end, a comma, a dash or a bracket. */
    private static final Pattern PAYER_ONLY_REST_OPEN = Pattern.compile("[,;:.!?()\u2013\u2014-]");
    /** How far before a name the word introducing the agent of a passive is looked for ("durch", "da parte di"). */
    private static final int AGENT_WORD_CHARS = 16;
    /** How far before an anaphor's noun its demonstrative determiner is looked for ("cette jeune société"). */
    private static final int DEMONSTRATIVE_REACH = 60;
    /** "a stake in X", "eine Beteiligung an der Firma X": the most characters from an investment word to the name. */
    private static final int INVESTED_IN_CHARS = 30;
    private static final String USD = "USD";
    /** Bracketed amounts after names a sentence needs before they are read as a list of deals. */
    private static final int BRACKETED_ITEMS = 2;
    /** "according to ": the most characters of a source word and its space before a name. */
    private static final int SOURCE_WORD_CHARS = 16;
    /**
     * What may stand between a listed name and the bracket of its amount: nothing, or its place after a lower-case
     * preposition ("Celonis aus München (830 Mio. Euro)", "Poolside di Milano (20 milioni)").
     */
    private static final Pattern PLACE_BEFORE_BRACKET = Pattern.compile("\\s*(?:\\p{Ll}+\\s+\\p{Lu}[\\p{L}-]*\\s*)?");
    /** "Zentrix dans le spatial (170 millions)": the most words of a field between a listed name and its bracket. */
    private static final int BRACKET_FIELD_WORDS = 4;
    /** "la startup francesa", "the French start-up": how far from a description's noun its nationality may stand. */
    private static final int NATIONALITY_CHARS = 14;
    /** How far before a name a cleft opener may start ("c'était", "it was"). */
    private static final int CLEFT_CHARS = 16;
    /** "Innovación y Startups" above a headline: the most words of such a kicker line. */
    private static final int KICKER_WORDS = 4;
    /** "In 2024, Nvidia bought ...": the most words before the name that opens a sentence. */
    private static final int OPENING_NAME_WORDS = 4;
    /** "Gretel, a San Diego data company ($320m)": the most words of a description between a name and its bracket. */
    private static final int BRACKET_APPOSITION_WORDS = 8;
    /** "Zentrix ($650m in a Series E)": the most plain words after the amount in a list item's bracket. */
    private static final int BRACKET_TAIL_WORDS = 4;
    /** The words after which such a list is one of deals: raises, rounds, investments, acquisitions, deals. */
    /** The deal nouns of a list item that names its own buyer ("l'acquisto di X da parte di Y (N)"). */
    private static final Set<CueKind> OWN_ITEM_NOUNS = EnumSet.of(CueKind.ACQ_NOUN, CueKind.SALE, CueKind.INV_NOUN);
    private static final Set<CueKind> LIST_ITEM_CUES = EnumSet.of(CueKind.RAISE_VERB, CueKind.ROUND_NOUN,
            CueKind.INV_NOUN, CueKind.PAY_VERB, CueKind.ACQ_VERB, CueKind.ACQ_NOUN, CueKind.CONTRACT_SET);
    /** "The month's largest rounds:" then one line per company: how many lines of a list are read back for its opening. */
    private static final int LIST_LINES_BACK = 12;
    /** How many sentences before the first line of a list may open it with a word of raising or of a round. */
    private static final int LIST_OPENING_SENTENCES = 2;
    /** Most sentences between two numbered items of one list ("1. Zentrix: 300 Mio. Euro", its story, "2. ..."). */
    private static final int PROSE_BETWEEN_ITEMS = 6;
    /** How far before a name the opening of a list of investors is looked for. */
    private static final int INVESTOR_LIST_CHARS = 120;
    /** Lower-case words that may stand between a subject and its verb ("has agreed to buy"). */
    private static final int AUXILIARY_WORDS = 3;
    /** How far back a subject pronoun looks for a subject named before it, past sentences that name none. */
    private static final int SUBJECT_SENTENCES_BACK = 6;
    /** How many sentences after a headline may name the company its description stands for. */
    private static final int HEADLINE_BODY_SENTENCES = 2;
    /** The sentences of a text's lead, where an indefinite description may stand for a company named after it. */
    private static final int LEAD_SENTENCES = 3;
    /** "A and B": how far back the name joined to a name may end. */
    private static final int JOINED_NAME_CHARS = 60;
    /** How far before a name its preposition may start ("unter der Führung von"). */
    private static final int MARKER_WINDOW = 40;
    /** "Zentrix, the Norwegian offshore wind energy start-up": the most characters between name and noun. */
    private static final int APPOSITION_CHARS = 60;
    /** A preposition and one lower-case word: "di cybersecurity" (group 1 ends with the preposition). */
    private static final Pattern SHORT_COMPLEMENT = Pattern.compile("\\s(\\p{Ll}{1,4}['’]?)\\s?\\p{Ll}{4,}\\s");
    /** "X and the Y": the most characters between two names joined by a conjunction. */
    private static final int JOIN_CHARS = 10;
    /** How far after an amount the round noun of "including a $400m series B" may start. */
    private static final int ROUND_AFTER_PART_CHARS = 20;
    /** How far after "the buyer is" its name may start ("the buyer is the London property fund X"). */
    private static final int BUYER_NAME_CHARS = 40;
    private static final int LEAD_SENTENCES_AFTER = 6;
    private static final int LEAD_SENTENCES_BEFORE = 2;
    /** How far after a round a sentence that names its company may name its lead. */
    private static final int NAMED_LEAD_SENTENCES_AFTER = 15;
    /** Deal words that say themselves who pays whom in a contract ("supply", "pay", "purchase"). */
    private static final Set<CueKind> DIRECTED = EnumSet.of(CueKind.SUPPLY, CueKind.PAY_VERB, CueKind.ACQ_VERB);
    /** Deals whose buyer's later payment may price them ("Google paid $400m for the acquisition"). */
    private static final Set<DealType> PRICED_LATER = EnumSet.of(DealType.ACQUISITION, DealType.INVESTMENT);
    private static final List<DealStage> STAGE_PRECEDENCE =
            List.of(DealStage.BACKGROUND, DealStage.COMPLETED, DealStage.IN_TALKS, DealStage.RUMOURED);

    private final UsdRates rates;
    private final MoneyParser moneyParser = new MoneyParser();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final ProvisionalNames provisionalNames = ProvisionalNames.bundled();
    private final TitleCaseLines titleCaseLines = TitleCaseLines.bundled();
    private final RoundLeads roundLeads = RoundLeads.bundled();
    private final DealBackstop backstop;

    /**
     * An extractor of the rules alone, with no learned backstop ({@link DealBackstop#none()}), as shipped.
     *
     * @param rates conversion to US dollars for {@link Deal#amountUsd()}; not null
     */
    public DealExtractor(UsdRates rates) {
        this(rates, DealBackstop.none());
    }

    /**
     * @param rates    conversion to US dollars for {@link Deal#amountUsd()}; not null
     * @param backstop what reads the amounts the rules leave without a deal; not null
     */
    public DealExtractor(UsdRates rates, DealBackstop backstop) {
        this.rates = Objects.requireNonNull(rates, "rates");
        this.backstop = Objects.requireNonNull(backstop, "backstop");
    }

    /**
     * The deals reported in {@code text}.
     *
     * @param text     the article text (title and body); not null
     * @param language ISO 639-1 code of the text; null or a language not covered reads as English
     * @param mentions the linked entity mentions with offsets in {@code text}; not null, any order
     * @return the deals in text order, one per distinct deal; never null
     */
    public List<Deal> extract(String text, String language, List<EntityMention> mentions) {
        return extract(text, language, mentions, id -> false);
    }

    /**
     * {@link #extract(String, String, List)}, knowing which entities sell compute (clouds, GPU clouds): in a
     * contract between one that does and one that does not, the one that sells is paid, whoever the sentence
     * names first ("Google Cloud signed a $10bn agreement with Meta": Meta pays Google Cloud).
     *
     * @param sellsCompute whether the entity of an id sells compute; not null
     */
    public List<Deal> extract(String text, String language, List<EntityMention> mentions,
                              Predicate<String> sellsCompute) {
        return extract(text, language, mentions, sellsCompute, id -> false);
    }

    /**
     * {@link #extract(String, String, List, Predicate)}, knowing which entities only invest (venture and growth
     * funds): such an entity is never the company a funding round pays. A round that seems to be a fund's ("the
     * round, which brings together Accel, ...", "the start-up" standing for the fund named before it) is the round
     * of the company the sentences before are about, or no deal when they name none.
     *
     * @param investsOnly whether the entity of an id is an investor, not a company; not null
     */
    public List<Deal> extract(String text, String language, List<EntityMention> mentions,
                              Predicate<String> sellsCompute, Predicate<String> investsOnly) {
        return extract(text, language, mentions, sellsCompute, investsOnly, id -> false, id -> null);
    }

    /**
     * {@link #extract(String, String, List, Predicate, Predicate)}, knowing which entities are governments or public
     * bodies, and the country of entities. The state named by a phrase of the language ("the government", "der Bund",
     * "l'État") is the government the article named before it, and public money ("grants", "Förderung",
     * "sovvenzioni") with no payer is paid by a government of the article. A description with an adjective of
     * nationality ("la startup francesa", "the French start-up") stands for a company of that country named in the
     * sentences before it, when there is one.
     *
     * @param isGovernment whether the entity of an id is a government or a public body; not null
     * @param countryOf    the country code of the entity of an id ("FR", as the entity table writes it), or null when
     *                     unknown; not null
     */
    public List<Deal> extract(String text, String language, List<EntityMention> mentions,
                              Predicate<String> sellsCompute, Predicate<String> investsOnly,
                              Predicate<String> isGovernment, Function<String, String> countryOf) {
        return extract(text, language, mentions, sellsCompute, investsOnly, isGovernment, countryOf,
                UnaryOperator.identity());
    }

    /**
     * {@link #extract(String, String, List, Predicate, Predicate, Predicate, Function)}, with the known entity a
     * company name read from the text stands for as a short form ("Figure raises $70M": the table's "Figure AI").
     *
     * @param shortFormOwner the known entity's mention for a provisional mention, or the mention itself (see
     *                       {@link dev.newswatch.enrich.link.EntityLinker#ownerOfShortForm}); not null
     */
    public List<Deal> extract(String text, String language, List<EntityMention> mentions,
                              Predicate<String> sellsCompute, Predicate<String> investsOnly,
                              Predicate<String> isGovernment, Function<String, String> countryOf,
                              UnaryOperator<EntityMention> shortFormOwner) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mentions, "mentions");
        // "Quellor Raises $40 Million In Series B": a headline in title case or in capitals is read as its sentence
        String read = titleCaseLines.asSentences(text, language, mentions);
        List<Deal> deals = extractRead(read, language, mentions, sellsCompute, investsOnly, isGovernment, countryOf,
                shortFormOwner);
        if (read.equals(text)) {
            return deals;
        }
        // the evidence is the sentence as written
        return deals.stream().map(d -> new Deal(d.investor(), d.target(), d.amount(), d.amountHigh(), d.currency(),
                d.amountUsd(), d.qualifier(), d.type(), d.stage(), text.substring(d.start(), d.end()), d.start(),
                d.end())).toList();
    }

    private List<Deal> extractRead(String text, String language, List<EntityMention> mentions,
                                   Predicate<String> sellsCompute, Predicate<String> investsOnly,
                                   Predicate<String> isGovernment, Function<String, String> countryOf,
                                   UnaryOperator<EntityMention> shortFormOwner) {
        Objects.requireNonNull(shortFormOwner, "shortFormOwner");
        Objects.requireNonNull(isGovernment, "isGovernment");
        Objects.requireNonNull(countryOf, "countryOf");
        Objects.requireNonNull(sellsCompute, "sellsCompute");
        Objects.requireNonNull(investsOnly, "investsOnly");
        DealLexicon lexicon = DealLexicon.forLanguage(language);
        // The text is lowered and split once, for the money parser and for the deal patterns alike.
        String lower = CaseFolding.lower(text, lexicon.lineWrapWord);
        List<List<Sentence>> split = new ArrayList<>(1);
        Supplier<List<Sentence>> sentencesOnce = () -> {
            if (split.isEmpty()) {
                split.add(splitter.split(text, lexicon.lineWrapWord));
            }
            return split.get(0);
        };
        List<MoneyMention> money = moneyParser.find(text, lower, language, sentencesOnce);
        if (money.isEmpty()) {
            // Every deal has an amount: most articles stop here.
            return List.of();
        }
        List<Sentence> sentences = sentencesOnce.get();
        List<List<MoneyMention>> moneyBySentence = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
            moneyBySentence.add(money.stream()
                    .filter(m -> m.start() >= sentence.start() && m.end() <= sentence.end())
                    .toList());
        }
        // The cues of each sentence with money, read once for the test below and for extractSentence alike.
        List<List<Cue>> cuesBySentence = new ArrayList<>(Collections.nCopies(sentences.size(), null));
        CueScanner cueScanner = new CueScanner(lower, lexicon);
        if (!anyDealWord(lower, lexicon, cueScanner, sentences, moneyBySentence, cuesBySentence)) {
            // No sentence with an amount has a deal word: extractSentence would stop at its first test for each,
            // so no deal; the names are not read (speed only, the same result).
            return List.of();
        }
        // "led by B Growth Capital": a known name inside a longer fund name stands for the fund, not for itself
        List<EntityMention> funds = new ArrayList<>(provisionalNames.fundNamesAroundKnown(text, mentions));
        // "Hitachi Chemical" written twice: a known name with more words of a name is another company, a unit of it
        for (EntityMention unit : provisionalNames.unitNamesAfterKnown(text, mentions)) {
            if (!overlapsAny(funds, unit)) {
                funds.add(unit);
            }
        }
        List<EntityMention> known = funds.isEmpty() ? mentions : mentions.stream()
                .filter(m -> !overlapsAny(funds, m))
                .toList();
        List<EntityMention> all = new ArrayList<>(known);
        // Companies the entity table does not know yet, read only where there is money to give them.
        List<EntityMention> provisional = new ArrayList<>(funds);
        List<EntityMention> named = funds.isEmpty() ? mentions
                : Stream.concat(known.stream(), funds.stream()).toList();
        for (EntityMention read : provisionalNames.find(text, language, named)) {
            // "Figure raises $70M": a name read as a company that is the short form of a known one's name is that one
            EntityMention owner = shortFormOwner.apply(read);
            (owner.provisional() ? provisional : all).add(owner);
        }
        all.addAll(provisional);
        // "Abnormal Security ... Abnormal's latest round": the company called by its name without its suffixes
        all.addAll(provisionalNames.shortForms(text, all));
        // "Halvora Capital", "Orvane Ventures": a new name that says it is a fund only invests, as a known fund does
        Set<String> fundIds = provisional.stream().filter(provisionalNames::namesFund).map(EntityMention::entityId)
                .collect(Collectors.toSet());
        Predicate<String> investor = fundIds.isEmpty() ? investsOnly
                : id -> investsOnly.test(id) || fundIds.contains(id);
        List<EntityMention> nicknames = all.stream()
                .filter(m -> m.end() <= text.length() && isNickname(text, lower, lexicon, m)).toList();
        List<EntityMention> ordered = all.stream()
                .filter(m -> m.end() <= text.length())
                .filter(m -> !nicknames.contains(m))
                .sorted(Comparator.comparingInt(EntityMention::start))
                .toList();
        List<EntityMention> sorted = StateNouns.withStateNouns(text, lower, lexicon, ordered, isGovernment);
        Article article = new Article(lower, language, lexicon, cueScanner, sentences, sorted, sellsCompute, investor,
                isGovernment, countryOf);
        for (int i = 0; i < sentences.size(); i++) {
            if (!moneyBySentence.get(i).isEmpty()) {
                List<Cue> cues = cuesBySentence.get(i) != null ? cuesBySentence.get(i)
                        : cueScanner.cues(sentences.get(i), moneyBySentence.get(i));
                cuesBySentence.set(i, cues);
                extractSentence(article, sentences.get(i), moneyBySentence.get(i), cues);
            }
        }
        withoutPartiesOfOtherItems(article, text);
        readAgainWithNamesInPartyPlaces(article, text, moneyBySentence, cuesBySentence, nicknames);
        if (!nicknames.isEmpty()) {
            article.found.removeIf(f -> paidUnderNickname(article, text, f, nicknames));
        }
        withoutShareInvestorOnWholeRounds(article);
        List<Deal> deals = Deduplicator.deduplicate(withoutShares(article, withRoundLeads(article, language,
                moneyBySentence)).stream().map(Found::deal).toList());
        // the amounts the rules leave without a deal, read by the learned backstop: it only adds
        return backstop.withLearnedDeals(new AmountFeatures.Context(text, lower, language, lexicon, cueScanner,
                sentences, moneyBySentence, cuesBySentence, sorted, investor, isGovernment, rates), deals);
    }

    /**
     * "Oracle ha comprato Corvana per 4 miliardi da SoftBank", "Oracle bought Corvana for $4bn from SoftBank": a buying
     * verb whose only party after it is the seller after "from" reads as goods bought from that seller, a contract.
     * When the word right after the verb is a capitalised name (not an upper-case abbreviation such as "GPU"), the
     * object is a company the table does not know: the seller is not paid for goods. No deal is read then, and the
     * sentence is read again with its unknown names as companies.
     */
    private static boolean sellerOfAnUnreadName(Sentence sentence, Clause clause, Cue anchor, Roles roles) {
        if (anchor.kind() != CueKind.ACQ_VERB || roles.type() != DealType.CONTRACT || roles.target() == null
                || roles.target().anaphor() || clause.marker(roles.target(), anchor) != Marker.FROM) {
            return false;
        }
        Token next = clause.tokens.stream().filter(t -> t.start() >= anchor.end()).findFirst().orElse(null);
        if (next == null || !next.word() || next.end() > roles.target().start()) {
            return false;
        }
        String original = sentence.text();
        int at = next.start() - sentence.start();
        return at >= 0 && at + 1 < original.length() && Character.isUpperCase(original.charAt(at))
                && Character.isLowerCase(original.charAt(at + 1));
    }

    /** At most this many words between the buyer and the company bought in {@link #boughtInPurchaseNoun}. */
    private static final int BOUGHT_IN_DEAL_VERB_WORDS = 3;
    /** A verb of one to {@link #BOUGHT_IN_DEAL_VERB_WORDS} words and nothing else: no punctuation, no amount. */
    private static final Pattern BOUGHT_IN_DEAL_VERB =
            Pattern.compile("^\\s+\\p{L}[\\p{L}-]*(?:\\s+\\p{L}[\\p{L}-]*){0," + (BOUGHT_IN_DEAL_VERB_WORDS - 1) + "}\\s+$");

    /** A capitalised word right before the gap of {@link #boughtInPurchaseNounUnread}, in the original case. */
    private static final Pattern CAPITALISED_BEFORE_GAP = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}.-]*\\s*$");

    /**
     * "Symantec lands Zentrix in a $250m acquisition" with "Zentrix" read as no company: the shape of {@link
     * #boughtInPurchaseNoun} with a capitalised word in the place of the company bought. No deal is read then (not the
     * buyer's raise), and the sentence is read again with its unknown names as companies. {@code before}: the
     * clause's candidates before the amount, which a purchase noun follows.
     */
    private static boolean boughtInPurchaseNounUnread(Article article, Sentence sentence, Clause clause,
                                                      MoneyMention amount, List<Candidate> before) {
        if (before.size() != 1 || before.get(0).anaphor() || !opensClause(clause, before.get(0))) {
            return false;
        }
        String between = clause.text.substring(before.get(0).end(), amount.start());
        Matcher inDeal = article.lexicon.boughtInDealAtEnd.matcher(between);
        if (!inDeal.find()) {
            return false;
        }
        int verbEnd = before.get(0).end() + inDeal.start();
        String original = sentence.text();
        int from = before.get(0).end() - sentence.start();
        int to = verbEnd - sentence.start();
        if (from < 0 || to > original.length() || from >= to) {
            return false;
        }
        String span = original.substring(from, to);
        Matcher name = CAPITALISED_BEFORE_GAP.matcher(span);
        return name.find() && BOUGHT_IN_DEAL_VERB.matcher(span.substring(0, name.start())).matches();
    }

    /**
     * "Symantec snaps up Zentrix in a $250m acquisition", "Google nabs Zentrix in $250m takeover": a clause that opens
     * with a name, a verb of up to {@value #BOUGHT_IN_DEAL_VERB_WORDS} words, a second name, then the lexicon's
     * {@code boughtInDeal} words and an amount with a purchase noun right after it is the purchase of the second name
     * by the first, whatever the verb (headlines say "lands", "grabs", "finds"); the amount is no raise of the first.
     * Null when the clause has another shape. {@code noun}: the purchase noun right after the amount ({@link
     * #purchaseNounRightAfter}); {@code before}: the clause's candidates before the amount.
     */
    private Deal boughtInPurchaseNoun(Article article, Sentence sentence, Clause clause, MoneyMention amount, Cue noun,
                                      List<Candidate> before) {
        if (before.size() != 2) {
            return null;
        }
        Candidate buyer = before.get(0);
        Candidate bought = before.get(1);
        if (buyer.anaphor() || bought.anaphor() || buyer.modifier() || bought.modifier()
                || Clause.sameEntity(buyer, bought)
                || !opensClause(clause, buyer)
                || !BOUGHT_IN_DEAL_VERB.matcher(clause.text.substring(buyer.end(), bought.start())).matches()
                || !article.lexicon.boughtInDeal.matcher(clause.text.substring(bought.end(), amount.start()))
                        .matches()) {
            return null;
        }
        return deal(article, sentence, clause, noun, amount, new Roles(buyer, bought, DealType.ACQUISITION));
    }

    /** The purchase noun right after {@code amount} ("$250m acquisition"), or null. */
    private static Cue purchaseNounRightAfter(Clause clause, MoneyMention amount) {
        return clause.cues.stream().filter(c -> c.kind() == CueKind.ACQ_NOUN && c.start() >= amount.end()
                && clause.text.substring(amount.end(), c.start()).isBlank()).findFirst().orElse(null);
    }

    /** Whether {@code candidate} opens its clause: no letter or digit before it. */
    private static boolean opensClause(Clause clause, Candidate candidate) {
        return clause.text.substring(clause.start, candidate.start()).chars().noneMatch(Character::isLetterOrDigit);
    }

    /**
     * "Google buys Zentrix. Harlow Life prepares $1bn IPO": an item of a round-up that opens with a capitalised name
     * of its own, one that stands in no company place ({@link ProvisionalNames#slotReader}), tells that name's deal,
     * not one of the company of the items before it. A deal of such a sentence whose target its sentence does not
     * name (taken from the sentences before) is dropped, and the sentence is read again with its names as companies
     * ({@link #readAgainWithNamesInPartyPlaces}); a payer its sentence does not name is left out.
     */
    private void withoutPartiesOfOtherItems(Article article, String text) {
        ProvisionalNames.SlotReader slots = null;
        for (int k = article.found.size() - 1; k >= 0; k--) {
            Found found = article.found.get(k);
            Sentence sentence = article.sentences.get(found.sentence());
            Deal deal = found.deal();
            boolean targetFromBefore = deal.target() != null && !namedIn(article, text, sentence, deal.target());
            boolean payerFromBefore = deal.investor() != null && !namedIn(article, text, sentence, deal.investor());
            if (!targetFromBefore && !payerFromBefore) {
                continue;
            }
            if (slots == null) {
                slots = provisionalNames.slotReader(text, article.language, article.mentions);
            }
            if (!opensWithUnreadName(text, sentence, slots)) {
                continue;
            }
            if (targetFromBefore) {
                trace("the target of another item, in an item that opens with a name of its own", sentence, null);
                article.found.remove(k);
            } else {
                article.found.set(k, new Found(withInvestor(deal, null), found.sentence(), found.amountStart()));
            }
        }
    }

    /**
     * Whether {@code sentence} names {@code party}: a mention of it, or the first word of its name as written (a
     * short form: "Sarvam" for "Sarvam AI").
     */
    private static boolean namedIn(Article article, String text, Sentence sentence, Party party) {
        if (article.mentionsIn(sentence.start(), sentence.end()).stream()
                .anyMatch(m -> m.entityId().equals(party.id()))) {
            return true;
        }
        String name = party.name() == null ? "" : party.name().strip();
        int space = name.indexOf(' ');
        String first = space > 0 ? name.substring(0, space) : name;
        return !first.isEmpty() && text.substring(sentence.start(), sentence.end()).contains(first);
    }

    /**
     * Whether the first word of {@code sentence} (after bullets, numbers and other marks) opens a capitalised name of
     * two words or more that no company place made a company ({@link ProvisionalNames.SlotReader#multiWordNameAt}), in
     * a line written in title case too ("🔹 Harlow Gaming Sells Brisk Stake for $1.76 Billion"). A
     * single capitalised word there is as often a common word ("Up to $90m ..."), and where every noun is
     * capitalised (German) so is a run of them ("Drei Monate altes Start-up ...").
     */
    private static boolean opensWithUnreadName(String text, Sentence sentence, ProvisionalNames.SlotReader slots) {
        if (slots.nounCapitals()) {
            return false;
        }
        int first = sentence.start();
        while (first < sentence.end() && !Character.isLetter(text.charAt(first))) {
            first++;
        }
        return first < sentence.end() && slots.multiWordNameAt(sentence.start(), first);
    }

    /**
     * "Tandrix hat Corvana für 2 Milliarden Dollar gekauft", "Nvidia is pouring $500 million into Corvana": a
     * sentence with an amount and a deal word that gave no deal is read again, with the capitalised names that stand
     * in no company place of {@link ProvisionalNames#find} taken as companies ({@link ProvisionalNames#slotReader}).
     * A deal found then is kept when one of those names is its target or its investor: the grammar that reads known
     * companies has put the name in a party's place, which a capitalised word alone would not be. The deals found
     * before stay the context of the sentences read again, as in the first reading. A sentence whose subject is a
     * nickname ({@link #isNickname}: "La « Nvidia coréenne » lève N") is not read as standing for a name of the
     * sentences before it.
     */
    private void readAgainWithNamesInPartyPlaces(Article article, String text,
                                                 List<List<MoneyMention>> moneyBySentence,
                                                 List<List<Cue>> cuesBySentence,
                                                 List<EntityMention> nicknames) {
        List<EntityMention> candidates = new ArrayList<>();
        List<Integer> unread = new ArrayList<>();
        List<Integer> completed = new ArrayList<>();
        // ids of the names that only a sentence's opening made candidates: never a deal's only unread party
        Set<String> openers = new HashSet<>();
        ProvisionalNames.SlotReader slots = null;
        for (int i = 0; i < article.sentences.size(); i++) {
            List<Cue> cues = cuesBySentence.get(i);
            Sentence sentence = article.sentences.get(i);
            if (moneyBySentence.get(i).isEmpty()) {
                continue;
            }
            // "X achète Y" then "Montant : N": a line opened by an amount label needs no deal word of its own
            boolean refers = article.lexicon.hasAmountLabel(article.text, sentence.start(), sentence.end());
            if ((cues == null || cues.isEmpty()) && !refers) {
                continue;
            }
            int index = i;
            List<Found> told = article.found.stream().filter(f -> f.sentence() == index).toList();
            // "Tandrix will pay $300 million for Quellor" read as Quellor's deal with no payer: read again for a payer
            boolean partial = !told.isEmpty() && told.stream().allMatch(DealExtractor::missesAParty);
            if (!told.isEmpty() && !partial) {
                continue;
            }
            if (slots == null) {
                // the text's capitalised runs read once, for all the sentences read again
                slots = provisionalNames.slotReader(text, article.language, article.mentions);
            }
            List<EntityMention> here = new ArrayList<>(slots.candidates(sentence.start(), sentence.end()));
            here.removeIf(m -> isNickname(text, article.text, article.lexicon, m));
            // a single name opening the sentence ("Tandrix will pay $300 million for Quellor") may be the party the
            // grammar gives a deal that names another, unless a common word of the language (in a language without
            // a list every word is one, and the slot reader would give the names of `here` again)
            List<EntityMention> opening = new ArrayList<>();
            if (titleCaseLines.hasCommonWords(article.language)) {
                opening.addAll(slots.candidates(sentence.start(), sentence.end(),
                        word -> titleCaseLines.isCommonWord(word, article.language)));
                opening.removeIf(m -> here.contains(m) || isNickname(text, article.text, article.lexicon, m)
                        || titleCaseLines.isPartyNoun(wordAfter(article.text, m.end()), article.language));
            }
            if (partial) {
                // a common word is no party the first reading left out ("subvenciones del Gobierno", "from the
                // Council"); a language without a list of its common words completes no deal
                here.addAll(opening);
                here.removeIf(m -> titleCaseLines.isCommonWord(m.name().toLowerCase(Locale.ROOT), article.language));
                if (!here.isEmpty()) {
                    here.stream().filter(m -> !candidates.contains(m)).forEach(candidates::add);
                    completed.add(i);
                }
                continue;
            }
            int firstName = here.isEmpty() ? sentence.end() : here.get(0).start();
            boolean nicknameFirst = nicknames.stream()
                    .anyMatch(n -> n.start() >= sentence.start() && n.end() <= firstName);
            // a label that names no company ("Montant : N") refers to the names of the sentences before too
            if (!nicknameFirst && (startsWithAnaphor(article, sentence, here) || refers && here.isEmpty())) {
                // "Corvana is in talks to raise more. The London-based startup raised $6bn in May": the description
                // or pronoun that opens the clause stands for a name of the sentences before it
                for (int k = Math.max(0, i - ANAPHOR_SENTENCES_BACK); k < i; k++) {
                    Sentence before = article.sentences.get(k);
                    here.addAll(0, slots.candidates(before.start(), before.end()));
                }
            }
            if (!here.isEmpty()) {
                // a name of a sentence before may already stand there, read again for that sentence
                here.stream().filter(m -> !candidates.contains(m)).forEach(candidates::add);
                opening.stream().filter(m -> !candidates.contains(m)).forEach(m -> {
                    candidates.add(m);
                    openers.add(m.entityId());
                });
                unread.add(i);
            }
        }
        if (unread.isEmpty() && completed.isEmpty()) {
            return;
        }
        Set<String> candidateIds = candidates.stream().map(EntityMention::entityId).collect(Collectors.toSet());
        Set<String> candidateFunds = candidates.stream().filter(provisionalNames::namesFund)
                .map(EntityMention::entityId).collect(Collectors.toSet());
        Predicate<String> investor = candidateFunds.isEmpty() ? article.investsOnly
                : id -> article.investsOnly.test(id) || candidateFunds.contains(id);
        List<EntityMention> mentions = new ArrayList<>(article.mentions);
        mentions.addAll(candidates);
        mentions.sort(Comparator.comparingInt(EntityMention::start));
        Article again = new Article(article.text, article.language, article.lexicon, article.cueScanner,
                article.sentences, List.copyOf(mentions), article.sellsCompute, investor, article.isGovernment,
                article.countryOf);
        again.found.addAll(article.found);
        // a sentence read again for its missing party is read without its deals of the first reading
        again.found.removeIf(f -> completed.contains(f.sentence()));
        int before = again.found.size();
        List<Integer> reread = new ArrayList<>(unread);
        reread.addAll(completed);
        reread.sort(Comparator.naturalOrder());
        for (int i : reread) {
            List<Cue> cues = cuesBySentence.get(i);
            extractSentence(again, article.sentences.get(i), moneyBySentence.get(i), cues == null ? List.of() : cues);
        }
        List<Found> added = new ArrayList<>();
        Map<Found, Found> completions = new HashMap<>();
        for (Found found : again.found.subList(before, again.found.size())) {
            Deal deal = found.deal();
            if (completed.contains(found.sentence())) {
                Sentence sentence = article.sentences.get(found.sentence());
                Set<String> named = article.mentionsIn(sentence.start(), sentence.end()).stream()
                        .map(EntityMention::entityId).collect(Collectors.toSet());
                article.found.stream().filter(f -> f.sentence() == found.sentence() && !completions.containsKey(f)
                                && completes(found, f, candidateIds, named))
                        .findFirst().ifPresent(f -> completions.put(f, found));
                continue;
            }
            boolean named = deal.target() != null && candidateIds.contains(deal.target().id())
                    && !openers.contains(deal.target().id())
                    || deal.investor() != null && candidateIds.contains(deal.investor().id())
                    && !openers.contains(deal.investor().id());
            if (named) {
                added.add(found);
            }
        }
        if (added.isEmpty() && completions.isEmpty()) {
            return;
        }
        article.found.replaceAll(f -> completions.getOrDefault(f, f));
        article.found.addAll(added);
        article.found.sort(Comparator.comparingInt(Found::sentence));
    }

    /** The word right after {@code at} past spaces, as {@code lower} writes it; "" when none. */
    private static String wordAfter(String lower, int at) {
        int from = at;
        while (from < lower.length() && lower.charAt(from) == ' ') {
            from++;
        }
        int to = from;
        while (to < lower.length() && (Character.isLetterOrDigit(lower.charAt(to)) || lower.charAt(to) == '-')) {
            to++;
        }
        return lower.substring(from, to);
    }

    /** A deal with no payer or no company paid. */
    private static boolean missesAParty(Found found) {
        return found.deal().investor() == null || found.deal().target() == null;
    }

    /**
     * Whether {@code again}, a deal of a sentence read again with its unread names as companies, is {@code first}, a
     * deal of the first reading that missed a party, with that party now one of those names: the same amount, the
     * party the first reading had kept, named in the sentence itself ({@code named}: a description standing for a
     * company of the sentences before leaves the sentence's other names to other roles), the other one a {@code
     * candidates} name (its kind may change: "won a $200m contract" with no payer reads as a raise, with one as a
     * contract).
     */
    private static boolean completes(Found again, Found first, Set<String> candidates, Set<String> named) {
        Deal now = again.deal();
        Deal then = first.deal();
        Party kept = then.investor() != null ? then.investor() : then.target();
        if (again.amountStart() != first.amountStart() || kept == null || !named.contains(kept.id())) {
            return false;
        }
        if (then.investor() == null && then.target() != null) {
            return now.target() != null && now.target().id().equals(then.target().id()) && now.investor() != null
                    && candidates.contains(now.investor().id());
        }
        if (then.target() == null && then.investor() != null) {
            return now.investor() != null && now.investor().id().equals(then.investor().id()) && now.target() != null
                    && candidates.contains(now.target().id());
        }
        return false;
    }

    /**
     * "Helsing lève N. La « Nvidia coréenne » obtient M": a deal of a sentence whose first name is a nickname ({@link
     * #isNickname}), with a target the sentence does not name, is the nicknamed company's, which the text does not
     * name there; no company of the sentences before it.
     */
    private static boolean paidUnderNickname(Article article, String text, Found found, List<EntityMention> nicknames) {
        Sentence sentence = article.sentences.get(found.sentence());
        Party target = found.deal().target();
        if (target == null) {
            return false;
        }
        boolean named = article.mentionsIn(sentence.start(), sentence.end()).stream()
                .anyMatch(m -> m.entityId().equals(target.id()))
                || text.substring(sentence.start(), sentence.end()).contains(target.name());
        if (named) {
            return false;
        }
        int firstName = article.mentionsIn(sentence.start(), sentence.end()).stream()
                .mapToInt(EntityMention::start).min().orElse(sentence.end());
        return nicknames.stream().anyMatch(n -> n.start() >= sentence.start() && n.end() <= firstName);
    }

    /** How many characters before a name its nickname article is looked for ("la « "). */
    private static final int NICKNAME_OPENER_CHARS = 8;
    /** How many characters after a name the lower-case words of a nickname are looked for. */
    private static final int NICKNAME_TAIL_CHARS = 48;
    /** A nickname's opener that ends with an opening quote ("la « "). */
    private static final Pattern OPENING_QUOTE_AT_END = Pattern.compile("(?s).*[«“\"][\\s\\u00A0\\u202F]*");
    /** "« Nvidia coréenne »": lower-case words after the name, then the closing quote. */
    private static final Pattern QUOTED_NICKNAME_TAIL =
            Pattern.compile("^[\\s\\u00A0\\u202F]+\\p{Ll}[\\p{L}-]*(?:\\s+\\p{Ll}[\\p{L}-]*){0,2}[\\s\\u00A0\\u202F]*[»”\"]");

    /** Whether a mention of {@code spans} overlaps {@code m}. */
    private static boolean overlapsAny(List<EntityMention> spans, EntityMention m) {
        return spans.stream().anyMatch(f -> f.start() < m.end() && f.end() > m.start());
    }

    /**
     * Whether the mention is a company's name used as the nickname of another one ("Corvanel, le Salesforce des
     * artisans", "la « Nvidia coréenne » lève N"): an article of {@code nicknameOpeners} right before it and a word of
     * {@code nicknameLinks} with a lower-case word after it, or lower-case words closing the quote the article opened.
     * Such a name is no party of the deal and stands for no company of the text.
     *
     * @param lower the text in lower case, the same offsets
     */
    static boolean isNickname(String text, String lower, DealLexicon lexicon, EntityMention m) {
        if (lexicon.nicknameOpener == null || m.start() == 0) {
            return false;
        }
        Matcher opener = lexicon.nicknameOpener.matcher(lower)
                .region(Math.max(0, m.start() - NICKNAME_OPENER_CHARS), m.start()).useTransparentBounds(true);
        if (!opener.find()) {
            return false;
        }
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + NICKNAME_TAIL_CHARS));
        boolean quoted = OPENING_QUOTE_AT_END.matcher(opener.group()).matches();
        if (quoted && QUOTED_NICKNAME_TAIL.matcher(after).find()) {
            return true;
        }
        Matcher link = lexicon.nicknameLink.matcher(lower)
                .region(m.end(), Math.min(lower.length(), m.end() + NICKNAME_TAIL_CHARS));
        return link.lookingAt() && link.end() < text.length() && Character.isLowerCase(text.charAt(link.end()));
    }

    /**
     * Whether an anaphor of the language ("the London-based startup", "it") stands in the sentence before every name
     * of {@code here}, the sentence's own candidates: its subject is then a company named before it.
     */
    private static boolean startsWithAnaphor(Article article, Sentence sentence, List<EntityMention> here) {
        int end = here.isEmpty() ? sentence.end() : here.get(0).start();
        return !WordStarts.matches(article.lexicon.anaphor, article.lexicon.anaphorStarts, article.text,
                sentence.start(), end).isEmpty();
    }

    /**
     * "X raised $900m. Y, which invested $150m, led the round": an investment in a sentence
     * with a share word ({@code shareMarkers}), smaller than an investment in the same company found before it or
     * in the same sentence, is one investor's share of that deal, which is reported instead.
     */
    private static List<Found> withoutShares(Article article, List<Found> found) {
        Pattern marker = article.lexicon.shareMarker;
        if (marker == null || found.size() < 2) {
            return found;
        }
        List<Found> out = new ArrayList<>(found.size());
        for (Found share : found) {
            Deal deal = share.deal();
            Sentence sentence = article.sentences.get(share.sentence());
            boolean isShare = deal.type() == DealType.INVESTMENT && deal.investor() != null && deal.amountUsd() != null
                    && found.stream().anyMatch(whole -> whole != share && whole.sentence() <= share.sentence()
                            && whole.deal().type() == DealType.INVESTMENT
                            && whole.deal().target().id().equals(deal.target().id())
                            && whole.deal().amountUsd() != null
                            && whole.deal().amountUsd().compareTo(deal.amountUsd()) > 0)
                    && marker.matcher(article.text).region(sentence.start(), sentence.end()).find();
            if (isShare) {
                trace("a share of a larger deal", sentence, null);
            } else {
                out.add(share);
            }
        }
        return out;
    }

    /**
     * "SoftBank will invest $500m in OpenAI as part of a larger $6.5bn round": the whole round, told after a share of
     * it in the same sentence ({@code largerRounds} between the two amounts), is not paid by the share's investor.
     * The round keeps no investor, so that its lead named elsewhere ("The round is led by Thrive") takes the place.
     */
    private static void withoutShareInvestorOnWholeRounds(Article article) {
        Pattern larger = article.lexicon.largerRound;
        if (larger == null || article.found.size() < 2) {
            return;
        }
        for (int i = 0; i < article.found.size(); i++) {
            Found whole = article.found.get(i);
            Deal deal = whole.deal();
            if (deal.investor() == null || deal.type() != DealType.INVESTMENT || deal.amountUsd() == null) {
                continue;
            }
            boolean ofShare = false;
            for (Found share : article.found) {
                Deal part = share.deal();
                if (share != whole && share.sentence() == whole.sentence() && share.amountStart() < whole.amountStart()
                        && part.investor() != null && part.investor().id().equals(deal.investor().id())
                        && part.target().id().equals(deal.target().id()) && part.amountUsd() != null
                        && part.amountUsd().compareTo(deal.amountUsd()) < 0
                        && larger.matcher(article.text).region(share.amountStart(), whole.amountStart()).find()) {
                    ofShare = true;
                    break;
                }
            }
            if (ofShare) {
                article.found.set(i, new Found(withInvestor(deal, null), whole.sentence(), whole.amountStart()));
            }
        }
    }

    /**
     * Rounds with no investor get their lead from the words after the amount or the next sentences ("The
     * round was led by GIC"), up to a sentence that reports another deal or names the amount of another round of
     * the same company ("It raised $6.6bn in October. The $40bn round was led by SoftBank"); failing a lead named
     * anywhere, the first investor named as taking part in it ("Investors in the round included X and Y").
     */
    private List<Found> withRoundLeads(Article article, String language, List<List<MoneyMention>> moneyBySentence) {
        List<Found> out = new ArrayList<>(article.found.size());
        for (Found found : article.found) {
            Deal deal = found.deal();
            if (deal.type() == DealType.INVESTMENT && deal.investor() != null
                    && firstOfSeveralPayers(article, found)) {
                // "X raised $75m from Temasek, GIC and Accel. GIC led the round": a lead replaces the first named
                EntityMention named = leadAfter(article, language, found, moneyBySentence, roundLeads::lead);
                out.add(named == null ? found : new Found(withInvestor(deal, party(named)), found.sentence(),
                        found.amountStart()));
                continue;
            }
            if (deal.investor() != null || deal.type() != DealType.INVESTMENT) {
                out.add(found);
                continue;
            }
            EntityMention lead = leadAfter(article, language, found, moneyBySentence, roundLeads::lead);
            if (lead == null) {
                lead = lenderInItsSentence(article, language, found, moneyBySentence.get(found.sentence()));
            }
            if (lead == null) {
                String target = deal.target().id();
                lead = leadAfter(article, language, found, moneyBySentence,
                        (lowered, code, from, to, mentions) -> describedLead(article, code, from, to, target));
            }
            if (lead == null) {
                lead = leadBefore(article, language, found);
            }
            if (lead == null) {
                lead = namedLead(article, language, found, moneyBySentence);
            }
            if (lead == null) {
                lead = leadOfTheSameAmount(article, language, found, moneyBySentence);
            }
            if (lead == null) {
                lead = leadAfter(article, language, found, moneyBySentence, roundLeads::participant);
            }
            out.add(lead == null ? found : new Found(withInvestor(deal, party(lead)), found.sentence(),
                    found.amountStart()));
        }
        return out;
    }

    /**
     * Whether the investor of {@code found} is the first of several names its sentence joins by commas or a
     * conjunction ("Temasek, GIC and Accel"): the payer the roles chose for want of a lead.
     */
    private static boolean firstOfSeveralPayers(Article article, Found found) {
        Sentence sentence = article.sentences.get(found.sentence());
        List<EntityMention> named = article.mentionsIn(sentence.start(), sentence.end());
        for (int i = 0; i + 1 < named.size(); i++) {
            EntityMention first = named.get(i);
            EntityMention next = named.get(i + 1);
            if (first.entityId().equals(found.deal().investor().id()) && !next.entityId().equals(first.entityId())
                    && next.start() >= first.end() && next.start() - first.end() <= JOIN_CHARS
                    && article.lexicon.conjunction.matcher(article.text.substring(first.end(), next.start())).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Where {@link RoundLeads} looks for an investor of a round in a span of the text. */
    @FunctionalInterface
    private interface InvestorFinder {
        EntityMention find(String lowered, String language, int from, int to, List<EntityMention> mentions);
    }

    /**
     * The investor {@code finder} names after the amount of {@code found} or in the next sentences, up to a sentence
     * that reports another deal or names the amount of another round of the same company. When the round's own
     * sentence reports rounds of other companies too, only a next sentence that speaks of all of them ("Both rounds
     * were led by X") may name its investor.
     */
    private EntityMention leadAfter(Article article, String language, Found found,
                                    List<List<MoneyMention>> moneyBySentence, InvestorFinder finder) {
        Deal deal = found.deal();
        EntityMention lead = null;
        int last = Math.min(article.sentences.size() - 1, found.sentence() + LEAD_SENTENCES_AFTER);
        for (int i = found.sentence(); i <= last && lead == null; i++) {
            int index = i;
            boolean otherDeal = article.found.stream().anyMatch(f -> f.sentence() == index && f != found
                    && !f.deal().target().id().equals(deal.target().id()));
            if (i > found.sentence() && (otherDeal || namesAnotherRound(article, moneyBySentence.get(i), i, found))) {
                break;
            }
            Sentence sentence = article.sentences.get(i);
            int from = i == found.sentence() ? leadSearchStart(moneyBySentence.get(i), sentence, found)
                    : sentence.start();
            lead = finder.find(article.text, language, from, sentence.end(), article.mentions);
            EntityMention named = lead;
            // "una ronda de N y la startup Y, que recaudó M liderada por Z": Z leads Y's round, told in between
            boolean laterRoundBetween = lead != null && i == found.sentence() && article.found.stream()
                    .anyMatch(f -> f != found && f.sentence() == index && f.amountStart() > found.amountStart()
                            && f.amountStart() < named.start()
                            && !f.deal().target().id().equals(deal.target().id()));
            if (lead != null && (lead.entityId().equals(deal.target().id()) || laterRoundBetween
                    || i > found.sentence() && namesOnlyAnotherRound(article, sentence, deal, lead))) {
                lead = null;
            }
            if (i == found.sentence() && otherDeal) {
                return lead == null ? leadOfAllRounds(article, language, found, finder) : lead;
            }
        }
        return lead;
    }

    /**
     * "Sequoia is back among Zentrix's backers. The US fund led its previous round, which raised $200m": a description
     * with no name that opens {@code [from, to)} as the subject of a lead phrase ({@link RoundLeads#describedLeadAt})
     * stands for the company named last before it, up to {@value #ANAPHOR_SENTENCES_BACK} sentences back, the round's
     * company {@code target} left out; null when there is no such description or name.
     */
    private EntityMention describedLead(Article article, String language, int from, int to, String target) {
        int at = roundLeads.describedLeadAt(article.text, language, from, to, article.mentions);
        if (at < 0) {
            return null;
        }
        int sentence = 0;
        while (sentence + 1 < article.sentences.size() && article.sentences.get(sentence + 1).start() <= at) {
            sentence++;
        }
        int windowStart = article.sentences.get(Math.max(0, sentence - ANAPHOR_SENTENCES_BACK)).start();
        EntityMention antecedent = null;
        for (EntityMention m : article.mentions) {
            if (m.start() >= windowStart && m.end() <= at && !m.entityId().equals(target)) {
                antecedent = m;
            }
        }
        return antecedent;
    }

    /**
     * "A and B raised N and M respectively. Both rounds were led by X": the investor named in the sentence right
     * after a sentence of several rounds, when it speaks of all of them; null otherwise.
     */
    private EntityMention leadOfAllRounds(Article article, String language, Found found, InvestorFinder finder) {
        int next = found.sentence() + 1;
        if (next >= article.sentences.size() || article.found.stream().anyMatch(f -> f.sentence() == next)) {
            return null;
        }
        Sentence sentence = article.sentences.get(next);
        if (!roundLeads.namesAllRounds(article.text, language, sentence.start(), sentence.end())) {
            return null;
        }
        EntityMention lead = finder.find(article.text, language, sentence.start(), sentence.end(), article.mentions);
        boolean ofARound = lead != null && article.found.stream()
                .anyMatch(f -> f.sentence() == found.sentence() && f.deal().target().id().equals(lead.entityId()));
        return ofARound ? null : lead;
    }

    /**
     * "X secured a $200m credit line with Y", "X consiguió una línea de crédito de N con Y": the lender named right
     * after a credit or loan phrase in the sentence of the amount, with no other amount between; null when there is
     * none or it is the company paid.
     */
    private EntityMention lenderInItsSentence(Article article, String language, Found found,
                                              List<MoneyMention> sentenceMoney) {
        Sentence sentence = article.sentences.get(found.sentence());
        int from = leadSearchStart(sentenceMoney, sentence, found);
        EntityMention lender = roundLeads.lender(article.text, language, from, sentence.end(), article.mentions);
        if (lender == null || lender.entityId().equals(found.deal().target().id()) || sentenceMoney.stream()
                .anyMatch(m -> m.start() > found.amountStart() && m.start() < lender.start())) {
            return null;
        }
        return lender;
    }

    /**
     * "die von Y angeführte Runde von X in Höhe von N": in the round's own sentence its lead may stand before the
     * amount when it is the sentence's first; after another amount, the words before belong to that amount's deal
     * ("X raised N in a round led by Y, and Z raised M").
     */
    private static int leadSearchStart(List<MoneyMention> sentenceMoney, Sentence sentence, Found found) {
        boolean first = sentenceMoney.stream().noneMatch(m -> m.end() <= found.amountStart());
        return first ? sentence.start() : found.amountStart();
    }

    /**
     * Whether sentence {@code index} names, instead of the amount of {@code found}, that of another deal of the same
     * company told in an earlier sentence: it goes back to that round ("Chi ha puntato sul round da 6 miliardi").
     */
    private static boolean namesAnotherRound(Article article, List<MoneyMention> sentenceMoney, int index, Found found) {
        Deal deal = found.deal();
        return sentenceMoney.stream().anyMatch(m -> !sameMoney(m, deal) && article.found.stream()
                .anyMatch(f -> f != found && f.sentence() < index && f.deal().target().id().equals(deal.target().id())
                        && sameMoney(m, f.deal())));
    }

    private static boolean sameMoney(MoneyMention amount, Deal deal) {
        return amount.currency().equals(deal.currency()) && amount.amount().compareTo(deal.amount()) == 0;
    }

    private static boolean sameMoney(Deal one, Deal other) {
        return one.currency().equals(other.currency()) && one.amount().compareTo(other.amount()) == 0;
    }

    /**
     * "Index Ventures led the round. Zentrix said it raised $300 million": the lead named in one of the sentences
     * before, up to a sentence that reports a deal of another company.
     */
    private EntityMention leadBefore(Article article, String language, Found found) {
        String target = found.deal().target().id();
        for (int i = found.sentence() - 1; i >= Math.max(0, found.sentence() - LEAD_SENTENCES_BEFORE); i--) {
            int index = i;
            // a sentence that reports a deal, of another company or another round of this one, has its own lead
            if (article.found.stream().anyMatch(f -> f.sentence() == index && (!f.deal().target().id().equals(target)
                    || !sameMoney(f.deal(), found.deal())))) {
                return null;
            }
            Sentence sentence = article.sentences.get(i);
            EntityMention lead = roundLeads.lead(article.text, language, sentence.start(), sentence.end(),
                    article.mentions);
            if (lead != null) {
                return lead.entityId().equals(target) ? null : lead;
            }
        }
        return null;
    }

    /**
     * "Cohere's funding was led by Inovia", "This second round, led by X, values Mistral at ...": a lead named
     * further on, past other deals, in a sentence that names the round's company and reports no deal itself.
     */
    private EntityMention namedLead(Article article, String language, Found found,
                                    List<List<MoneyMention>> moneyBySentence) {
        String target = found.deal().target().id();
        int last = Math.min(article.sentences.size() - 1, found.sentence() + NAMED_LEAD_SENTENCES_AFTER);
        for (int i = found.sentence() + 1; i <= last; i++) {
            int index = i;
            if (article.found.stream().anyMatch(f -> f.sentence() == index)
                    || namesAnotherRound(article, moneyBySentence.get(i), i, found)) {
                continue;
            }
            Sentence sentence = article.sentences.get(i);
            List<EntityMention> named = article.mentionsIn(sentence.start(), sentence.end());
            if (named.stream().noneMatch(m -> m.entityId().equals(target))
                    && !refersBackToTheOnlyRound(article, found, sentence, index)
                    && !speaksOfTheOnlyRound(article, found, sentence, index)) {
                continue;
            }
            EntityMention lead = roundLeads.lead(article.text, language, sentence.start(), sentence.end(),
                    article.mentions);
            if (lead != null && !lead.entityId().equals(target)) {
                return lead;
            }
        }
        return null;
    }

    /** How many words may stand before the deal reference that opens a sentence naming a lead far after its round. */
    private static final int REFERENCE_OPENING_WORDS = 2;

    /**
     * "X a levé N. [...] L'investissement est mené par Y": a sentence that opens with a reference to a deal ({@code
     * dealReferences}) and names no company of its own before its lead speaks of the round, when every deal found
     * from the round to it is a deal of the same company and amount.
     */
    private static boolean refersBackToTheOnlyRound(Article article, Found found, Sentence sentence, int index) {
        Deal deal = found.deal();
        boolean onlyThatRound = article.found.stream().noneMatch(f -> f.sentence() > found.sentence()
                && f.sentence() <= index && (!f.deal().target().id().equals(deal.target().id())
                || !sameMoney(f.deal(), deal)));
        if (!onlyThatRound || article.found.stream().anyMatch(f -> f != found && f.sentence() == found.sentence()
                && !sameMoney(f.deal(), deal))) {
            return false;
        }
        Matcher reference = article.lexicon.dealReference.matcher(article.text).region(sentence.start(), sentence.end());
        if (!reference.find()) {
            return false;
        }
        int at = reference.start();
        String before = article.text.substring(sentence.start(), at).strip();
        return (before.isEmpty() || before.split("\\s+").length <= REFERENCE_OPENING_WORDS)
                && article.mentionsIn(sentence.start(), at).isEmpty();
    }

    /**
     * "X a levé N. [...] Cette fois, le tour était mené par Y", "Die Runde führte diesmal Y an": a sentence with a round
     * word ({@link CueKind#ROUND_NOUN}) and no amount speaks of the round of {@code found} when that is the only round
     * the article has told up to it: from the first sentence to it, no deal of another company or another amount is
     * found.
     */
    private static boolean speaksOfTheOnlyRound(Article article, Found found, Sentence sentence, int index) {
        Deal deal = found.deal();
        boolean onlyThatRound = article.found.stream().noneMatch(f -> f.sentence() <= index
                && (!f.deal().target().id().equals(deal.target().id()) || !sameMoney(f.deal(), deal)));
        return onlyThatRound && article.cueScanner.cues(sentence, List.of()).stream()
                .anyMatch(c -> c.kind() == CueKind.ROUND_NOUN);
    }

    /**
     * "Zentrix raised $6.6bn in 2024 and $40bn this year. [...] The $6.6bn round had been led by Y": a later sentence
     * that repeats the amount of the round names which round its lead is for, however many sentences and other deals
     * come in between. The sentence must report no deal of its own and name no other company before the lead.
     */
    private EntityMention leadOfTheSameAmount(Article article, String language, Found found,
                                              List<List<MoneyMention>> moneyBySentence) {
        Deal deal = found.deal();
        String target = deal.target().id();
        for (int i = found.sentence() + 1; i < article.sentences.size(); i++) {
            int index = i;
            if (moneyBySentence.get(i).stream().noneMatch(m -> sameMoney(m, deal))
                    || article.found.stream().anyMatch(f -> f.sentence() == index)) {
                continue;
            }
            Sentence sentence = article.sentences.get(i);
            EntityMention lead = roundLeads.lead(article.text, language, sentence.start(), sentence.end(),
                    article.mentions);
            if (lead == null || lead.entityId().equals(target)) {
                continue;
            }
            boolean otherBefore = article.mentionsIn(sentence.start(), lead.start()).stream()
                    .anyMatch(m -> !m.entityId().equals(target) && !m.entityId().equals(lead.entityId()));
            if (!otherBefore && !namesOnlyAnotherRound(article, sentence, deal, lead)) {
                return lead;
            }
        }
        return null;
    }

    /**
     * The sentence names the company of another round of the article, and not this round's; the lead and the
     * names listed with it ("led by X, Y and Z") do not count.
     */
    private static boolean namesOnlyAnotherRound(Article article, Sentence sentence, Deal deal, EntityMention lead) {
        List<EntityMention> named = article.mentionsIn(sentence.start(), sentence.end());
        if (named.stream().anyMatch(m -> m.entityId().equals(deal.target().id()))) {
            return false;
        }
        int listEnd = lead.end();
        for (EntityMention m : named) {
            if (m.start() >= listEnd && m.start() - listEnd <= 6
                    && article.text.substring(listEnd, m.start()).matches("\\s*(?:,|and|et|e|y|und|&)?\\s*")) {
                listEnd = m.end();
            }
        }
        int coLeadsEnd = listEnd;
        return named.stream().filter(m -> m.start() < lead.start() || m.start() >= coLeadsEnd)
                .anyMatch(m -> article.found.stream().anyMatch(f -> f.deal() != deal
                        && f.deal().type() == DealType.INVESTMENT && f.deal().target().id().equals(m.entityId())));
    }

    private static Deal withInvestor(Deal deal, Party investor) {
        return new Deal(investor, deal.target(), deal.amount(), deal.amountHigh(), deal.currency(), deal.amountUsd(),
                deal.qualifier(), deal.type(), deal.stage(), deal.evidence(), deal.start(), deal.end());
    }

    private static Deal withTarget(Deal deal, Party target) {
        return new Deal(deal.investor(), target, deal.amount(), deal.amountHigh(), deal.currency(), deal.amountUsd(),
                deal.qualifier(), deal.type(), deal.stage(), deal.evidence(), deal.start(), deal.end());
    }

    /**
     * What the extraction of one article has seen so far: sentences, mentions and the deals found, and by sentence
     * the buyer of companies bought together for one price (no deal, but the buyer of the series). {@code text}
     * is the lowered article text the lexicon's patterns read; offsets are those of the original.
     */
    private record Article(String text, String language, DealLexicon lexicon, CueScanner cueScanner,
                           List<Sentence> sentences, List<EntityMention> mentions, Predicate<String> sellsCompute,
                           Predicate<String> investsOnly, Predicate<String> isGovernment,
                           Function<String, String> countryOf, List<Found> found,
                           Map<Integer, Party> jointBuyers) {

        Article(String text, String language, DealLexicon lexicon, CueScanner cueScanner, List<Sentence> sentences,
                List<EntityMention> mentions, Predicate<String> sellsCompute, Predicate<String> investsOnly,
                Predicate<String> isGovernment, Function<String, String> countryOf) {
            this(text, language, lexicon, cueScanner, sentences, mentions, sellsCompute, investsOnly, isGovernment,
                    countryOf, new ArrayList<>(), new HashMap<>());
        }

        List<EntityMention> mentionsIn(int from, int to) {
            return mentions.stream().filter(m -> m.start() >= from && m.end() <= to).toList();
        }
    }

    /** A deal with the sentence it came from, for anaphors in the following sentences. */
    private record Found(Deal deal, int sentence, int amountStart) {
    }

    /** Where a clause starts and ends in the text. */
    private record ClauseSpan(int start, int end) {
    }

    /** {@code cues} are the sentence's ({@link CueScanner#cues}). */
    private void extractSentence(Article article, Sentence sentence, List<MoneyMention> sentenceMoney, List<Cue> cues) {
        // "Der Kaufpreis beträgt 35 Milliarden Dollar": a reference to a deal told before is a deal word too
        if (cues.stream().noneMatch(c -> c.kind() != CueKind.TALKS) && !article.lexicon.dealReference
                .matcher(article.text).region(sentence.start(), sentence.end()).find()) {
            if (!listLineDeals(article, sentence, sentenceMoney, cues)
                    && !rankedDeals(article, sentence, sentenceMoney, cues)) {
                trace("no deal word", sentence, null);
            }
            return;
        }
        List<EntityMention> sentenceMentions = article.mentionsIn(sentence.start(), sentence.end());
        List<int[]> bounds = withGappedItems(article.text, clauseBounds(article.text, article.lexicon, sentence),
                sentenceMoney, sentenceMentions, cues);
        MoneyMention distractor = null;
        MoneyMention previous = null;
        // Amounts in the same clause share its reading (tokens, names, the markers and words looked up in it).
        Map<ClauseSpan, Clause> clauses = new HashMap<>();
        for (MoneyMention amount : sentenceMoney) {
            if (tooSmall(amount) || isConversion(article.text, article.lexicon, sentenceMoney, amount)) {
                continue;
            }
            MoneyMention before = previous;
            previous = amount;
            int[] clauseBound = bounds.stream().filter(b -> amount.start() >= b[0] && amount.start() < b[1])
                    .findFirst().orElse(new int[] {sentence.start(), sentence.end()});
            // "The deals: • Zentrix → $17bn (...) • Halvora → $14bn": an amount in a bullet item binds in its item
            int[] item = BulletItems.item(article.text, clauseBound[0], clauseBound[1], amount.start());
            int[] bound = item != null ? item : clauseBound;
            Clause clause = clauses.computeIfAbsent(new ClauseSpan(bound[0], Math.max(bound[1], amount.end())),
                    span -> new Clause(article.text, span.start(), span.end(), article.lexicon, cues, sentenceMoney,
                            sentenceMentions));
            if (DistractorFilter.isDistractor(clause, amount) || comparesWith(article, distractor, amount)
                    || before != null && before == distractor && ListedDeals.continuesItemBefore(clause, before, amount)) {
                trace("distractor", sentence, amount);
                distractor = amount;
                continue;
            }
            // "• Zentrix → $17bn (...)": the company that opens the amount's item is paid, whatever its brackets say
            Deal deal = bulletItemDeal(article, sentence, clause, cues, sentenceMentions, amount);
            if (deal == null) {
                deal = listLineDeal(article, sentence, clause, sentenceMentions, sentenceMoney, amount);
            }
            if (deal == null) {
                deal = bracketedRaise(article, sentence, clause, cues, sentenceMentions, amount);
            }
            if (deal == null) {
                deal = bracketedListItem(article, sentence, clause, cues, sentenceMentions, sentenceMoney, amount);
            }
            if (deal == null) {
                deal = namedAmountItem(article, sentence, clause, cues, sentenceMentions, sentenceMoney, amount);
            }
            if (deal == null) {
                deal = ownedAmountItem(article, sentence, clause, cues, sentenceMentions, sentenceMoney, amount);
            }
            if (deal == null) {
                deal = wholeRoundOfShare(article, sentence, clause, amount);
            }
            if (deal == null) {
                deal = stateAidToCompanyBefore(article, sentence, clause, amount);
            }
            Cue purchaseNoun = deal == null && article.lexicon.boughtInDeal != null
                    ? purchaseNounRightAfter(clause, amount) : null;
            if (purchaseNoun != null) {
                List<Candidate> namesBefore = clause.candidates.stream().filter(c -> c.end() <= amount.start())
                        .toList();
                deal = boughtInPurchaseNoun(article, sentence, clause, amount, purchaseNoun, namesBefore);
                if (deal == null && boughtInPurchaseNounUnread(article, sentence, clause, amount, namesBefore)) {
                    trace("a purchase of a name not read as a company, told with a purchase noun", sentence, amount);
                    continue;
                }
            }
            List<Candidate> ownerPair = deal == null ? listedOwnerPair(clause, amount) : null;
            if (ownerPair != null) {
                // "Microsoft's $250bn and Oracle's $300bn OpenAI deals": the amount pays the seller of compute of its
                // own pair, before the other readings give every amount to the last owner
                deal = sellerOfPair(article, sentence, clause, amount, ownerPair);
                if (deal == null) {
                    trace("a contract of a listed owner that does not say who pays", sentence, amount);
                    continue;
                }
            }
            for (Cue anchor : deal != null ? List.<Cue>of() : AnchorChooser.anchors(clause, amount)) {
                Roles roles = RoleReader.roles(clause, anchor, amount);
                if (roles != null && sellerOfAnUnreadName(sentence, clause, anchor, roles)) {
                    trace("a seller after a purchase of a name not read as a company", sentence, amount);
                    break;
                }
                if (roles != null) {
                    deal = deal(article, sentence, clause, anchor, amount, roles);
                }
                if (deal != null) {
                    break;
                }
            }
            if (deal == null) {
                // "..., de C par D pour N": an item of a list of purchases far from the list's purchase noun still
                // names its company bought and its buyer
                Cue purchase = clause.cues.stream().filter(c -> c.kind() == CueKind.ACQ_NOUN
                        && c.start() >= clause.start && c.end() <= amount.start()).reduce((a, b) -> b).orElse(null);
                Roles listed = purchase == null ? null : ListedDeals.agentItem(clause, amount, DealType.ACQUISITION);
                deal = listed == null ? null : deal(article, sentence, clause, purchase, amount, listed);
            }
            if (deal == null) {
                // "AMD will supply Meta with chips worth $60bn": goods supplied, with no contract word
                Cue supply = GoodsTrade.supplyOfGoods(clause, amount);
                Roles roles = supply == null ? null : GoodsTrade.supplied(clause, supply);
                deal = roles == null ? null : deal(article, sentence, clause, supply, amount, roles);
            }
            if (deal == null) {
                deal = referredDeal(article, sentence, clause, amount, false);
            } else {
                deal = referredDealOfDescribedSide(article, sentence, clause, amount, deal);
            }
            if (deal == null) {
                deal = earlierAmountOfToldDeal(article, sentence, clause, amount);
            }
            if (deal == null) {
                deal = headlineDescriptionDeal(article, sentence, clause, amount);
            }
            if (deal == null) {
                deal = contractBetweenSellerAndBuyer(article, sentence, clause, amount);
            }
            if (deal == null) {
                deal = dealBetweenPair(article, sentence, clause, amount);
            }
            if (deal == null) {
                deal = contractWithCounterpartOfTopic(article, sentence, clause, amount);
            }
            if (deal == null) {
                deal = purchaseOfCompanyLeftOut(article, sentence, clause, amount);
            }
            if (deal == null) {
                deal = sellerWithUnnamedCustomer(article, sentence, clause, amount);
            }
            if (deal == null) {
                deal = topicsRound(article, sentence, clause, amount);
            }
            if (deal == null) {
                deal = leadDescriptionRaise(article, sentence, clause, amount);
            }
            if (deal == null) {
                deal = stateAidToSubject(article, sentence, clause, amount);
            }
            if (deal == null) {
                deal = payerOnly(article, sentence, clause, amount);
            }
            if (deal != null) {
                deal = unitSold(article, sentence, clause, deal);
            }
            if (deal != null && isSumOfContracts(clause, deal)) {
                trace("a sum of several contracts of one company", sentence, amount);
                continue;
            }
            if (deal != null && isUndirectedContract(article, clause, deal)) {
                trace("a contract between two companies that does not say who pays", sentence, amount);
                continue;
            }
            if (deal != null && boughtTogether(clause, deal, amount)) {
                trace("two companies bought together for one price", sentence, amount);
                if (deal.investor() != null) {
                    article.jointBuyers.put(sentence.index(), deal.investor());
                }
                continue;
            }
            if (deal != null && buysFromSeveralSellers(article, clause, deal)) {
                trace("contracts of a buyer of compute with several sellers", sentence, amount);
                continue;
            }
            if (deal != null && (deal.type() == DealType.ACQUISITION || deal.type() == DealType.SECONDARY_SALE)
                    && deal.investor() == null) {
                deal = withBuyerNamedAfter(article, sentence, deal);
            }
            if (deal != null && deal.type() == DealType.ACQUISITION && deal.investor() == null
                    && !boughtByPerson(sentence, clause)) {
                deal = withTopicAsBuyer(article, sentence, deal);
            }
            if (deal != null && deal.type() == DealType.INVESTMENT && deal.investor() == null
                    && investmentNounOnly(clause, deal) && !isRunningTotal(clause, deal, amount, sentenceMoney)) {
                // "Nvidia ha annunciato due accordi. Il primo riguarda l'investimento di 5 miliardi in Intel": an
                // investment told as a noun, with no payer in its clause, is made by the company the sentences before
                // are about
                deal = withTopicAsBuyer(article, sentence, deal);
            }
            if (deal != null && cues.stream().noneMatch(c -> DIRECTED.contains(c.kind()))
                    && !clause.goodsBoughtFrom(deal.target().id()) && !clause.buysGoods()
                    && !GoodsTrade.tradesGoods(clause)) {
                // a supply, pay or purchase word has said who pays, or goods bought from a seller ("KI-Chips von
                // Nvidia"); else a seller of compute is the one paid
                deal = sellerPaid(article, deal);
            }
            if (deal != null) {
                deal = withBuyerOfCompute(article, clause, deal);
            }
            if (deal != null && deal.investor() == null) {
                deal = withPayerJoinedToTarget(article, sentenceMentions, deal);
            }
            if (deal != null && deal.investor() == null) {
                deal = withPayerOfReferredContract(article, sentence, clause, deal);
            }
            if (deal != null && deal.investor() == null && article.investsOnly.test(deal.target().id())
                    && clause.cues.stream().noneMatch(c -> isLoanTaken(clause, c))) {
                // "The Commerce Department is finalising $8bn for Intel and Texas Instruments": a fund or a government
                // with no payer is not the one paid (unless it borrows)
                trace("a fund or a government paid by no one", sentence, amount);
                continue;
            }
            if (deal != null && deal.investor() == null) {
                deal = withStatePayer(article, sentence, clause, deal);
            }
            if (deal != null && namedAsInvestor(article, sentence, deal)) {
                trace("the company named as an investor", sentence, amount);
                continue;
            }
            if (deal != null && (isRunningTotal(clause, deal, amount, sentenceMoney)
                    || isTotalOfRounds(article, cues, sentenceMoney, deal, amount)
                    || followsBracketedList(article, sentence, sentenceMentions, sentenceMoney, amount))) {
                trace("running total", sentence, amount);
                continue;
            }
            if (deal != null && isTotalOfNamedPart(article, sentence, sentenceMentions, sentenceMoney, deal, amount)) {
                trace("a total whose named part is the deal", sentence, amount);
                continue;
            }
            if (deal != null && isLeadsShare(article, sentence, deal, amount)) {
                trace("the lead's share of a round", sentence, amount);
                continue;
            }
            if (deal != null && isPartOfEarlierPrice(article, sentenceMoney, deal, amount)) {
                trace("part of an earlier price", sentence, amount);
                continue;
            }
            if (deal != null && isTrancheOfToldDeal(article, clause, deal)) {
                trace("a tranche of a deal told before", sentence, amount);
                continue;
            }
            if (deal != null && isPartOfEarlierDeal(article, sentence, deal, amount)) {
                trace("part of an earlier amount", sentence, amount);
                continue;
            }
            if (deal != null && paidByStateToCompanyNamedLater(article, sentence, deal)) {
                trace("public money for a company the article names only later", sentence, amount);
                continue;
            }
            List<Deal> each = eachOfListBefore(article, sentence, clause, amount, deal);
            if (each.isEmpty()) {
                each = eachOfJoinedRaisers(article, clause, amount, deal);
            }
            if (!each.isEmpty()) {
                each.forEach(d -> article.found.add(new Found(d, sentence.index(), amount.start())));
            } else if (deal != null) {
                article.found.add(new Found(withoutDescribingBacker(article, sentence, deal), sentence.index(),
                        amount.start()));
            } else {
                Deal ranked = rankedInClause(article, sentence, clause, amount);
                if (ranked != null) {
                    article.found.add(new Found(ranked, sentence.index(), amount.start()));
                } else {
                    trace("no parties", sentence, amount);
                }
            }
        }
        readGappedItems(article, sentence, sentenceMoney);
    }

    /**
     * "X erhielt 5,1 Millionen, die Cloud-Firma Y 1,9 Millionen", "X sicherte sich 70 Mio. und der Anbieter Y 40
     * Mio.": a second item that leaves out the verb of a raise ({@code gappedItems}) raises its own amount, the
     * name right before that amount; neither item is paid by the other, and the first item's backers are its own.
     */
    private static void readGappedItems(Article article, Sentence sentence, List<MoneyMention> sentenceMoney) {
        Pattern gap = article.lexicon.gappedItemGap;
        if (gap == null || sentenceMoney.isEmpty()) {
            return;
        }
        for (int k = 0; k < article.found.size(); k++) {
            // "X sicherte sich 70 Mio. Fr. und der Anbieter Y 40 Mio.": Y, named before a number of its own, is no
            // backer of X even where its own amount was not read
            Found raise = article.found.get(k);
            if (raise.sentence() != sentence.index()) {
                continue;
            }
            Deal raised = raise.deal();
            MoneyMention own = sentenceMoney.stream().filter(m -> m.start() == raise.amountStart()).findFirst()
                    .orElse(null);
            if (own != null && raised.investor() != null
                    && raised.type() == DealType.INVESTMENT && article.mentionsIn(own.end(), sentence.end()).stream()
                    .anyMatch(m -> m.entityId().equals(raised.investor().id())
                            && gap.matcher(article.text).region(own.end(), m.start()).matches()
                            && NUMBER_AFTER.matcher(article.text).region(m.end(), sentence.end()).lookingAt())) {
                article.found.set(k, new Found(withInvestor(raised, null), sentence.index(), raise.amountStart()));
            }
        }
        for (int k = 0; k < article.found.size(); k++) {
            Found item = article.found.get(k);
            if (item.sentence() != sentence.index()) {
                continue;
            }
            MoneyMention amount = sentenceMoney.stream().filter(m -> m.start() == item.amountStart()).findFirst()
                    .orElse(null);
            EntityMention name = amount == null ? null : article.mentionsIn(sentence.start(), amount.start()).stream()
                    .filter(m -> article.text.substring(m.end(), amount.start()).isBlank())
                    .reduce((a, b) -> b).orElse(null);
            MoneyMention before = name == null ? null : sentenceMoney.stream()
                    .filter(m -> m.end() <= name.start()).reduce((a, b) -> b).orElse(null);
            if (before == null || !gap.matcher(article.text).region(before.end(), name.start()).matches()) {
                continue;
            }
            int told = -1;
            for (int j = 0; j < article.found.size(); j++) {
                Found f = article.found.get(j);
                if (f.sentence() == sentence.index() && f.amountStart() == before.start()) {
                    told = j;
                }
            }
            Deal first = told < 0 ? null : article.found.get(told).deal();
            if (first == null || first.type() != DealType.INVESTMENT || first.target() == null
                    || first.target().id().equals(name.entityId())) {
                continue;
            }
            if (first.investor() != null && first.investor().id().equals(name.entityId())) {
                article.found.set(told, new Found(withInvestor(first, null), sentence.index(), before.start()));
            }
            Deal deal = withTarget(withInvestor(item.deal(), null), party(name));
            article.found.set(k, new Found(new Deal(null, deal.target(), deal.amount(), deal.amountHigh(),
                    deal.currency(), deal.amountUsd(), deal.qualifier(), DealType.INVESTMENT, deal.stage(),
                    deal.evidence(), deal.start(), deal.end()), sentence.index(), item.amountStart()));
        }
    }

    /**
     * "Das Ministerium will die Hersteller von Halbleitern fördern [...] rund vier Milliarden Euro. [...] TSMC":
     * public money from a government to a company that the article names only after the sentence is a programme told
     * in general words, not a grant to that company; a headline (the first sentence, with no full stop) may leave the
     * company for the body to name.
     */
    private static boolean paidByStateToCompanyNamedLater(Article article, Sentence sentence, Deal deal) {
        boolean headline = sentence.index() == 0 && !sentence.text().strip().endsWith(".");
        return !headline && deal.investor() != null && article.isGovernment.test(deal.investor().id())
                && article.mentions.stream().noneMatch(m -> m.start() < sentence.end()
                        && m.entityId().equals(deal.target().id()));
    }

    /**
     * "The ministry picked A, B, C and D. Every one of them gets up to $200m under its contract": an amount given to
     * "each" ({@code distributive}) in a clause that names no company is one deal for every company the sentence
     * before lists (two to eight of them), paid by the deal's payer, else by the fund or government that sentence
     * names. {@code deal} is the amount's deal as the other rules read it, or null ("The companies will get
     * contracts of $200m each", with a deal word in the clause). Empty without such a word in the clause or without
     * such a list.
     */
    private List<Deal> eachOfListBefore(Article article, Sentence sentence, Clause clause, MoneyMention amount,
                                        Deal deal) {
        if (article.lexicon.distributive == null || sentence.index() == 0 || !clause.has(article.lexicon.distributive)
                || clause.has(article.lexicon.respectively)
                || article.mentionsIn(clause.start, clause.end).stream()
                        .anyMatch(m -> !article.investsOnly.test(m.entityId()))) {
            return List.of();
        }
        List<Cue> anchors = deal != null ? List.of() : AnchorChooser.anchors(clause, amount);
        if (deal == null && anchors.isEmpty()) {
            return List.of();
        }
        Sentence before = article.sentences.get(sentence.index() - 1);
        List<EntityMention> named = article.mentionsIn(before.start(), before.end());
        List<EntityMention> listed = new ArrayList<>();
        for (EntityMention m : named) {
            if (!article.investsOnly.test(m.entityId())
                    && listed.stream().noneMatch(l -> l.entityId().equals(m.entityId()))) {
                listed.add(m);
            }
        }
        if (listed.size() < 2 || listed.size() > MAX_EACH_LISTED) {
            return List.of();
        }
        Party payer = deal != null && deal.investor() != null ? deal.investor() : named.stream()
                .filter(m -> article.investsOnly.test(m.entityId())).findFirst().map(DealExtractor::party)
                .orElse(null);
        Cue anchor = deal != null ? null : anchors.get(0);
        DealType type = deal != null ? deal.type() : anchor.type() != null ? anchor.type()
                : anchor.kind().defaultType();
        List<Deal> deals = new ArrayList<>();
        for (EntityMention m : listed) {
            deals.add(dealOf(payer, party(m), amount, type, clause, sentence));
        }
        return deals;
    }

    /**
     * "A et B ont chacun levé 4 millions", "A and B raised $4m each": a raise with no payer whose clause has an
     * "each" word ({@code distributive}) and whose company a conjunction alone joins to one other company, the only two
     * named before the amount, is one raise of that amount for each of the two, the first named first. Empty otherwise,
     * and where the clause has a "respectively" word (each name has its own amount there).
     */
    private static List<Deal> eachOfJoinedRaisers(Article article, Clause clause, MoneyMention amount, Deal deal) {
        if (deal == null || deal.investor() != null || deal.type() != DealType.INVESTMENT
                || article.lexicon.distributive == null || !clause.has(article.lexicon.distributive)
                || clause.has(article.lexicon.respectively)) {
            return List.of();
        }
        List<EntityMention> named = article.mentionsIn(clause.start, amount.start()).stream()
                .filter(m -> !article.investsOnly.test(m.entityId())).toList();
        if (named.size() != 2 || named.get(0).entityId().equals(named.get(1).entityId())
                || named.stream().noneMatch(m -> m.entityId().equals(deal.target().id()))
                || !joinedOnly(article, named.get(0).end(), named.get(1).start())) {
            return List.of();
        }
        EntityMention own = named.get(0).entityId().equals(deal.target().id()) ? named.get(0) : named.get(1);
        EntityMention other = own == named.get(0) ? named.get(1) : named.get(0);
        // the deal has no investor (tested above): the second raise has none either
        Deal second = withTarget(deal, party(other));
        return own.start() < other.start() ? List.of(deal, second) : List.of(second, deal);
    }

    /**
     * "X will get as much as $3bn in incentives", "900 millones para X bajo la ley de semiconductores": public money
     * ({@code stateMoney}) with no payer is paid by the government its clause names, else by the first government the
     * article names before the sentence. Unchanged when the clause has no such word or the article names no
     * government.
     */
    private static Deal withStatePayer(Article article, Sentence sentence, Clause clause, Deal deal) {
        if (deal.type() != DealType.INVESTMENT || !clause.has(article.lexicon.stateMoney)) {
            return deal;
        }
        String paid = deal.target().id();
        EntityMention payer = article.mentionsIn(clause.start, clause.end).stream()
                .filter(m -> article.isGovernment.test(m.entityId()) && !m.entityId().equals(paid))
                .findFirst()
                .orElseGet(() -> article.mentions.stream()
                        .filter(m -> m.end() <= sentence.start() && article.isGovernment.test(m.entityId())
                                && !m.entityId().equals(paid))
                        .findFirst().orElse(null));
        return payer == null ? deal : withInvestor(deal, party(payer));
    }

    /**
     * "Der Staat will den Bau einer Fabrik von Infineon mit einer Milliarde Euro und den einer Fabrik von Intel mit
     * zehn Milliarden Euro fördern": public money ({@code stateMoney}) in a clause whose government is named before
     * the amount is paid by that government to the company named last between them, each amount of a list to its own
     * company, else to the one company named after the amount. Null without such a word, without a government before
     * the amount, or without such a company.
     */
    private Deal stateAidToCompanyBefore(Article article, Sentence sentence, Clause clause, MoneyMention amount) {
        if (!clause.has(article.lexicon.stateMoney)) {
            return null;
        }
        List<EntityMention> named = article.mentionsIn(clause.start, clause.end);
        EntityMention government = named.stream().filter(m -> article.isGovernment.test(m.entityId())
                        && m.start() < amount.start() && namesTheAid(article, clause, m))
                .findFirst()
                .orElseGet(() -> named.stream().filter(m -> article.isGovernment.test(m.entityId()))
                        .findFirst().orElse(null));
        if (government == null || government.start() > amount.start()) {
            return null;
        }
        // "an award of $4.7bn to A and up to $1.6bn for B": a company before an earlier amount is that amount's
        int from = government.end();
        int to = clause.end;
        for (MoneyMention m : clause.money) {
            if (m.start() >= amount.end() && isConversion(article.text, article.lexicon, clause.money, m)) {
                // "3 miliardi di euro (3,3 miliardi di dollari) a X": the same money, no item of its own
                continue;
            }
            if (m.end() <= amount.start()) {
                from = Math.max(from, m.end());
            } else if (m.start() >= amount.end()) {
                to = Math.min(to, m.start());
            }
        }
        int itemEnd = to;
        List<EntityMention> after = named.stream()
                .filter(m -> m.start() >= amount.end() && m.end() <= itemEnd && !article.investsOnly.test(m.entityId()))
                .toList();
        EntityMention company = null;
        if (from > government.end() && !after.isEmpty() && clause.forOrToRightAfter(amount)) {
            // a later amount of a list that names its own company: "... and up to $1.6bn for B"
            company = after.get(0);
        } else {
            for (EntityMention m : named) {
                if (m.start() > from && m.end() <= amount.start() && !article.investsOnly.test(m.entityId())) {
                    company = m;
                }
            }
        }
        if (company == null) {
            // "Le gouvernement versera 2 milliards d'euros de subventions pour X": the one company after the amount,
            // named as the one paid (not a source: "pour le secteur, selon X")
            int amountEnd = endOfBracketedConversion(article, clause, amount);
            company = after.size() == 1 && clause.recipientPrepositionBefore(amountEnd, after.get(0).start())
                    ? after.get(0) : null;
        }
        return company == null ? null
                : dealOf(party(government), party(company), amount, DealType.INVESTMENT, clause, sentence);
    }

    /**
     * The end of {@code amount}, or of the bracket right after it that holds only the same money in another currency
     * ("3 miliardi di euro (3,3 miliardi di dollari) a X").
     */
    private static int endOfBracketedConversion(Article article, Clause clause, MoneyMention amount) {
        for (MoneyMention m : clause.money) {
            if (m.start() < amount.end() || !isConversion(article.text, article.lexicon, clause.money, m)) {
                continue;
            }
            int close = article.text.indexOf(')', m.end());
            boolean bracketed = article.text.substring(amount.end(), m.start()).trim().equals("(")
                    && close >= 0 && close < clause.end && article.text.substring(m.end(), close).isBlank();
            return bracketed ? close + 1 : amount.end();
        }
        return amount.end();
    }

    /**
     * Whether {@code government} is named right after a word of public money, as the state the aid comes from ("la
     * Commissione ha approvato un aiuto di Stato italiano"): that state pays, not the body named first, which approves.
     */
    private static boolean namesTheAid(Article article, Clause clause, EntityMention government) {
        Matcher aid = article.lexicon.stateMoney.matcher(article.text).region(clause.start, government.start());
        while (aid.find()) {
            if (article.text.substring(aid.end(), government.start()).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The Commerce Department set out its grants. Zentrix may get grants of up to $2bn": public
     * money ({@code stateMoney}) in a clause that names no government and no deal the rules could read is paid by the
     * first government the article names before the sentence to the company named last before the amount. Null
     * without such a word, government or company, or when the clause names a government.
     */
    private Deal stateAidToSubject(Article article, Sentence sentence, Clause clause, MoneyMention amount) {
        if (!clause.has(article.lexicon.stateMoney)) {
            return null;
        }
        List<EntityMention> named = article.mentionsIn(clause.start, clause.end);
        EntityMention governmentNamed = named.stream().filter(m -> article.isGovernment.test(m.entityId()))
                .findFirst().orElse(null);
        EntityMention company = null;
        for (EntityMention m : named) {
            if (governmentNamed == null && m.end() <= amount.start() && !article.investsOnly.test(m.entityId())) {
                company = m;
            }
        }
        if (company == null && named.stream().allMatch(m -> article.investsOnly.test(m.entityId()))) {
            // no company in the clause: the one the sentence before gave public money to, paid by the government
            // this clause names, if any
            company = soleRecipientBefore(article, sentence);
        } else if (governmentNamed != null) {
            return null;
        }
        EntityMention government = governmentNamed != null ? governmentNamed : article.mentions.stream()
                .filter(m -> m.end() <= sentence.start() && article.isGovernment.test(m.entityId()))
                .findFirst().orElse(null);
        return company == null || government == null ? null
                : dealOf(party(government), party(company), amount, DealType.INVESTMENT, clause, sentence);
    }

    /**
     * "The government finalised a grant with X. Under the final agreement it may get as much as $1.5bn": the one
     * company of the sentence before, when that sentence tells public money too ({@code stateMoney}) but no amount;
     * null when it names none or several.
     */
    private static EntityMention soleRecipientBefore(Article article, Sentence sentence) {
        if (sentence.index() == 0) {
            return null;
        }
        Sentence before = article.sentences.get(sentence.index() - 1);
        if (!article.lexicon.stateMoney.matcher(article.text).region(before.start(), before.end()).find()
                || NUMBER_OTHER_THAN_YEAR.matcher(before.text()).find()) {
            // a sentence before with an amount of its own told that deal; this one's amount is something else
            // ("leaving $16bn in subsidies to be handed out")
            return null;
        }
        List<EntityMention> companies = article.mentionsIn(before.start(), before.end()).stream()
                .filter(m -> !article.investsOnly.test(m.entityId())).toList();
        return companies.stream().allMatch(m -> m.entityId().equals(companies.get(0).entityId()))
                && !companies.isEmpty() ? companies.get(0) : null;
    }

    /**
     * "The Energy Department and X agreed on direct funding of up to $3bn": a fund or a government joined
     * by a conjunction to the company paid, in a deal with no payer, is the payer.
     */
    private static Deal withPayerJoinedToTarget(Article article, List<EntityMention> mentions, Deal deal) {
        if (deal.type() != DealType.INVESTMENT) {
            return deal;
        }
        EntityMention payer = joinedTo(article, mentions, deal.target().id(), article.investsOnly);
        return payer == null ? deal : withInvestor(deal, party(payer));
    }

    /**
     * The name that a conjunction alone joins to a mention of {@code id} in {@code mentions} ("the Commerce Department
     * and Intel"), one that passes {@code wanted}; null when there is none, or the two are the last of a longer list
     * ("Nvidia, CoreWeave und BlackRock").
     */
    private static EntityMention joinedTo(Article article, List<EntityMention> mentions, String id,
                                          Predicate<String> wanted) {
        for (EntityMention named : mentions) {
            if (!named.entityId().equals(id)) {
                continue;
            }
            for (EntityMention other : mentions) {
                if (other.entityId().equals(id) || !wanted.test(other.entityId())) {
                    continue;
                }
                int from = Math.min(other.end(), named.end());
                int to = Math.max(other.start(), named.start());
                int first = Math.min(other.start(), named.start());
                if (from <= to && to - from <= JOIN_CHARS && joinedOnly(article, from, to)
                        && !article.text.substring(Math.max(0, first - 3), first).contains(",")) {
                    return other;
                }
            }
        }
        return null;
    }

    /** Whether the text between two names is a conjunction, perhaps with an article after it ("and the"). */
    private static boolean joinedOnly(Article article, int from, int to) {
        String between = article.text.substring(from, to);
        return between.chars().anyMatch(Character::isLetter)
                && article.lexicon.listJoin.matcher(between).find() && between.strip().split("\\s+").length <= 2;
    }

    /**
     * "The deals: • Zentrix → $17bn • Halvora → $14bn" after "Microsoft is renting capacity": the item's company is
     * paid, the company the previous sentences are about pays, and the deal word before the first bullet gives the
     * type. Null when the amount is no such item or no deal word introduces the list.
     */
    private Deal bulletItemDeal(Article article, Sentence sentence, Clause clause, List<Cue> sentenceCues,
                                List<EntityMention> mentions, MoneyMention amount) {
        EntityMention company = BulletItems.itemCompany(article.text, sentence.start(), amount, mentions,
                article.lexicon.commitment);
        // "• UAE/Zentrix → $15bn (data centres, $1.5bn equity stake)": the stake is an investment in the item's company
        EntityMention stakeIn = company != null ? null : BulletItems.stakeItemCompany(article.text, sentence.start(),
                sentence.end(), amount, mentions, article.lexicon.stakeBefore, article.lexicon.stakeAfter);
        int firstBullet = BulletItems.firstBullet(article.text, sentence.start(), sentence.end());
        if (company == null && stakeIn == null || firstBullet < 0) {
            return null;
        }
        if (company == null) {
            company = stakeIn;
        }
        Cue intro = sentenceCues.stream().filter(c -> c.kind().anchors() && c.end() <= firstBullet).findFirst()
                .orElse(null);
        if (intro == null) {
            return null;
        }
        EntityMention payer = null;
        for (int back = 1; back <= ANAPHOR_SENTENCES_BACK && payer == null && sentence.index() - back >= 0; back++) {
            payer = topic(article, sentence.index() - back, sentence.index(), company.entityId(), false);
        }
        DealType type = stakeIn != null ? DealType.INVESTMENT : intro.type();
        // "• Halvora → $250bn Azure commitment": the item's company commits to pay the company the list is about
        if (stakeIn == null && payer != null && BulletItems.commitsToPay(article.text, sentence.start(), sentence.end(),
                amount, article.lexicon.commitment)) {
            return dealOf(party(company), party(payer), amount, DealType.CONTRACT, clause, sentence);
        }
        return dealOf(payer == null ? null : party(payer), party(company), amount, type, clause, sentence);
    }

    /**
     * A sentence with no deal word that is one line of a list opened by a raise or a round ("Les plus grosses levées
     * du mois :" then "- Zentrix (robots) : 90 M$"): the deals of its amounts ({@link #listLineDeal}), added to those
     * found. Whether it gave any.
     */
    private boolean listLineDeals(Article article, Sentence sentence, List<MoneyMention> sentenceMoney, List<Cue> cues) {
        if (BulletItems.lineItemStart(article.text, sentence.start(), sentence.end()) < 0) {
            return false;
        }
        List<EntityMention> sentenceMentions = article.mentionsIn(sentence.start(), sentence.end());
        Clause clause = null;
        boolean any = false;
        for (MoneyMention amount : sentenceMoney) {
            if (tooSmall(amount) || isConversion(article.text, article.lexicon, sentenceMoney, amount)) {
                continue;
            }
            if (clause == null) {
                clause = new Clause(article.text, sentence.start(), sentence.end(), article.lexicon, cues,
                        sentenceMoney, sentenceMentions);
            }
            if (DistractorFilter.isDistractor(clause, amount)) {
                trace("distractor", sentence, amount);
                continue;
            }
            Deal deal = listLineDeal(article, sentence, clause, sentenceMentions, sentenceMoney, amount);
            if (deal != null) {
                article.found.add(new Found(deal, sentence.index(), amount.start()));
                any = true;
            }
        }
        return any;
    }

    /**
     * "X raised $500M. Y came second with $376M", "Hervor stechen X (250 Millionen Euro) und Y (255 Millionen Euro)":
     * a sentence with no deal word, right after a raise or a round told in one of the {@value #LIST_OPENING_SENTENCES}
     * sentences before, goes on with that list of raises when it ranks its company ({@code rankings}) or puts its
     * amounts in brackets right after companies ({@value #BRACKETED_ITEMS} at least): each amount is a raise of the
     * company {@link #rankedCompany} gives. The investor is not read. Whether any deal was found.
     */
    private boolean rankedDeals(Article article, Sentence sentence, List<MoneyMention> sentenceMoney, List<Cue> cues) {
        if (!followsRaises(article, sentence)) {
            return false;
        }
        boolean ranked = article.lexicon.ranking != null
                && article.lexicon.ranking.matcher(article.text).region(sentence.start(), sentence.end()).find();
        List<EntityMention> sentenceMentions = article.mentionsIn(sentence.start(), sentence.end());
        Clause clause = new Clause(article.text, sentence.start(), sentence.end(), article.lexicon, cues,
                sentenceMoney, sentenceMentions);
        if (!ranked && sentenceMoney.stream().filter(m -> rankedCompany(clause, m, false) != null).count()
                < BRACKETED_ITEMS) {
            // one company with a bracket is an aside, not a list of raises
            return false;
        }
        boolean any = false;
        for (MoneyMention amount : sentenceMoney) {
            if (tooSmall(amount) || isConversion(article.text, article.lexicon, sentenceMoney, amount)) {
                continue;
            }
            Candidate company = rankedCompany(clause, amount, ranked);
            if (company == null || DistractorFilter.isDistractor(clause, amount)) {
                continue;
            }
            Deal deal = dealOf(null, party(company.mention()), amount, DealType.INVESTMENT, clause, sentence);
            article.found.add(new Found(deal, sentence.index(), amount.start()));
            any = true;
        }
        return any;
    }

    /**
     * "Y si piazza subito dopo con N, mentre Z si è assicurata M": a clause with a ranking word and no deal word of its
     * own, in a sentence whose other clause has one, goes on with the raises told before as {@link #rankedDeals} does.
     * Null when the clause reads otherwise.
     */
    private Deal rankedInClause(Article article, Sentence sentence, Clause clause, MoneyMention amount) {
        if (article.lexicon.ranking == null
                || clause.cues.stream().anyMatch(c -> c.kind().anchors() && c.start() >= clause.start
                        && c.end() <= clause.end)
                || !article.lexicon.ranking.matcher(article.text).region(clause.start, clause.end).find()
                || !followsRaises(article, sentence)) {
            return null;
        }
        Candidate company = rankedCompany(clause, amount, true);
        return company == null ? null
                : dealOf(null, party(company.mention()), amount, DealType.INVESTMENT, clause, sentence);
    }

    /**
     * "X sammelte 300 Mio. ein. Auf Platz zwei folgte Y mit 260 Mio. Y baut Software. Auf Rang drei landete Z mit
     * 250 Mio.": whether a raise was found in one of the {@value #LIST_OPENING_SENTENCES} sentences before
     * {@code index}, so that a ranking sentence goes on with the list that raise (or an earlier ranked item) makes.
     */
    /** A sentence after the first that a list of raises opened, or that follows raises found just before. */
    private static boolean followsRaises(Article article, Sentence sentence) {
        return sentence.index() > 0 && (raiseOpensList(article.text, article.cueScanner, article.sentences,
                sentence.index()) || raisesListedBefore(article, sentence.index()));
    }

    private static boolean raisesListedBefore(Article article, int index) {
        return article.found.stream().anyMatch(f -> f.sentence() < index
                && f.sentence() >= index - LIST_OPENING_SENTENCES && f.deal().type() == DealType.INVESTMENT);
    }

    /** Whether {@code sentence} may go on with a list of raises ({@link #rankedDeals}): a ranking word or a bracket. */
    private static boolean mayRank(String lower, DealLexicon lexicon, Sentence sentence) {
        int bracket = lower.indexOf('(', sentence.start());
        return bracket >= 0 && bracket < sentence.end()
                || lexicon.ranking != null && lexicon.ranking.matcher(lower).region(sentence.start(), sentence.end())
                        .find();
    }

    /** "Auf Rang drei landete laut Dealroom ...": whether the name is the source of the sentence, after "laut". */
    private static boolean sourceNamed(Clause clause, Candidate c) {
        return clause.lexicon.sourcePreposition != null && clause.lexicon.sourcePreposition.matcher(clause.text)
                .region(Math.max(clause.start, c.start() - SOURCE_WORD_CHARS), c.start()).find();
    }

    /**
     * The company an amount of a ranking sentence goes to: the one whose bracket holds the amount, or, in a sentence
     * that ranks, the only name between the amount before (or the sentence's start) and this one. Null when there is
     * none, or several (which of them is ranked is not read).
     */
    private static Candidate rankedCompany(Clause clause, MoneyMention amount, boolean ranked) {
        int open = clause.text.lastIndexOf('(', amount.start());
        int close = clause.text.lastIndexOf(')', amount.start());
        Candidate only = null;
        int names = 0;
        for (Candidate c : clause.candidates) {
            if (c.anaphor() || c.end() > amount.start() || sourceNamed(clause, c)) {
                continue;
            }
            boolean bracketed = open >= clause.start && open > close && c.end() <= open
                    && PLACE_BEFORE_BRACKET.matcher(clause.text.substring(c.end(), open)).matches();
            if (bracketed) {
                return c;
            }
            if (clause.money.stream()
                    .noneMatch(m -> m != amount && m.start() >= c.end() && m.end() <= amount.start())) {
                only = c;
                names++;
            }
        }
        if (ranked && names == 0) {
            // "Auf Platz zwei kam mit 90 Millionen Euro die Kölner Firma X": the subject after the amount
            int next = clause.money.stream().filter(m -> m.start() >= amount.end()).mapToInt(MoneyMention::start)
                    .min().orElse(clause.end);
            List<Candidate> after = clause.candidates.stream()
                    .filter(c -> !c.anaphor() && c.start() >= amount.end() && c.end() <= next).toList();
            return after.size() == 1 ? after.get(0) : null;
        }
        return ranked && names == 1 ? only : null;
    }

    /**
     * "Les plus grosses levées du mois :" then "- Zentrix (robots) : 90 M$ en mai + 40 M$ en juin": an amount of a line
     * that opens with a dash or a bullet, a company and a separator is a raise of that company when a raise or a round
     * word opens the list, in one of the {@value #LIST_OPENING_SENTENCES} sentences before its first line. Null
     * otherwise.
     */
    private Deal listLineDeal(Article article, Sentence sentence, Clause clause, List<EntityMention> mentions,
                              List<MoneyMention> sentenceMoney, MoneyMention amount) {
        EntityMention company = BulletItems.lineItemCompany(article.text, sentence.start(), sentence.end(), amount,
                sentenceMoney, mentions);
        if (company == null || article.lexicon.distractor.matcher(article.text).region(sentence.start(),
                amount.start()).find()
                || !raiseOpensList(article.text, article.cueScanner, article.sentences, sentence.index())) {
            // "- Valuation: $38B": the line tells what the amount is, and it is no deal
            return null;
        }
        return dealOf(null, party(company), amount, DealType.INVESTMENT, clause, sentence);
    }

    /**
     * Whether a raise or a round word stands in one of the {@value #LIST_OPENING_SENTENCES} sentences before the run
     * of list lines ({@link BulletItems#lineItemStart}) that ends with sentence {@code index}.
     */
    private static boolean raiseOpensList(String text, CueScanner cueScanner, List<Sentence> sentences, int index) {
        int i = index - 1;
        int lines = 0;
        boolean numbered = BulletItems.numberedLine(text, sentences.get(index).start(), sentences.get(index).end());
        while (true) {
            for (; i >= 0 && lines < LIST_LINES_BACK
                    && BulletItems.lineItemStart(text, sentences.get(i).start(), sentences.get(i).end()) >= 0; lines++) {
                i--;
            }
            // "1. Zentrix: 300 Mio. Euro" then a few sentences about it, then "2. Korvia: 120 Mio. Euro": the text
            // between two numbered items belongs to the list and may say what its amounts are
            int j = i;
            while (j >= 0 && i - j < PROSE_BETWEEN_ITEMS
                    && !BulletItems.numberedLine(text, sentences.get(j).start(), sentences.get(j).end())) {
                j--;
            }
            if (!numbered || j < 0 || j == i || lines >= LIST_LINES_BACK
                    || !BulletItems.numberedLine(text, sentences.get(j).start(), sentences.get(j).end())) {
                break;
            }
            for (int k = j + 1; k <= i; k++) {
                if (raiseOrRound(cueScanner, sentences.get(k))) {
                    return true;
                }
            }
            i = j;
        }
        for (int k = 0; k < LIST_OPENING_SENTENCES && i - k >= 0; k++) {
            if (raiseOrRound(cueScanner, sentences.get(i - k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean raiseOrRound(CueScanner cueScanner, Sentence sentence) {
        return cueScanner.cues(sentence, List.of()).stream()
                .anyMatch(c -> c.kind() == CueKind.RAISE_VERB || c.kind() == CueKind.ROUND_NOUN);
    }

    /**
     * "companies such as Zentrix ($2.5bn raised) and ...", "aziende come Zentrix (2,5 miliardi raccolti)": a bracket right
     * after a name that holds only an amount and a raise word is that company's funding. Null otherwise.
     */
    private Deal bracketedRaise(Article article, Sentence sentence, Clause clause, List<Cue> sentenceCues,
                                List<EntityMention> mentions, MoneyMention amount) {
        int opening = bracketOpeningBefore(article.text, sentence, amount);
        if (opening < 0) {
            return null;
        }
        int close = article.text.indexOf(')', amount.end());
        if (close < 0 || close > sentence.end()) {
            return null;
        }
        Cue raise = sentenceCues.stream().filter(c -> c.kind() == CueKind.RAISE_VERB && c.start() >= amount.end()
                && c.end() <= close).findFirst().orElse(null);
        EntityMention named = nameRightBefore(article.text, sentence, mentions, opening);
        if (raise == null || named == null || !article.text.substring(amount.end(), raise.start()).isBlank()
                || !article.text.substring(raise.end(), close).isBlank()) {
            return null;
        }
        return dealOf(null, party(named), amount, DealType.INVESTMENT, clause, sentence);
    }

    /**
     * "The week's largest rounds: Zentrix ($2.3bn), Halvora ($800m) and ...", "des start-up ayant levé des montants
     * records, comme Zentrix (2,5 milliards) ou Halvora (2 milliards)": in a sentence with at least
     * {@value #BRACKETED_ITEMS} names each followed by a bracket that holds only an amount, after a word of a raise, a
     * round, an investment, an acquisition or deals in the plural, each bracket is the deal of the name before it, of
     * the kind of that word (the investor, if any, is not read). Null otherwise.
     */
    private Deal bracketedListItem(Article article, Sentence sentence, Clause clause, List<Cue> sentenceCues,
                                   List<EntityMention> mentions, List<MoneyMention> sentenceMoney,
                                   MoneyMention amount) {
        EntityMention named = nameBeforeBareBracket(article.text, sentence, mentions, amount);
        if (named == null || agentOfItsOwnItem(clause, named)) {
            // "l'acquisto di X da parte di Y (2 miliardi), la vendita di Z a W (1 miliardo)": an item that tells its
            // own deal names its buyer before the bracket; the clause is read as a deal of its own
            return null;
        }
        List<MoneyMention> items = sentenceMoney.stream()
                .filter(m -> nameBeforeBareBracket(article.text, sentence, mentions, m) != null).toList();
        int firstItem = items.stream().mapToInt(MoneyMention::start).min().orElse(amount.start());
        Cue cue = sentenceCues.stream().filter(c -> c.end() <= firstItem && LIST_ITEM_CUES.contains(c.kind()))
                .reduce((first, second) -> second).orElse(null);
        if (cue == null) {
            // "Zentrix ($2.3bn), Halvora ($800m) and Quellor ($100m) raised the most this week": the word comes after
            // the list, the first one after its last bracket
            int lastItem = items.stream().mapToInt(MoneyMention::end).max().orElse(amount.end());
            cue = sentenceCues.stream().filter(c -> c.start() > lastItem && LIST_ITEM_CUES.contains(c.kind()))
                    .findFirst().orElse(null);
        }
        if (items.size() < BRACKETED_ITEMS || cue == null) {
            return null;
        }
        EntityMention buyer = cue.type() == DealType.ACQUISITION ? buyerOpeningSentence(article, sentence, mentions,
                cue, named) : null;
        return dealOf(buyer == null ? null : party(buyer), party(named), amount, cue.type(), clause, sentence);
    }

    /**
     * Whether {@code named}, right before a list item's bracket, is the agent ("by", "da parte di") of a purchase, sale
     * or stake noun of its own clause, or the buyer after "to" of a sale noun ("la vendita di X da A a B"): the item
     * then tells a whole deal, whose company bought is the one after the noun.
     */
    private static boolean agentOfItsOwnItem(Clause clause, EntityMention named) {
        Candidate candidate = clause.candidates.stream().filter(c -> c.start() == named.start()).findFirst()
                .orElse(null);
        if (candidate == null) {
            return false;
        }
        // the noun opens the item: no amount of the clause stands between it and the name
        return clause.cues.stream().anyMatch(cue -> OWN_ITEM_NOUNS.contains(cue.kind()) && cue.start() >= clause.start
                && cue.end() <= candidate.start()
                && clause.money.stream().noneMatch(m -> m.end() > cue.start() && m.start() < candidate.start())
                && (clause.marker(candidate, cue) == Marker.BY
                        || cue.kind() == CueKind.SALE && clause.marker(candidate, cue) == Marker.TO));
    }

    /**
     * "The largest rounds (Zentrix $480M, Halvora $250M, ...)", "grandes rondas: Zentrix 300 millones; Halvora 90
     * millones": in a sentence with at least {@value #BRACKETED_ITEMS} list items that are a name and right after it
     * an amount ({@link #nameOfAmountItem}), after a word of a raise, a round, an investment, an acquisition or deals
     * in the plural, each amount is the deal of the name of its own item, not of a name of the next or the previous
     * item. The investor is not read. Null otherwise.
     */
    private Deal namedAmountItem(Article article, Sentence sentence, Clause clause, List<Cue> sentenceCues,
                                 List<EntityMention> mentions, List<MoneyMention> sentenceMoney, MoneyMention amount) {
        EntityMention named = nameOfAmountItem(article, sentence, mentions, amount);
        if (named == null || article.investsOnly.test(named.entityId())) {
            return null;
        }
        List<MoneyMention> items = sentenceMoney.stream()
                .filter(m -> nameOfAmountItem(article, sentence, mentions, m) != null).toList();
        int firstItem = items.stream().mapToInt(MoneyMention::start).min().orElse(amount.start());
        Cue cue = sentenceCues.stream().filter(c -> c.end() <= firstItem && LIST_ITEM_CUES.contains(c.kind()))
                .reduce((first, second) -> second).orElse(null);
        if (items.size() < BRACKETED_ITEMS || cue == null) {
            return null;
        }
        return dealOf(null, party(named), amount, cue.type(), clause, sentence);
    }

    /**
     * The name of a list item "Zentrix $480M" that holds {@code amount}: a name that opens the item (after a bracket, a
     * comma, a semicolon or a colon) with only white space, a colon, a dash or a comma and an item word between it and
     * the amount ({@link DealLexicon#itemAmountGap}), and the item ending right after the amount (a comma, a semicolon,
     * a closing bracket or the sentence's end). Null when the amount stands in no such item.
     */
    private static EntityMention nameOfAmountItem(Article article, Sentence sentence, List<EntityMention> mentions,
                                                  MoneyMention amount) {
        String text = article.text;
        int after = amount.end();
        while (after < sentence.end() && Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        if (after < sentence.end() && ",;)".indexOf(text.charAt(after)) < 0
                && !(text.charAt(after) == '.' && after + 1 >= sentence.end())) {
            return null;
        }
        EntityMention named = null;
        for (EntityMention m : mentions) {
            if (m.start() >= sentence.start() && m.end() <= amount.start()) {
                named = m;
            }
        }
        if (named == null
                || !article.lexicon.itemAmountGap.matcher(text).region(named.end(), amount.start()).matches()) {
            return null;
        }
        int before = named.start() - 1;
        while (before >= sentence.start() && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        return before >= sentence.start() && "(,;:".indexOf(text.charAt(before)) >= 0 ? named : null;
    }

    /**
     * "Nvidia compte plusieurs achats, comme Gretel (320 millions) et ...", "Apple's purchases include A ($1bn) and
     * B ($2bn)": the name that opens the sentence (within its first {@value #OPENING_NAME_WORDS} words), before the
     * acquisition word, buys the listed companies. Null when the sentence opens with no such name.
     */
    private static EntityMention buyerOpeningSentence(Article article, Sentence sentence, List<EntityMention> mentions,
                                                      Cue cue, EntityMention listed) {
        EntityMention first = mentions.isEmpty() ? null : mentions.get(0);
        if (first == null || first.end() > cue.start() || first.entityId().equals(listed.entityId())
                || article.investsOnly.test(first.entityId())) {
            return null;
        }
        String before = article.text.substring(sentence.start(), first.start()).strip();
        return before.isEmpty() || before.split("\\s+").length < OPENING_NAME_WORDS ? first : null;
    }

    /**
     * "Las mayores rondas del trimestre: 13.000 millones de Anthropic, 5.300 millones de xAI y ...", "the largest
     * rounds: $13bn for Anthropic and $5bn for xAI", "40 milliards levés, dont 14 milliards pour X": after a word of a
     * raise, a round, an investment, an acquisition or deals in the plural, an amount followed right away by "of" or
     * "for" and a name is the deal of that name (the investor is not read), when the sentence names no company and no
     * described company before the first such amount, and either {@value #BRACKETED_ITEMS} amounts are so written or
     * this one is the part of an earlier amount ({@code amountParts}: "dont", "of which"). "Of" counts only after a
     * raise verb or a word in the plural (after one round it names investors), and a fund is never the company.
     * Null otherwise.
     */
    private Deal ownedAmountItem(Article article, Sentence sentence, Clause clause, List<Cue> sentenceCues,
                                 List<EntityMention> mentions, List<MoneyMention> sentenceMoney, MoneyMention amount) {
        EntityMention owner = ownerRightAfter(article, mentions, amount);
        if (owner == null) {
            return null;
        }
        List<MoneyMention> items = sentenceMoney.stream()
                .filter(m -> ownerRightAfter(article, mentions, m) != null).toList();
        int firstItem = items.get(0).start();
        // "dont 100 millions de Bpifrance" names where a part came from: only "for" gives a part its company
        boolean part = ownerRightAfter(article, mentions, amount, Marker.FOR) != null
                && sentenceMoney.stream().anyMatch(m -> m.end() <= amount.start()
                        && article.lexicon.amountParts.matcher(article.text).region(m.end(), amount.start()).find());
        Cue cue = sentenceCues.stream().filter(c -> c.end() <= firstItem && LIST_ITEM_CUES.contains(c.kind()))
                .reduce((first, second) -> second).orElse(null);
        boolean namedBefore = mentions.stream().anyMatch(m -> m.start() < firstItem)
                || clause.candidates.stream().anyMatch(c -> c.anaphor() && c.start() < firstItem);
        if (cue == null || namedBefore || items.size() < BRACKETED_ITEMS && !part
                || article.investsOnly.test(owner.entityId())) {
            return null;
        }
        // "La ronda incluye 500 millones de Microsoft y 300 de Nvidia": after one round, "of" names its investors;
        // after several rounds ("rondas", "levées") or a raise verb, the companies that raised
        boolean severalRounds = cue.kind() == CueKind.RAISE_VERB || cue.kind() == CueKind.CONTRACT_SET
                || article.text.charAt(cue.end() - 1) == 's';
        if (!severalRounds && ownerRightAfter(article, mentions, amount, Marker.FOR) == null) {
            return null;
        }
        return dealOf(null, party(owner), amount, cue.type(), clause, sentence);
    }

    /** The name after {@code amount} when only an "of" or "for" preposition stands between them, or null. */
    private static EntityMention ownerRightAfter(Article article, List<EntityMention> mentions, MoneyMention amount) {
        return ownerRightAfter(article, mentions, amount, Marker.OF, Marker.FOR);
    }

    /** The name after {@code amount} when only one of the {@code prepositions} stands between them, or null. */
    private static EntityMention ownerRightAfter(Article article, List<EntityMention> mentions, MoneyMention amount,
                                                 Marker... prepositions) {
        EntityMention next = mentions.stream().filter(m -> m.start() >= amount.end()).findFirst().orElse(null);
        if (next == null) {
            return null;
        }
        String text = article.text;
        int from = amount.end();
        int to = next.start();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            return null;
        }
        Matcher marker = article.lexicon.markers.matcher(text).region(from, to);
        return marker.matches() && Arrays.stream(prepositions).anyMatch(p -> group(article.lexicon, marker, p))
                ? next : null;
    }

    private static boolean group(DealLexicon lexicon, Matcher markers, Marker marker) {
        return lexicon.hasMarker(marker) && markers.group(marker.name()) != null;
    }

    /**
     * "40 milliards levés dans l'IA, dont 14 milliards pour X": a total whose company is named only after one of its
     * parts, which {@link #ownedAmountItem} gives to that company, is not that company's deal.
     */
    private static boolean isTotalOfNamedPart(Article article, Sentence sentence, List<EntityMention> mentions,
                                              List<MoneyMention> sentenceMoney, Deal deal, MoneyMention amount) {
        EntityMention first = mentions.stream().filter(m -> m.entityId().equals(deal.target().id())).findFirst()
                .orElse(null);
        if (first == null || first.start() < amount.end()) {
            return false;
        }
        return sentenceMoney.stream().anyMatch(part -> part.start() > amount.end() && part.end() <= first.start()
                && ownerRightAfter(article, mentions, part, Marker.FOR) == first
                && article.lexicon.amountParts.matcher(article.text).region(amount.end(), part.start()).find());
    }

    /**
     * The name right before a bracket that holds {@code amount} and nothing else ("Zentrix ($2.3bn)"), in the
     * sentence; null when there is no such bracket or name.
     */
    private static EntityMention nameBeforeBareBracket(String text, Sentence sentence, List<EntityMention> mentions,
                                                       MoneyMention amount) {
        int opening = bracketOpeningBefore(text, sentence, amount);
        int close = opening < 0 ? -1 : text.indexOf(')', amount.end());
        if (close < 0 || close >= sentence.end() || !plainBracketTail(text, mentions, amount.end(), close)) {
            return null;
        }
        EntityMention named = nameRightBefore(text, sentence, mentions, opening);
        if (named == null) {
            named = nameBeforeField(text, sentence, mentions, opening);
        }
        return named != null ? named : nameBeforeApposition(text, sentence, mentions, opening);
    }

    /**
     * "Zentrix dans le spatial (170 millions)", "Zentrix in robotics ($170M)": the name before a field of two to
     * {@value #BRACKET_FIELD_WORDS} lower-case words (a preposition and its complement) that ends right before
     * {@code opening}; null when there is none.
     */
    private static EntityMention nameBeforeField(String text, Sentence sentence, List<EntityMention> mentions,
                                                 int opening) {
        EntityMention last = lastNameBefore(sentence, mentions, opening);
        if (last == null) {
            return null;
        }
        String[] words = text.substring(last.end(), opening).strip().split("\\s+");
        if (words.length < 2 || words.length > BRACKET_FIELD_WORDS) {
            return null;
        }
        for (String word : words) {
            if (!word.matches("\\p{Ll}[\\p{L}'’-]*")) {
                return null;
            }
        }
        return Character.isWhitespace(text.charAt(last.end())) ? last : null;
    }

    /**
     * "Gretel, une société de San Diego (320 millions)", "Lepton AI, created two years ago ($700m)":
     * the name before a comma and a short description ({@value #BRACKET_APPOSITION_WORDS} words at most, no other
     * name, comma or bracket) that ends right before {@code opening}; null when there is none.
     */
    private static EntityMention nameBeforeApposition(String text, Sentence sentence, List<EntityMention> mentions,
                                                      int opening) {
        EntityMention last = lastNameBefore(sentence, mentions, opening);
        if (last == null) {
            return null;
        }
        String between = text.substring(last.end(), opening);
        if (!between.startsWith(",")) {
            return null;
        }
        String description = between.substring(1);
        boolean tooLong = description.trim().split("\\s+").length > BRACKET_APPOSITION_WORDS;
        return description.isBlank() || description.chars().anyMatch(c -> c == ',' || c == '(' || c == ')') || tooLong
                ? null : last;
    }

    /** The last name of {@code sentence} that ends before {@code opening}; null when there is none. */
    private static EntityMention lastNameBefore(Sentence sentence, List<EntityMention> mentions, int opening) {
        EntityMention last = null;
        for (EntityMention m : mentions) {
            if (m.start() >= sentence.start() && m.end() <= opening) {
                last = m;
            }
        }
        return last;
    }

    /**
     * "Zentrix ($2.3bn), Halvora ($800m) and Quellor ($100m), about $3.2bn in all": an amount outside brackets after
     * {@value #BRACKETED_ITEMS} or more bracketed list items ({@link #bracketedListItem}) of its sentence is their
     * total.
     */
    private static boolean followsBracketedList(Article article, Sentence sentence, List<EntityMention> mentions,
                                                List<MoneyMention> sentenceMoney, MoneyMention amount) {
        if (nameBeforeBareBracket(article.text, sentence, mentions, amount) != null) {
            return false;
        }
        return sentenceMoney.stream().filter(m -> m.end() <= amount.start()
                && nameBeforeBareBracket(article.text, sentence, mentions, m) != null).count() >= BRACKETED_ITEMS;
    }

    /**
     * Whether the rest of a bracket after its amount, from {@code from} to the ")" at {@code close}, is empty or a few
     * plain words that say what kind of money it was ("in a Series E", "en série E", "raccolti"): at most
     * {@value #BRACKET_TAIL_WORDS} words, no digit, no other bracket or comma, no name. A second amount or a name
     * there makes the bracket more than the deal of the name before it.
     */
    private static boolean plainBracketTail(String text, List<EntityMention> mentions, int from, int close) {
        String tail = text.substring(from, close).strip();
        if (tail.isEmpty()) {
            return true;
        }
        if (tail.chars().anyMatch(c -> Character.isDigit(c) || c == '(' || c == ',' || c == ';')
                || tail.split("\\s+").length > BRACKET_TAIL_WORDS) {
            return false;
        }
        return mentions.stream().noneMatch(m -> m.start() >= from && m.start() < close);
    }

    /** The "(" right before {@code amount} (white space between allowed) in the sentence, or -1. */
    private static int bracketOpeningBefore(String text, Sentence sentence, MoneyMention amount) {
        int open = amount.start() - 1;
        while (open >= sentence.start() && Character.isWhitespace(text.charAt(open))) {
            open--;
        }
        return open >= sentence.start() && text.charAt(open) == '(' ? open : -1;
    }

    /** The name of the sentence that ends right before {@code position} (white space between allowed), or null. */
    private static EntityMention nameRightBefore(String text, Sentence sentence, List<EntityMention> mentions,
                                                 int position) {
        return mentions.stream().filter(m -> m.end() <= position && m.start() >= sentence.start()
                && text.substring(m.end(), position).isBlank()).findFirst().orElse(null);
    }

    /**
     * "Meta y Google firmaron un acuerdo valorado en 10.000 millones": a contract with no payer whose company is one
     * of two companies named together, neither of which sells compute ({@link #contractBetweenSellerAndBuyer}), does
     * not say which of the two pays.
     */
    private static boolean isUndirectedContract(Article article, Clause clause, Deal deal) {
        if (deal.type() != DealType.CONTRACT || deal.investor() != null) {
            return false;
        }
        List<Candidate> named = clause.candidates.stream().filter(c -> !c.anaphor() && clause.isCoordinated(c))
                .toList();
        return named.stream().noneMatch(c -> article.sellsCompute.test(c.entityId()))
                && named.stream().anyMatch(c -> c.entityId().equals(deal.target().id()))
                && named.stream().anyMatch(c -> !c.entityId().equals(deal.target().id()));
    }

    /**
     * "X ha sottoscritto contratti per N con i grandi fornitori di servizi cloud", "X has committed $1tn in
     * deals this year", "X ha comprometido N en acuerdos": a contract with no payer whose only deal words are plural
     * contract nouns (lexicon {@code CONTRACT_SET}) and whose clause names no company but the deal's is the sum of
     * several contracts of that company, no deal of its own.
     */
    private static boolean isSumOfContracts(Clause clause, Deal deal) {
        if (deal.type() != DealType.CONTRACT || deal.investor() != null) {
            return false;
        }
        boolean onlyPlural = clause.cues.stream().noneMatch(c -> c.kind() == CueKind.CONTRACT_NOUN
                || c.kind() == CueKind.PARTNERSHIP)
                && clause.cues.stream().anyMatch(c -> c.kind() == CueKind.CONTRACT_SET);
        return onlyPlural && clause.candidates.stream()
                .allMatch(c -> c.anaphor() || deal.target().id().equals(c.entityId()));
    }

    /**
     * "X a acquis l'espagnole A et la suédoise B pour 120 millions", "X bought A and B for $120m":
     * the company bought is joined by a conjunction (an article and a short description allowed) to another company
     * named right before the price, which is one price for both and no deal of either.
     */
    private static boolean boughtTogether(Clause clause, Deal deal, MoneyMention amount) {
        if (deal.type() != DealType.ACQUISITION) {
            return false;
        }
        String investor = deal.investor() == null ? null : deal.investor().id();
        List<Candidate> before = clause.candidates.stream()
                .filter(c -> !c.anaphor() && c.end() <= amount.start()).toList();
        for (int i = 0; i + 1 < before.size(); i++) {
            Candidate bought = before.get(i);
            Candidate other = before.get(i + 1);
            if (!bought.entityId().equals(deal.target().id()) || other.entityId().equals(investor)
                    || other.entityId().equals(bought.entityId())
                    || !joinedWithDescription(clause, clause.text.substring(bought.end(), other.start()))) {
                continue;
            }
            String price = clause.text.substring(other.end(), amount.start());
            if (price.indexOf(',') < 0 && clause.wordsBetween(other.end(), amount.start()) <= 1
                    && clause.money.stream().noneMatch(m -> m != amount && m.start() >= bought.start()
                    && m.end() <= amount.start())) {
                return true;
            }
        }
        return false;
    }

    /** A conjunction between two names, perhaps with an article and up to two lower-case words after it. */
    private static boolean joinedWithDescription(Clause clause, String gap) {
        if (clause.lexicon.conjunction.matcher(gap).matches()) {
            return true;
        }
        String[] words = gap.strip().split("\\s+");
        return words.length >= 2 && words.length <= 4 && gap.indexOf(',') < 0
                && conjunctionThenLowerCase(clause, words);
    }

    /** The first word is a conjunction ("and", "e", "und") and every word after it is written in lower case. */
    private static boolean conjunctionThenLowerCase(Clause clause, String[] words) {
        if (!clause.lexicon.conjunction.matcher(" " + words[0] + " ").matches()) {
            return false;
        }
        for (int w = 1; w < words.length; w++) {
            if (words[w].isEmpty() || !Character.isLowerCase(words[w].charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Microsoft signed deals worth more than $33bn with neoclouds such as CoreWeave, Nscale and Lambda": a contract
     * with no payer paid to a company that sells no compute, named before a contract word after which the clause names
     * two or more companies that do, is what that company pays them, not one deal it is paid.
     */
    private static boolean buysFromSeveralSellers(Article article, Clause clause, Deal deal) {
        if (deal.type() != DealType.CONTRACT || deal.investor() != null || article.sellsCompute.test(deal.target().id())) {
            return false;
        }
        String target = deal.target().id();
        for (Cue contract : clause.cues) {
            if (contract.kind() != CueKind.CONTRACT_NOUN && contract.kind() != CueKind.CONTRACT_SET) {
                continue;
            }
            boolean buyerBefore = clause.candidates.stream()
                    .anyMatch(c -> !c.anaphor() && c.end() <= contract.start() && target.equals(c.entityId()));
            long sellersAfter = clause.candidates.stream()
                    .filter(c -> !c.anaphor() && c.start() >= contract.end() && article.sellsCompute.test(c.entityId()))
                    .map(Candidate::entityId).distinct().count();
            if (buyerBefore && sellersAfter >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * A contract whose payer sells compute and whose payee does not, turned round: the seller is paid ("Nebius
     * announced a deal with Microsoft worth $19.4bn": Microsoft pays Nebius).
     */
    private static Deal sellerPaid(Article article, Deal deal) {
        if (deal.type() != DealType.CONTRACT || deal.investor() == null
                || !article.sellsCompute.test(deal.investor().id()) || article.sellsCompute.test(deal.target().id())) {
            return deal;
        }
        return new Deal(deal.target(), deal.investor(), deal.amount(), deal.amountHigh(), deal.currency(),
                deal.amountUsd(), deal.qualifier(), deal.type(), deal.stage(), deal.evidence(), deal.start(),
                deal.end());
    }

    /**
     * "X agreed a deal of up to $20bn with Y ... Y put the contract itself at $17bn": a contract with no
     * payer, paid to a seller of compute, whose clause refers to a deal ("the contract", "l'accordo") is paid by the
     * payer of the latest contract to the same seller found earlier in the article.
     */
    private static Deal withPayerOfReferredContract(Article article, Sentence sentence, Clause clause, Deal deal) {
        if (deal.type() != DealType.CONTRACT || !article.sellsCompute.test(deal.target().id())
                || !clause.has(clause.lexicon.dealReference)) {
            return deal;
        }
        for (int i = article.found.size() - 1; i >= 0; i--) {
            Found earlier = article.found.get(i);
            Deal told = earlier.deal();
            if (earlier.sentence() < sentence.index() && told.type() == DealType.CONTRACT && told.investor() != null
                    && told.target().id().equals(deal.target().id())) {
                return withInvestor(deal, told.investor());
            }
        }
        return deal;
    }

    /**
     * "Nebius widened its ties with Meta through a further $4bn contract": a contract that pays a seller
     * of compute and names no payer is paid by the company after "with" in its clause, when that one sells none.
     */
    private static Deal withBuyerOfCompute(Article article, Clause clause, Deal deal) {
        if (deal.type() != DealType.CONTRACT || deal.investor() != null || !article.sellsCompute.test(deal.target().id())) {
            return deal;
        }
        for (Candidate c : clause.candidates) {
            if (!c.anaphor() && clause.marker(c, null) == Marker.WITH && !c.entityId().equals(deal.target().id())
                    && !article.sellsCompute.test(c.entityId())) {
                return withInvestor(deal, party(c.mention()));
            }
        }
        return deal;
    }

    /**
     * "Google completed its acquisition of Wiz. The deal, valued at $32bn, ...": an amount whose clause names no
     * side but refers to a deal ("the deal", "el acuerdo", "l'operazione") gets the sides of the deal told without
     * an amount in one of the sentences before or in the headline, with that deal's type. Null when the clause has
     * no such reference, no sentence before tells a deal, or (unless {@code otherNamesAllowed}: the clause's own
     * reading already gave the amount to a side of that deal) a company that is no side of it stands before the amount.
     */
    private Deal referredDeal(Article article, Sentence sentence, Clause clause, MoneyMention amount,
                              boolean otherNamesAllowed) {
        boolean partnership = clause.has(article.lexicon.partnershipReference);
        String payer = partnership ? null : payerWithoutObject(clause, amount);
        if (!partnership && payer == null && !clause.has(article.lexicon.dealReference)) {
            return null;
        }
        List<Integer> before = new ArrayList<>();
        for (int i = sentence.index() - 1; i >= Math.max(0, sentence.index() - ANAPHOR_SENTENCES_BACK); i--) {
            before.add(i);
        }
        if (sentence.index() > ANAPHOR_SENTENCES_BACK) {
            before.add(0);
        }
        Deal sellerOnly = null;
        for (int index : before) {
            List<Found> foundThere = article.found.stream().filter(f -> f.sentence() == index).toList();
            // "Ha firmato un accordo con Y da 6,5 miliardi. ... Tale collaborazione è nata da un primo contratto
            // da 11,9 miliardi": a reference back to a partnership names the sides of the one contract found there
            if (!foundThere.isEmpty() && !(partnership && foundThere.size() == 1
                    && foundThere.get(0).deal().type() == DealType.CONTRACT) && !toldAgain(foundThere, amount)) {
                break;
            }
            Deal told = foundThere.isEmpty() ? dealWithoutAmount(article, article.sentences.get(index))
                    : foundThere.get(0).deal();
            if (told != null && foundThere.isEmpty() && sellerOnly == null && told.type() == DealType.SECONDARY_SALE
                    && told.investor() == null) {
                // "Y erwarb 20 Prozent an X. X verkauft Eintrittskarten. Der Deal soll N wert sein": a sale that names
                // no buyer may tell what a company sells; a deal with both sides told before it is the one referred to
                sellerOnly = told;
                continue;
            }
            // "... the acquisition by OpenAI for $3bn, but the deal failed" after a deal of Google: another deal
            if (told != null && !otherNamesAllowed && article.mentionsIn(clause.start, amount.end()).stream()
                    .anyMatch(m -> !isSide(told, m) && !clause.namesGoods(m))) {
                break;
            }
            // the payer bought the company or a stake in it ("Google acquired DeepMind", "X bought 30% of Y")
            if (told != null && payer != null && (!PRICED_LATER.contains(told.type()) || told.investor() == null || !told.investor().id().equals(payer))) {
                break;
            }
            if (told != null && (sellerOnly == null || told.investor() != null)) {
                return dealOf(told.investor(), told.target(), amount, told.type(), clause, sentence);
            }
        }
        return sellerOnly == null ? null : referredSellerOnly(article, clause, amount, sellerOnly, payer, sentence,
                otherNamesAllowed);
    }

    /** The sale with no buyer that {@link #referredDeal} put aside, read as it read it; null where it refuses it. */
    private Deal referredSellerOnly(Article article, Clause clause, MoneyMention amount, Deal told, String payer,
                                    Sentence sentence, boolean otherNamesAllowed) {
        if (!otherNamesAllowed && article.mentionsIn(clause.start, amount.end()).stream()
                .anyMatch(m -> !isSide(told, m) && !clause.namesGoods(m))) {
            return null;
        }
        if (payer != null) {
            return null;
        }
        return dealOf(told.investor(), told.target(), amount, told.type(), clause, sentence);
    }

    /**
     * "Korvia pays about $5bn for Zentrix. The deal, valued at $4.87bn, ...": the one deal found in a sentence before,
     * with both sides named, whose amount is close to {@code amount} (both in US dollars; {@link
     * Deduplicator#closeAmounts}) is told again with a more or less precise figure; the two reports are then merged by
     * {@link Deduplicator}.
     */
    private boolean toldAgain(List<Found> foundThere, MoneyMention amount) {
        if (foundThere.size() != 1) {
            return false;
        }
        Deal told = foundThere.get(0).deal();
        BigDecimal usd = rates.toUsd(amount.amount(), amount.currency());
        if (told.investor() == null || told.amountUsd() == null || usd == null || told.amountHigh() != null) {
            return false;
        }
        return Deduplicator.closeAmounts(usd, told.amountUsd());
    }

    /**
     * "Regulators cleared the purchase of Zentrix by Korvia. The security group won approval for this deal valued at
     * $1.8bn": a deal read with no payer whose clause refers to a deal told before ({@code dealReferences}) is that
     * deal, when its company is a side of it (the description subject stood for one of the two).
     */
    private Deal referredDealOfDescribedSide(Article article, Sentence sentence, Clause clause, MoneyMention amount,
                                             Deal deal) {
        if (deal.investor() != null || !clause.has(article.lexicon.dealReference)) {
            return deal;
        }
        Deal referred = referredDeal(article, sentence, clause, amount, true);
        if (referred == null || referred.investor() == null) {
            return deal;
        }
        String company = deal.target().id();
        return company.equals(referred.target().id()) || company.equals(referred.investor().id()) ? referred : deal;
    }

    /**
     * "Google had paid $400 million" after "Google acquired DeepMind": a verb of paying a price ("pay", "spend")
     * before the amount whose clause names one company only, and nothing else, is that company paying for the
     * purchase it made in a sentence before. Where the verb may close the clause ({@code verbSecond}: "Google wolle
     * 400 Millionen Dollar zahlen"), the verb may stand after the amount. The id of that company, or null.
     */
    private static String payerWithoutObject(Clause clause, MoneyMention amount) {
        boolean verbLast = clause.lexicon.verbSecond;
        if (clause.cues.stream().noneMatch(c -> c.kind() == CueKind.PAY_VERB && c.type() == DealType.CONTRACT
                && (c.end() <= amount.start() || verbLast && c.start() >= amount.end()))) {
            return null;
        }
        List<Candidate> named = clause.candidates.stream().filter(c -> !c.anaphor()).toList();
        return named.isEmpty() || clause.candidates.size() != named.size()
                || named.stream().anyMatch(c -> !c.entityId().equals(named.get(0).entityId())
                || c.start() > amount.start()) ? null : named.get(0).entityId();
    }

    /**
     * "X raised $2bn led by Y. The injection comes on top of the $500m raised in October", "Esta cifra se suma a
     * los 500 millones obtenidos en octubre": an amount after words that add it to the deal told just before
     * ({@code earlierAmounts}), in a clause that names no company before it, is an earlier amount of that deal's
     * company, of the same type, paid by no one named. Null when there is no such word, or no deal was found in this
     * sentence or the few before.
     */
    private Deal earlierAmountOfToldDeal(Article article, Sentence sentence, Clause clause, MoneyMention amount) {
        Pattern words = article.lexicon.earlierAmount;
        boolean added = words != null && words.matcher(article.text).region(clause.start, amount.start()).find();
        boolean raisedBefore = !added && raiseParticipleAfter(clause, amount);
        if (!added && !raisedBefore
                || clause.candidates.stream().anyMatch(c -> !c.anaphor() && c.start() < amount.start())) {
            return null;
        }
        Found told = null;
        for (Found f : article.found) {
            if (f.sentence() >= sentence.index() - ANAPHOR_SENTENCES_BACK
                    && (f.sentence() < sentence.index() || f.amountStart() < amount.start())) {
                told = f;
            }
        }
        if (told != null && raisedBefore) {
            // "del miliardo raccolto a marzo, quando X...": money the company of the round told before
            // raised earlier; no other company may be named in the clause
            String company = told.deal().target().id();
            if (told.deal().type() != DealType.INVESTMENT
                    || clause.candidates.stream().anyMatch(c -> !c.anaphor() && !c.entityId().equals(company))) {
                return null;
            }
        }
        return told == null ? null : dealOf(null, told.deal().target(), amount, told.deal().type(), clause, sentence);
    }

    /**
     * "il mezzo miliardo raccolto ad agosto", "i 105 milioni già ottenuti a giugno", "the $500m raised in August": a
     * raise verb right after the amount, at most one word between, tells money raised before.
     */
    private static boolean raiseParticipleAfter(Clause clause, MoneyMention amount) {
        return clause.cues.stream().anyMatch(c -> c.kind() == CueKind.RAISE_VERB && c.start() >= amount.end()
                && clause.wordsBetween(amount.end(), c.start()) <= 1);
    }

    /**
     * "La partnership tra CoreWeave e OpenAI ... un accordo da 6,5 miliardi", "CoreWeave and OpenAI signed a $6.5bn
     * contract", "OpenAI signed a $6.5bn agreement to train its models at CoreWeave": a contract between the two
     * companies of its clause, wherever they stand, one of which sells compute and the other not, pays the seller. A
     * side named again in the clause is still one of the two ("X signed a deal with Y worth N, under which X will
     * supply Y"). Null when the clause has no contract word, names other companies, or neither or both of the two sell
     * compute.
     */
    private Deal contractBetweenSellerAndBuyer(Article article, Sentence sentence, Clause clause,
                                               MoneyMention amount) {
        List<Cue> contracts = clause.cues.stream().filter(c -> c.kind() == CueKind.CONTRACT_NOUN
                || c.kind() == CueKind.CONTRACT_SET || c.kind() == CueKind.PARTNERSHIP).toList();
        List<Candidate> named = firstOfEachEntity(clause.candidates.stream().filter(c -> !c.anaphor()).toList());
        if (contracts.isEmpty() || named.size() != 2 || Clause.sameEntity(named.get(0), named.get(1))
                || totalledAfterAnother(clause, amount, clause.money)) {
            return null;
        }
        Deal deal = sellerOfPair(article, sentence, clause, amount, named);
        return deal != null ? deal : funderOfPair(article, sentence, clause, amount, named);
    }

    /**
     * "La BEI e Iberdrola hanno firmato un accordo da 500 milioni", "The EIB and X signed a EUR 500m agreement": of
     * the two sides of a contract, named together by a conjunction, the one that only invests or is a government (a
     * fund, a public bank, a ministry) pays the other, a company; null when neither or both are such, or when the two
     * are not named together.
     */
    private Deal funderOfPair(Article article, Sentence sentence, Clause clause, MoneyMention amount,
                              List<Candidate> named) {
        boolean firstFunds = funds(article, named.get(0));
        if (firstFunds == funds(article, named.get(1)) || !clause.isCoordinated(named.get(0))
                || !clause.isCoordinated(named.get(1))) {
            return null;
        }
        EntityMention funder = (firstFunds ? named.get(0) : named.get(1)).mention();
        EntityMention funded = (firstFunds ? named.get(1) : named.get(0)).mention();
        return dealOf(party(funder), party(funded), amount, DealType.CONTRACT, clause, sentence);
    }

    /** Whether a named side is a fund, an investor or a government: one that pays and is not paid. */
    private static boolean funds(Article article, Candidate side) {
        return side.entityId() != null
                && (article.investsOnly.test(side.entityId()) || article.isGovernment.test(side.entityId()));
    }

    /** The first candidate of each entity, in text order; a candidate of no entity counts on its own. */
    private static List<Candidate> firstOfEachEntity(List<Candidate> candidates) {
        List<Candidate> first = new ArrayList<>();
        for (Candidate c : candidates) {
            if (first.stream().noneMatch(f -> Clause.sameEntity(f, c))) {
                first.add(c);
            }
        }
        return first;
    }

    /**
     * "l'accordo da N tra X e Y", "el contrato entre X y Y, por un total de N", "a deal of N, the one agreed between X
     * and the software group, Y": a deal noun with its two sides named right after "between"
     * (lexicon key {@code between}), neither of which sells compute (that is {@link #contractBetweenSellerAndBuyer}),
     * is paid by the first named, as news name the buyer or the investor first; the type is the noun's (other for a
     * noun of no type: "affare", "deal"). The amount stands between the noun and "between", or after the second name
     * with no other name before it, or right before the noun ("the $2bn deal between"). Null otherwise.
     */
    private Deal dealBetweenPair(Article article, Sentence sentence, Clause clause, MoneyMention amount) {
        if (clause.lexicon.between == null) {
            return null;
        }
        Matcher between = clause.lexicon.between.matcher(clause.text).region(clause.start, clause.end);
        while (between.find()) {
            int at = between.start();
            int after = between.end();
            List<Candidate> pair = clause.candidates.stream().filter(c -> !c.anaphor() && c.start() >= after).limit(2)
                    .toList();
            if (pair.size() < 2 || !clause.text.substring(after, pair.get(0).start()).isBlank()
                    || Clause.sameEntity(pair.get(0), pair.get(1))
                    || !pairGap(clause, clause.text.substring(pair.get(0).end(), pair.get(1).start()))) {
                continue;
            }
            Matcher noun = clause.lexicon.dealNoun.matcher(clause.text)
                    .region(Math.max(clause.start, at - BETWEEN_NOUN_CHARS), at);
            int nounStart = -1;
            while (noun.find()) {
                nounStart = noun.start();
            }
            int from = nounStart;
            Candidate second = pair.get(1);
            if (from < 0 || clause.candidates.stream().anyMatch(c -> c.start() >= from && c.end() <= at)) {
                continue;
            }
            boolean amountOfTheNoun = amount.start() >= from && amount.end() <= at
                    || amount.end() <= from && clause.wordsBetween(amount.end(), from) <= AMOUNT_BEFORE_NOUN_WORDS
                    && clause.candidates.stream().noneMatch(c -> c.start() >= amount.end() && c.end() <= from)
                    || amount.start() >= second.end() && clause.candidates.stream()
                    .noneMatch(c -> c.start() >= second.end() && c.end() <= amount.start());
            if (!amountOfTheNoun || article.sellsCompute.test(pair.get(0).entityId())
                    || article.sellsCompute.test(second.entityId())) {
                return null;
            }
            DealType type = clause.cues.stream().filter(c -> c.overlaps(from, from + 1) && c.type() != null)
                    .map(Cue::type).findFirst().orElse(DealType.OTHER);
            return dealOf(party(pair.get(0).mention()), party(second.mention()), amount, type, clause, sentence);
        }
        return null;
    }

    /**
     * Between the two sides named after "between": a conjunction, perhaps with an article, up to
     * {@value #PAIR_DESCRIPTION_WORDS} lower-case words describing the second and a comma ("e il produttore di chip,").
     */
    private static boolean pairGap(Clause clause, String gap) {
        String trimmed = gap.strip();
        if (trimmed.endsWith(",")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
        }
        if (trimmed.indexOf(',') >= 0) {
            return false;
        }
        String[] words = trimmed.split("\\s+");
        return words.length > 0 && words.length <= PAIR_DESCRIPTION_WORDS + 2
                && conjunctionThenLowerCase(clause, words);
    }

    /** The owner and the counterpart of an amount of a list before a contract noun, or null. */
    private static List<Candidate> listedOwnerPair(Clause clause, MoneyMention amount) {
        List<Cue> contracts = clause.cues.stream().filter(c -> c.kind() == CueKind.CONTRACT_NOUN
                || c.kind() == CueKind.CONTRACT_SET).toList();
        List<Candidate> pair = contracts.isEmpty() || clause.money.size() < 2 ? null
                : ownerAndNameBeforeNoun(clause, contracts, amount);
        return pair == null || Clause.sameEntity(pair.get(0), pair.get(1)) ? null : pair;
    }

    /** The contract of a pair of companies paid to the one that sells compute; null when neither or both do. */
    private Deal sellerOfPair(Article article, Sentence sentence, Clause clause, MoneyMention amount,
                              List<Candidate> named) {
        boolean firstSells = article.sellsCompute.test(named.get(0).entityId());
        if (firstSells == article.sellsCompute.test(named.get(1).entityId())) {
            return null;
        }
        EntityMention seller = (firstSells ? named.get(0) : named.get(1)).mention();
        EntityMention buyer = (firstSells ? named.get(1) : named.get(0)).mention();
        return dealOf(party(buyer), party(seller), amount, DealType.CONTRACT, clause, sentence);
    }

    /** Between a possessive name and its amount: the possessive ending ("Oracle's $300bn"). */
    private static final Pattern OWNER_GAP = Pattern.compile("(?:['\u2019]s?)?\\s*");

    /**
     * "Microsoft's $250bn and Oracle's $300bn OpenAI deals": amounts, each right after a possessive name, listed before a
     * contract noun with a name right before it. Each amount is a contract between its own owner and that name, whatever
     * the other owners of the list: the two, owner first. Null when the amount is not placed so.
     */
    private static List<Candidate> ownerAndNameBeforeNoun(Clause clause, List<Cue> contracts, MoneyMention amount) {
        Candidate owner = clause.candidates.stream().filter(c -> c.possessive() && !c.anaphor()
                && c.end() <= amount.start() && OWNER_GAP.matcher(clause.text.substring(c.end(), amount.start())).matches())
                .findFirst().orElse(null);
        if (owner == null) {
            return null;
        }
        int at = amount.end();
        for (Candidate c : clause.candidates) {
            if (c.start() < at) {
                continue;
            }
            boolean beforeNoun = contracts.stream().anyMatch(k -> k.start() >= c.end()
                    && clause.text.substring(c.end(), k.start()).isBlank());
            if (beforeNoun && !c.possessive() && !c.anaphor() && clause.text.substring(at, c.start()).isBlank()) {
                return List.of(owner, c);
            }
            MoneyMention next = clause.money.stream().filter(m -> m.start() >= c.end()).findFirst().orElse(null);
            if (!c.possessive() || next == null || !OWNER_GAP.matcher(clause.text.substring(c.end(), next.start())).matches()
                    || !ownerListGap(clause, clause.text.substring(at, c.start()))) {
                return null;
            }
            at = next.end();
        }
        return null;
    }

    /** Text between the amount of one possessive owner and the next owner of a list: nothing, "&", or a conjunction. */
    private static boolean ownerListGap(Clause clause, String gap) {
        return gap.isBlank() || gap.strip().equals("&") || clause.lexicon.conjunction.matcher(gap).matches();
    }

    /** A capitalised name of one or two words ("Robotics", "Power Grids") after a unit noun. */
    private static final Pattern UNIT_NAME = Pattern.compile("\\s+(\\p{Lu}[\\p{L}\\p{N}&-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&-]*)?)"
            + "(?![\\p{L}\\p{N}])");

    /**
     * "X will sell its robotics division to Y for $5bn", "X cederà la divisione Robotics a Y", "la cession de sa
     * branche de robots à Y", "vender su filial chilena a Y": a sale whose seller is its subject and whose word is
     * followed by a unit of the seller (lexicon {@code soldUnits}) sells the unit, which the buyer acquires. The unit is
     * a company of the article whose name begins with the seller's ("X Robotics"), else, outside German (where every
     * noun is capitalised), the seller's name with the capitalised name right after the unit noun. The deal unchanged
     * when the unit cannot be named.
     */
    private static Deal unitSold(Article article, Sentence sentence, Clause clause, Deal deal) {
        boolean contract = deal.type() == DealType.CONTRACT;
        if (clause.lexicon.soldUnit == null
                || deal.type() != DealType.SECONDARY_SALE && deal.type() != DealType.ACQUISITION && !contract) {
            return deal;
        }
        for (Cue sale : clause.cues) {
            // "Y will buy the Italian unit of X", "Y acquisterà la filiale italiana di X": the buyer is known, the unit
            // is bought from its owner
            boolean bought = sale.kind() == CueKind.ACQ_VERB && deal.type() == DealType.ACQUISITION
                    && deal.investor() != null;
            Matcher unit = sale.kind() != CueKind.SALE && !bought ? null
                    : clause.lexicon.soldUnit.matcher(clause.text).region(sale.end(), clause.end);
            if (unit == null || !unit.lookingAt()) {
                continue;
            }
            if (bought) {
                Party owner = deal.target();
                Party unitBought = clause.candidates.stream().anyMatch(c -> !c.anaphor() && c.start() >= unit.end()
                        && c.entityId().equals(owner.id())) ? unitOf(article, owner) : null;
                return unitBought == null || unitBought.id().equals(deal.investor().id()) ? deal
                        : new Deal(deal.investor(), unitBought, deal.amount(), deal.amountHigh(), deal.currency(),
                        deal.amountUsd(), deal.qualifier(), DealType.ACQUISITION, deal.stage(), deal.evidence(),
                        deal.start(), deal.end());
            }
            Candidate named = clause.candidates.stream().filter(c -> !c.anaphor() && c.start() >= unit.end()
                    && clause.text.substring(unit.end(), c.start()).isBlank()).findFirst().orElse(null);
            if (contract && (named == null || deal.investor() == null)) {
                return deal;
            }
            // "X firmó un acuerdo con Y para la venta de su filial Z", read as a contract between X and Y: Z is sold
            // to Y, so the sides of the contract are read again below
            Party seller = contract ? deal.investor() : deal.target();
            if (contract) {
                deal = withInvestor(deal, null);
            }
            // "sa filiale Worldgrid": a company named right after the unit noun is the unit
            Party sold = named != null ? party(named.mention())
                    : unitOf(article, sentence, clause, seller, unit.start(), unit.end());
            if (sold == null) {
                return deal;
            }
            Party buyer = deal.investor() != null && !deal.investor().id().equals(sold.id()) ? deal.investor() : null;
            if (sold.id().equals(seller.id()) && (named == null || buyer != null)) {
                // the sale already reads the unit as the one sold: only a buyer after "with" may be missing
                return deal;
            }
            if (buyer == null) {
                // "sell its unit to Y"; "signed an agreement with Y for the sale of its unit": Y buys
                Candidate after = clause.firstAfter(sale, EnumSet.of(Marker.TO), named);
                if (after == null || after.anaphor()) {
                    after = clause.candidates.stream().filter(c -> !c.anaphor() && c.end() <= sale.start()
                            && clause.marker(c, null) == Marker.WITH).findFirst().orElse(null);
                }
                buyer = after == null || after.anaphor() || after.entityId().equals(seller.id())
                        || after.entityId().equals(sold.id()) ? null : party(after.mention());
            }
            return new Deal(buyer, sold, deal.amount(), deal.amountHigh(), deal.currency(), deal.amountUsd(),
                    deal.qualifier(), DealType.ACQUISITION, deal.stage(), deal.evidence(), deal.start(), deal.end());
        }
        return deal;
    }

    /** The unit of {@code seller} sold ({@link #unitSold}), named from {@code from} on; null when it is not named. */
    private static Party unitOf(Article article, Sentence sentence, Clause clause, Party seller, int unitStart,
                                int from) {
        Party inArticle = unitOf(article, seller);
        if (inArticle != null) {
            return inArticle;
        }
        if (clause.lexicon.verbSecond || from < sentence.start() || from > sentence.start() + sentence.text().length()) {
            return null;
        }
        Matcher word = UNIT_NAME.matcher(sentence.text()).region(from - sentence.start(), sentence.text().length());
        if (!word.lookingAt()) {
            // "its Robotics unit": the name between the determiner and the unit noun
            word = UNIT_NAME.matcher(sentence.text()).region(unitStart - sentence.start(), from - sentence.start());
            if (!word.find() || word.start() == unitStart - sentence.start()) {
                return null;
            }
        }
        int nameStart = sentence.start() + word.start(1);
        int nameEnd = sentence.start() + word.end(1);
        boolean named = clause.candidates.stream().noneMatch(c -> c.start() < nameEnd && c.end() > nameStart);
        return named ? Party.provisional(seller.name() + " " + word.group(1)) : null;
    }

    /**
     * Whether {@code cue} is a loan word after a verb of getting money ("the holding seeks to obtain a $16bn loan"):
     * whoever takes it is paid, a fund too. A loan that banks lead, sell or underwrite names no borrower so.
     */
    private static boolean isLoanTaken(Clause clause, Cue cue) {
        return clause.lexicon.loan != null
                && clause.lexicon.loan.matcher(clause.text).region(cue.start(), cue.end()).matches()
                && clause.cues.stream().anyMatch(c -> c.kind() == CueKind.RAISE_VERB && c.end() <= cue.start());
    }

    /**
     * "darà alla banca X un prestito di N", "il finanziamento che Y ha accordato a X": with a loan word as
     * the anchor, the first name after a paying verb of the clause and its "to", other than {@code lender}: a bank or
     * fund that borrows is paid, as in {@link #isLoanTaken}. Null when there is none.
     */
    private static Candidate borrowerOfLoanGranted(Clause clause, Cue cue, Candidate lender) {
        if (lender == null || clause.lexicon.loan == null
                || !clause.lexicon.loan.matcher(clause.text).region(cue.start(), cue.end()).matches()) {
            return null;
        }
        for (Cue verb : clause.cues) {
            if (verb.kind() != CueKind.PAY_VERB) {
                continue;
            }
            for (Candidate c : clause.candidates) {
                if (c.start() >= verb.end() && !c.anaphor() && c.mention() != null && !Clause.sameEntity(c, lender)
                        && clause.marker(c, verb) == Marker.TO) {
                    return c;
                }
            }
        }
        return null;
    }

    /**
     * "X gewährte Y ein Darlehen über N", "X granted Y a $500m loan": whether {@code object}, named with no preposition
     * right after {@code verb}, a paying verb, is followed in the clause by a loan word with no other name between
     * them: the object is the one given the loan (the dative of German, the first object of English).
     */
    private static boolean borrowsBeforeLoanNoun(Clause clause, Cue verb, Candidate object) {
        if (verb.kind() != CueKind.PAY_VERB || object == null || object.anaphor() || clause.lexicon.loan == null
                || object.start() < verb.end() || clause.marker(object, verb) != Marker.OBJECT) {
            return false;
        }
        Matcher loan = clause.lexicon.loan.matcher(clause.text).region(object.end(), clause.end);
        return loan.find() && clause.candidates.stream()
                .noneMatch(c -> c.start() >= object.end() && c.start() < loan.start());
    }

    /** A company of the article whose name begins with {@code owner}'s ("X Robotics", "Vodafone Italia"), or null. */
    private static Party unitOf(Article article, Party owner) {
        String name = owner.name();
        for (EntityMention m : article.mentions) {
            String other = m.name() == null ? m.surface() : m.name();
            if (!m.entityId().equals(owner.id()) && (other.startsWith(name + " ") || m.surface().startsWith(name + " "))) {
                return party(m);
            }
        }
        return null;
    }

    /** "a $7.5bn lease agreement": the most words between a seller's contract word and its amount. */
    private static final int UNNAMED_CUSTOMER_AMOUNT_WORDS = 3;

    /**
     * "Zentrix made games. In 2022 it was bought by Korvia for $12bn" told with the company bought left out, as
     * Italian, Spanish and German may leave it ("è stata acquisita da Korvia per", "fue adquirida por Korvia por",
     * "wurde sie von Korvia für N übernommen"): a purchase verb whose clause names one company only, its buyer after
     * "by", buys the company the sentences before are about ({@link #companyBefore}). Null when the clause names
     * another company or no sentence before names one.
     */
    private Deal purchaseOfCompanyLeftOut(Article article, Sentence sentence, Clause clause, MoneyMention amount) {
        Cue purchase = clause.cues.stream().filter(c -> c.kind() == CueKind.ACQ_VERB
                && c.type() == DealType.ACQUISITION).findFirst().orElse(null);
        List<Candidate> named = clause.candidates.stream().filter(c -> !c.anaphor()).toList();
        if (purchase == null || named.isEmpty() || named.stream().anyMatch(c -> !Clause.sameEntity(c, named.get(0)))
                || !agentOfPurchase(clause, purchase, named.get(0))) {
            return null;
        }
        Party bought = companyBefore(article, sentence, named.get(0).entityId());
        return bought == null ? null
                : dealOf(party(named.get(0).mention()), bought, amount, DealType.ACQUISITION, clause, sentence);
    }

    /** Whether the clause's contract words are commitments only ("a new $80bn commitment"): spending, no seller. */
    private static boolean commitmentOnly(Clause clause) {
        Pattern commitment = clause.lexicon.commitment;
        return commitment != null && clause.cues.stream().filter(c -> c.kind() == CueKind.CONTRACT_NOUN
                        || c.kind() == CueKind.CONTRACT_SET || c.kind() == CueKind.PARTNERSHIP)
                .allMatch(c -> commitment.matcher(clause.text).region(c.start(), c.end()).find());
    }

    /** "by Korvia" with a purchase verb, or "da", "von" (also words of a seller) with a passive one. */
    private static boolean agentOfPurchase(Clause clause, Cue purchase, Candidate buyer) {
        return clause.marker(buyer, purchase) == Marker.BY || RoleReader.isPassive(clause, purchase)
                && clause.lexicon.agentBefore.matcher(clause.text)
                .region(Math.max(clause.start, buyer.start() - AGENT_WORD_CHARS), buyer.start()).find();
    }

    /**
     * "Korvia took a loan. Its contracts with Zentrix, worth $19bn, back it", "Entre sus acuerdos destaca un contrato
     * de N con Zentrix": a contract noun whose clause names one company only, after "with" ("con", "avec", "mit"), and
     * no subject of its own, is a contract between that company and the company the sentences before are about
     * ({@link #companyBefore}), or else the one the article names most often ({@link #mostNamed}); it pays the one of
     * the two that sells compute. So is a contract signed by the one company its clause names, a buyer, when the
     * company before sells compute ("En abril, Korvia firmó un primer acuerdo por N"). Null when the clause names
     * another company, there is no such company, or neither or both of the two sell compute.
     */
    private Deal contractWithCounterpartOfTopic(Article article, Sentence sentence, Clause clause,
                                                MoneyMention amount) {
        Cue contract = clause.cues.stream().filter(c -> c.kind() == CueKind.CONTRACT_NOUN
                || c.kind() == CueKind.CONTRACT_SET || c.kind() == CueKind.PARTNERSHIP).findFirst().orElse(null);
        List<Candidate> named = clause.candidates.stream().filter(c -> !c.anaphor()).toList();
        if (contract == null || named.isEmpty() || named.stream().anyMatch(c -> !Clause.sameEntity(c, named.get(0)))) {
            return null;
        }
        Marker marker = clause.marker(named.get(0), null);
        // "En abril, Korvia firmó un primer acuerdo por N" after sentences about a seller of compute: the subject
        // that signs buys from that seller (a seller that signs may have another customer)
        boolean buyerSigns = marker == Marker.NONE && named.get(0).end() <= contract.start()
                && !article.sellsCompute.test(named.get(0).entityId()) && !commitmentOnly(clause);
        if (marker != Marker.WITH && !buyerSigns) {
            return null;
        }
        Party topic = companyBefore(article, sentence, named.get(0).entityId());
        if (topic == null) {
            // "The loan rests on one customer. Contracts with Zentrix worth $19bn back it": with no
            // company in the sentences before, the company the article names most often
            EntityMention most = mostNamed(article);
            topic = most == null || most.entityId().equals(named.get(0).entityId())
                    || article.investsOnly.test(most.entityId()) ? null : party(most);
        }
        if (topic == null || buyerSigns && !article.sellsCompute.test(topic.id())) {
            return null;
        }
        boolean counterpartSells = article.sellsCompute.test(named.get(0).entityId());
        if (counterpartSells == article.sellsCompute.test(topic.id())) {
            return null;
        }
        Party counterpart = party(named.get(0).mention());
        return counterpartSells ? dealOf(topic, counterpart, amount, DealType.CONTRACT, clause, sentence)
                : dealOf(counterpart, topic, amount, DealType.CONTRACT, clause, sentence);
    }

    /**
     * "X has agreed a $4bn lease with a hyperscaler it did not name": a contract or lease whose only
     * named company sells compute and stands before the contract word, at most {@value #UNNAMED_CUSTOMER_AMOUNT_WORDS}
     * words from the amount ("will value X at $2bn, according to people with knowledge of the deal" is no contract),
     * pays that seller; who pays is not named. Null otherwise.
     */
    private Deal sellerWithUnnamedCustomer(Article article, Sentence sentence, Clause clause, MoneyMention amount) {
        Cue contract = clause.cues.stream().filter(c -> c.kind() == CueKind.CONTRACT_NOUN
                || c.kind() == CueKind.ACQ_VERB && c.type() == DealType.CONTRACT).findFirst().orElse(null);
        List<Candidate> named = clause.candidates.stream().filter(c -> !c.anaphor()).toList();
        if (contract == null || named.size() != 1 || named.get(0).end() > contract.start()
                || clause.distance(contract, amount) > UNNAMED_CUSTOMER_AMOUNT_WORDS
                || !article.sellsCompute.test(named.get(0).entityId())) {
            return null;
        }
        return dealOf(null, party(named.get(0).mention()), amount, DealType.CONTRACT, clause, sentence);
    }

    /**
     * "Three-month-old AI start-up raises €90m" as the headline, "KI-Start-up sammelt 90 Millionen Euro ein": a
     * description without a name before a raise verb or a round noun stands for the company the article names most
     * often ({@link #mostNamed}). Null outside the headline, when the clause names a company, when no company noun
     * stands before the deal word, or when no company is named more often than every other.
     */
    private Deal headlineDescriptionDeal(Article article, Sentence sentence, Clause clause, MoneyMention amount) {
        if (!isHeadline(article, sentence) || clause.candidates.stream().anyMatch(c -> !c.anaphor())) {
            return null;
        }
        Cue anchor = clause.cues.stream()
                .filter(c -> (c.kind() == CueKind.RAISE_VERB || c.kind() == CueKind.ROUND_NOUN)
                        && c.end() <= amount.start())
                .findFirst().orElse(null);
        if (anchor == null || !article.lexicon.companyNoun.matcher(article.text)
                .region(clause.start, anchor.start()).find()) {
            return null;
        }
        EntityMention named = mostNamed(article);
        return named == null ? null : dealOf(null, party(named), amount, DealType.INVESTMENT, clause, sentence);
    }

    /**
     * Whether the sentence is the headline: the first, or the first after kicker lines above it ("Innovación y
     * Startups", "Tech"), each of at most {@value #KICKER_WORDS} words with no digit.
     */
    private static boolean isHeadline(Article article, Sentence sentence) {
        for (int i = 0; i < sentence.index(); i++) {
            String kicker = article.sentences.get(i).text().strip();
            if (kicker.split("\\s+").length > KICKER_WORDS || kicker.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "1X, backed by OpenAI, raises $100m": a backer named in an apposition right after the company describes it; it
     * is not the payer of this deal (the round's lead may be named in a later sentence). The deal without its investor
     * then, else the deal as it is.
     */
    private static Deal withoutDescribingBacker(Article article, Sentence sentence, Deal deal) {
        Pattern backed = article.lexicon.backedBy;
        if (backed == null || deal.investor() == null || deal.target() == null) {
            return deal;
        }
        String text = article.text;
        for (EntityMention target : article.mentionsIn(sentence.start(), sentence.end())) {
            if (!target.entityId().equals(deal.target().id())) {
                continue;
            }
            int comma = target.end();
            while (comma < sentence.end() && text.charAt(comma) == ' ') {
                comma++;
            }
            if (comma >= sentence.end() || text.charAt(comma) != ',') {
                continue;
            }
            Matcher opening = backed.matcher(text).region(comma + 1, sentence.end());
            if (!opening.lookingAt()) {
                continue;
            }
            int close = text.indexOf(',', opening.end());
            if (close < 0 || close >= sentence.end()) {
                continue;
            }
            int from = opening.end();
            boolean backer = article.mentionsIn(from, close).stream()
                    .anyMatch(m -> m.entityId().equals(deal.investor().id()));
            if (backer) {
                return withInvestor(deal, null);
            }
        }
        return deal;
    }

    /**
     * "Zentrix builds defence software. A €600 million round, led by Halvora Capital, closed": a round that names
     * its lead and no company it pays is the round of the company the sentence before is about, and the lead pays.
     * Null when the clause names another company or no lead, has no round noun or raise verb, the sentence before
     * names no company that is not a fund, or a round of that company was told just before (the amount is then
     * the lead's share of it).
     */
    private Deal topicsRound(Article article, Sentence sentence, Clause clause, MoneyMention amount) {
        if (sentence.index() == 0) {
            return null;
        }
        Cue anchor = clause.cues.stream()
                .filter(c -> c.kind() == CueKind.RAISE_VERB || c.kind() == CueKind.ROUND_NOUN)
                .findFirst().orElse(null);
        if (anchor == null) {
            return null;
        }
        EntityMention lead = roundLeads.lead(article.text, article.language, clause.start, clause.end,
                article.mentions);
        if (lead == null || clause.candidates.stream().anyMatch(c -> !c.anaphor() && c.mention() != lead)) {
            return null;
        }
        EntityMention owner = topic(article, sentence.index() - 1, sentence.index(), lead.entityId(), null);
        if (owner == null || article.investsOnly.test(owner.entityId())) {
            return null;
        }
        // "OpenAI raised $40bn. The round was led by SoftBank with $30bn": the lead's share of the round told before;
        // and after a round told without its investor, this is that round's lead (see withRoundLeads)
        String ownerId = owner.entityId();
        if (article.found.stream().anyMatch(f -> f.sentence() >= sentence.index() - ANAPHOR_SENTENCES_BACK
                && (f.deal().target().id().equals(ownerId)
                    || f.deal().investor() == null && f.deal().type() == DealType.INVESTMENT))) {
            return null;
        }
        return dealOf(party(lead), party(owner), amount, DealType.INVESTMENT, clause, sentence);
    }

    /**
     * "Halvora put $2bn into Zentrix. Korvia, for its part, paid in $500m": a paying verb ({@link CueKind#PAY_VERB})
     * whose subject is the only company of its clause (or companies joined before the verb by commas and a conjunction,
     * the first of which pays: {@link #coordinatedPayers}), with the amount right by the verb (at most
     * {@value #PAYER_ONLY_GAP_CHARS} characters between them, either way round) and nothing paid named after them (the
     * clause ends, a comma follows, or only a reference to the deal, a deal noun or a description of the company paid:
     * "for this acquisition", "en la compañía"), pays the company of the deal told just before (in the sentence, or the
     * {@value #PAYER_ONLY_SENTENCES_BACK} before it with no paragraph break between; not one the payer is a side of,
     * nor a round whose sentence names no investor, whose share the amount is),
     * else the company the article is about: the one it names most often when its first {@value #LEAD_SENTENCES}
     * sentences name it, else the only company other than the payer of the first of those sentences that names one.
     * Null in the first sentence, when the clause names another company or an amount between the payer and this one,
     * something paid for ("in fines", "on salaries", "in a new campus"), no such company, or one that only invests.
     */
    private Deal payerOnly(Article article, Sentence sentence, Clause clause, MoneyMention amount) {
        Cue verb = clause.cues.stream().filter(c -> c.kind() == CueKind.PAY_VERB).findFirst().orElse(null);
        if (verb == null || sentence.index() == 0) {
            return null;
        }
        List<EntityMention> named = article.mentionsIn(clause.start, clause.end);
        if (named.isEmpty() || named.get(0).start() >= verb.start()) {
            return null;
        }
        Set<String> payers = coordinatedPayers(article, named, verb);
        if (payers == null || clause.candidates.stream().anyMatch(c -> !c.anaphor()
                    && !payers.contains(c.entityId()))) {
            return null;
        }
        EntityMention payer = named.get(0);
        if (clause.money.stream().anyMatch(m -> m.start() >= payer.end() && m.start() < amount.start())) {
            // "X contributed N, with an option to add M": only the payer's first amount is paid outright
            return null;
        }
        // "poured billions into its own cloud, with costs of N": the amount stands right by its verb, or it is paid
        // for something else told between them
        int gapFrom = Math.min(verb.end(), amount.end());
        int gapTo = Math.max(verb.start(), amount.start());
        if (gapTo - gapFrom > PAYER_ONLY_GAP_CHARS) {
            return null;
        }
        int after = Math.max(verb.end(), amount.end());
        String rest = article.text.substring(after, Math.max(after, clause.end)).strip();
        if (!rest.isEmpty() && !PAYER_ONLY_REST_OPEN.matcher(rest).lookingAt()) {
            // "for this acquisition", "en la compañía": only a reference to the deal or its company is paid
            String head = rest.substring(0, Math.min(rest.length(), PAYER_ONLY_REFERENCE_CHARS));
            if (!(article.lexicon.dealReference != null && article.lexicon.dealReference.matcher(head).find()
                    || article.lexicon.dealNoun != null && article.lexicon.dealNoun.matcher(head).find()
                    || article.lexicon.anaphor != null && article.lexicon.anaphor.matcher(head).find())) {
                return null;
            }
        }
        Deal told = null;
        int toldIn = -1;
        for (int i = article.found.size() - 1; i >= 0 && told == null; i--) {
            Found f = article.found.get(i);
            if (f.sentence() < sentence.index() - PAYER_ONLY_SENTENCES_BACK) {
                break;
            }
            Deal d = f.deal();
            int from = article.sentences.get(f.sentence()).start();
            if (article.text.substring(from, sentence.start()).contains("\n\n")) {
                break;
            }
            if ((d.type() == DealType.INVESTMENT || d.type() == DealType.ACQUISITION)
                    && !d.target().id().equals(payer.entityId())
                    && (d.investor() == null || !d.investor().id().equals(payer.entityId()))) {
                told = d;
                toldIn = f.sentence();
            }
        }
        if (told != null && told.investor() == null && told.type() == DealType.INVESTMENT) {
            // "X closes a round of N. Y puts in M": the share of a round whose sentence named no investor (see
            // topicsRound)
            Sentence round = article.sentences.get(toldIn);
            String roundOf = told.target().id();
            if (article.mentionsIn(round.start(), round.end()).stream().allMatch(m -> m.entityId().equals(roundOf))) {
                return null;
            }
        }
        if (told != null) {
            return dealOf(party(payer), told.target(), amount, told.type(), clause, sentence);
        }
        // the company the article is about: the one it names most often, when its first sentences name it, else the
        // only company other than the payer of the first of them that names one
        EntityMention about = mostNamed(article);
        int lead = Math.min(LEAD_SENTENCES, sentence.index());
        int leadEnd = article.sentences.get(lead - 1).end();
        if (about == null || about.entityId().equals(payer.entityId()) || about.start() >= leadEnd) {
            about = null;
            for (int i = 0; i < lead && about == null; i++) {
                Sentence s = article.sentences.get(i);
                List<EntityMention> others = article.mentionsIn(s.start(), s.end()).stream()
                        .filter(m -> !m.entityId().equals(payer.entityId())).toList();
                if (!others.isEmpty()) {
                    if (others.stream().anyMatch(m -> !m.entityId().equals(others.get(0).entityId()))) {
                        return null;
                    }
                    about = others.get(0);
                }
            }
        }
        if (about == null || article.investsOnly.test(about.entityId())) {
            return null;
        }
        DealType type = clause.cues.stream()
                .anyMatch(c -> c.kind() == CueKind.ACQ_NOUN || c.kind() == CueKind.ACQ_VERB)
                ? DealType.ACQUISITION : DealType.INVESTMENT;
        return dealOf(party(payer), party(about), amount, type, clause, sentence);
    }

    /**
     * The companies that pay together before a paying verb: the clause's one company, or its companies named one after
     * the other before the verb with only a comma or a conjunction between each two ("Korvia, Halvora and Zentrix
     * put in $60m", "Korvia et Halvora y ont investi N"), the first of which is then the payer told. Null when another
     * company stands after the verb or anything but such a join stands between two of them.
     */
    private static Set<String> coordinatedPayers(Article article, List<EntityMention> named, Cue verb) {
        Set<String> ids = new HashSet<>();
        EntityMention previous = null;
        for (EntityMention m : named) {
            if (!m.entityId().equals(named.get(0).entityId())) {
                if (m.start() >= verb.start() || previous == null || previous.end() > m.start()
                        || !article.lexicon.conjunction.matcher(article.text.substring(previous.end(), m.start()))
                            .matches()) {
                    return null;
                }
            }
            ids.add(m.entityId());
            previous = m;
        }
        return ids;
    }

    /**
     * "A Lisbon chip designer has raised $90m. The money for Zentrix [...]": a raise told in one of the first
     * {@value #LEAD_SENTENCES} sentences, in a clause that opens with an indefinite description ("a drone maker", "una
     * startup francesa", "ein Münchner Start-up", {@link DealLexicon#indefiniteDescription}), is the raise of the first
     * company the next {@value #HEADLINE_BODY_SENTENCES} sentences name that the sentence itself does not. Null when
     * the language has no such description, the sentence comes later, the clause has no raise verb or opens otherwise,
     * or the sentences after it name no company that is not a fund.
     */
    private Deal leadDescriptionRaise(Article article, Sentence sentence, Clause clause, MoneyMention amount) {
        Pattern description = article.lexicon.indefiniteDescription;
        if (description == null || sentence.index() >= LEAD_SENTENCES
                || clause.cues.stream().noneMatch(c -> c.kind() == CueKind.RAISE_VERB)
                || !description.matcher(article.text).region(clause.start, amount.start()).lookingAt()) {
            return null;
        }
        // the companies the sentence itself names are others ("founded by former researchers of X and Y")
        Set<String> inSentence = new HashSet<>();
        article.mentionsIn(sentence.start(), sentence.end()).forEach(m -> inSentence.add(m.entityId()));
        int last = Math.min(article.sentences.size() - 1, sentence.index() + HEADLINE_BODY_SENTENCES);
        EntityMention named = null;
        for (int i = sentence.index() + 1; i <= last && named == null; i++) {
            Sentence body = article.sentences.get(i);
            named = article.mentionsIn(body.start(), body.end()).stream()
                    .filter(m -> !inSentence.contains(m.entityId())).findFirst().orElse(null);
        }
        if (named == null || article.investsOnly.test(named.entityId())) {
            return null;
        }
        return dealOf(null, party(named), amount, DealType.INVESTMENT, clause, sentence);
    }

    /**
     * "Y beteiligt sich mit 400 Millionen Euro an X. [...] Die gesamte Runde umfasst 600 Millionen
     * Euro": the whole of a round, in a clause that names no company before the amount, is the total of the round
     * whose share one investor's funding told before (the last deal found); that share becomes the round, with its
     * investor as the lead. Null when the clause names no whole round or a company before the amount, or the last deal
     * found is no smaller funding.
     */
    private Deal wholeRoundOfShare(Article article, Sentence sentence, Clause clause, MoneyMention amount) {
        Pattern whole = article.lexicon.wholeRound;
        // "part of a larger $400m round that also includes X and Y": names after the amount are its other investors
        if (whole == null || clause.candidates.stream().anyMatch(c -> !c.anaphor() && c.start() < amount.start())
                || !whole.matcher(article.text).region(clause.start, amount.start()).find()) {
            return null;
        }
        BigDecimal usd = rates.toUsd(amount.amount(), amount.currency());
        if (article.found.isEmpty() || usd == null) {
            return null;
        }
        // the last deal told, however far back, when no other deal came between
        int last = article.found.size() - 1;
        Deal told = article.found.get(last).deal();
        if (told.type() != DealType.INVESTMENT || told.investor() == null || told.amountUsd() == null
                || told.amountUsd().compareTo(usd) >= 0) {
            return null;
        }
        article.found.remove(last);
        return new Deal(told.investor(), told.target(), amount.amount(), amount.amountHigh(), amount.currency(), usd,
                amount.qualifier(), DealType.INVESTMENT, stage(clause), sentence.text(), sentence.start(),
                sentence.end());
    }

    /**
     * The company the article names most often, at its first mention; null on a tie for the first place or when
     * none is named twice. The body of a headline that only describes its company ("AI start-up raises...") names
     * the company again and again, and the investors' former employers or rivals once or twice.
     */
    private static EntityMention mostNamed(Article article) {
        Map<String, Integer> counts = new HashMap<>();
        article.mentions.forEach(m -> counts.merge(m.entityId(), 1, Integer::sum));
        int best = 0;
        int second = 0;
        String bestId = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > best) {
                second = best;
                best = e.getValue();
                bestId = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        if (best < 2 || best == second) {
            return null;
        }
        String id = bestId;
        return article.mentions.stream().filter(m -> m.entityId().equals(id)).findFirst().orElse(null);
    }

    private static boolean isSide(Deal deal, EntityMention mention) {
        return deal.target().id().equals(mention.entityId())
                || (deal.investor() != null && deal.investor().id().equals(mention.entityId()));
    }

    /** The deal a sentence without an amount tells ("Google completed its acquisition of Wiz"), or null. */
    private Deal dealWithoutAmount(Article article, Sentence sentence) {
        if (sentence.end() - sentence.start() < 2) {
            return null;
        }
        // A stand-in amount at the end of the sentence: "Google completed its acquisition of Wiz [for X]." A line
        // with no closing stop ("Nvidia achète Arm" over "Montant : N") ends on its last name: the stand-in goes on
        // the line break after it, not on that name's last letter.
        int end = sentence.end();
        boolean open = end < article.text.length() && Character.isLetterOrDigit(article.text.charAt(end - 1))
                && Character.isWhitespace(article.text.charAt(end));
        Deal deal = dealWithoutAmount(article, sentence, open ? end + 1 : end);
        // "La compra de Cohere por parte de Oracle es un paso clave [por X], al ser la operación más grande ...": the
        // words after a comma may tell something else; the stand-in then goes before the first comma that gives a deal
        for (int comma = article.text.indexOf(',', sentence.start()); deal == null && comma > sentence.start()
                && comma < sentence.end() - 1; comma = article.text.indexOf(',', comma + 1)) {
            deal = dealWithoutAmount(article, sentence, comma + 1);
        }
        return deal;
    }

    /** The deal told between the sentence's start and {@code end} with a stand-in amount at {@code end}, or null. */
    private Deal dealWithoutAmount(Article article, Sentence sentence, int end) {
        MoneyMention standIn = new MoneyMention(BigDecimal.ONE, null, "USD", Qualifier.EXACT, end - 1, end);
        List<MoneyMention> money = List.of(standIn);
        List<Cue> cues = article.cueScanner.cues(sentence, money);
        if (cues.stream().noneMatch(c -> c.kind().anchors() && c.end() <= end)) {
            return null;
        }
        Clause clause = new Clause(article.text, sentence.start(), end, article.lexicon, cues, money,
                article.mentionsIn(sentence.start(), end));
        for (Cue anchor : AnchorChooser.anchors(clause, standIn)) {
            Roles roles = RoleReader.roles(clause, anchor, standIn);
            Deal deal = roles == null ? null : deal(article, sentence, clause, anchor, standIn, roles);
            if (deal != null) {
                return deal;
            }
        }
        return null;
    }

    /**
     * "CoreWeave has raised more than $12bn to date", "Mistral AI a levé 3 milliards depuis sa création": money
     * raised from no one in particular over time is a running total, not a deal; "Google has invested $3bn in
     * Anthropic so far" names who paid and stays one.
     */
    /**
     * "Mit 500 Millionen Euro tritt Y dabei als Hauptinvestor auf": a funding with no
     * investor whose company is cast as an investor in its sentence is that investor's share of a round, not a round
     * it raises; and a funding whose company stands in a list of investors ("gli altri investitori del round sono X")
     * is none of that company's.
     */
    private static boolean namedAsInvestor(Article article, Sentence sentence, Deal deal) {
        Pattern role = article.lexicon.investorRole;
        Pattern list = article.lexicon.investorList;
        if (deal.type() != DealType.INVESTMENT) {
            return false;
        }
        for (EntityMention m : article.mentionsIn(sentence.start(), sentence.end())) {
            if (!deal.target().id().equals(m.entityId())) {
                continue;
            }
            // "gli altri investitori del round sono X, Y": listed as an investor, whoever the round's company is
            if (list != null && list.matcher(article.text)
                    .region(Math.max(sentence.start(), m.start() - INVESTOR_LIST_CHARS), m.start()).find()) {
                return true;
            }
            if (role != null && deal.investor() == null
                    && role.matcher(article.text).region(m.end(), sentence.end()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A raise from no one in particular with running-total words ("to date", "in tutto", "collectively") in its clause,
     * after its amount or before it with no other amount between: "start-ups collectively raised $900m in May, with
     * X securing $500m" makes the first amount a sum, not the second.
     */
    private static boolean isRunningTotal(Clause clause, Deal deal, MoneyMention amount, List<MoneyMention> money) {
        if (deal.investor() != null || deal.type() != DealType.INVESTMENT) {
            return false;
        }
        return totalledAfterAnother(clause, amount, money);
    }

    /** Whether a running-total word ("bringing its total to") reads {@code amount} as a total (see {@link #isRunningTotal}). */
    private static boolean totalledAfterAnother(Clause clause, MoneyMention amount, List<MoneyMention> money) {
        if (clause.lexicon.runningTotal == null) {
            return false;
        }
        Matcher words = clause.lexicon.runningTotal.matcher(clause.text).region(clause.start, clause.end);
        while (words.find()) {
            if (words.start() >= amount.end()) {
                if (laterAmountBefore(clause, amount, money, words.start())) {
                    // "a $9m Series A, lifting what it has raised to $30m to date": the words sum up the later amount
                    continue;
                }
                return true;
            }
            int from = words.end();
            if (money.stream().noneMatch(other -> other != amount && other.start() >= from
                    && other.end() <= amount.start()) && !namedAsPartRound(clause, from, amount)
                    && !relativeClauseBetween(clause, from, amount.start())
                    && !itemAfterColon(clause, from, amount.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether another amount of the clause, not the same money converted and not joined to {@code amount} by a
     * conjunction alone ("5 and 7 million"), stands between {@code amount} and a running-total word at {@code word}:
     * "wrapped up a $9m Series A, lifting what it has raised to $30m to date", "un round da 9 milioni, che porta il
     * totale a 30 milioni dalla nascita": the words sum up that later amount, and leave the round its own.
     */
    private static boolean laterAmountBefore(Clause clause, MoneyMention amount, List<MoneyMention> money, int word) {
        return money.stream().anyMatch(other -> other.start() >= amount.end() && other.end() <= word
                && clause.wordsBetween(amount.end(), other.start()) >= 2
                && !isConversion(clause.text, clause.lexicon, money, other));
    }

    /**
     * Whether a colon stands between {@code from} and {@code to} with a name after it, before {@code to}: "Ambas
     * recibieron capital de SoftBank: X recibió N; Y, M": the words before the colon sum up the items after it, each
     * with its own name and amount, and do not make those amounts totals.
     */
    private static boolean itemAfterColon(Clause clause, int from, int to) {
        int colon = clause.text.lastIndexOf(':', to - 1);
        if (colon < from) {
            return false;
        }
        return clause.candidates.stream().anyMatch(c -> !c.anaphor() && c.start() > colon && c.end() <= to);
    }

    /**
     * Whether a relative clause opens between {@code from} and {@code to} (a comma, then a relative pronoun): "In a
     * record year so far, no one matched Zentrix, which just raised $2bn": the running-total word before it belongs
     * to the main clause, not to the raise the relative clause tells.
     */
    private static boolean relativeClauseBetween(Clause clause, int from, int to) {
        for (int comma = clause.text.indexOf(',', from); comma >= 0 && comma < to;
                comma = clause.text.indexOf(',', comma + 1)) {
            if (clause.lexicon.relativeAfter.matcher(clause.text).region(comma, to).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "has raised $528m to date, including a $400m series B": a round noun after a word that introduces parts
     * ({@code amountParts}) between the running-total word and the amount makes the amount one round of the total.
     */
    private static boolean namedAsPartRound(Clause clause, int from, MoneyMention amount) {
        if (from >= amount.start()) {
            return false;
        }
        Matcher part = clause.lexicon.amountParts.matcher(clause.text).region(from, amount.start());
        if (!part.find()) {
            return false;
        }
        int partEnd = part.end();
        return clause.cues.stream().anyMatch(c -> c.kind() == CueKind.ROUND_NOUN && c.start() >= partEnd
                && c.start() < amount.end() + ROUND_AFTER_PART_CHARS);
    }

    /**
     * "a levé environ 900 millions de dollars, dont un tour de table de 300 millions", "has raised $900m, of which a
     * latest round of $300m": money raised from no one in particular that a later, smaller amount of a round is part
     * of is the total of several rounds; the round is the deal.
     */
    private static boolean isTotalOfRounds(Article article, List<Cue> cues, List<MoneyMention> sentenceMoney,
                                           Deal deal, MoneyMention amount) {
        if (deal.investor() != null || deal.type() != DealType.INVESTMENT) {
            return false;
        }
        for (MoneyMention later : sentenceMoney) {
            if (later.start() < amount.end() || later.amount().compareTo(amount.amount()) >= 0
                    || !later.currency().equals(amount.currency())) {
                continue;
            }
            Matcher part = article.lexicon.amountParts.matcher(article.text).region(amount.end(), later.start());
            return part.find() && cues.stream().anyMatch(c -> c.kind() == CueKind.ROUND_NOUN
                    && c.start() >= part.end() && c.end() <= later.start());
        }
        return false;
    }

    /**
     * "X raised $6.6bn. The round was led by Y, which put in $1.3bn": the amount the lead of a round pays, in a sentence
     * that names that lead before it, is the lead's share of a larger round of the same company told before (within
     * {@value #ANAPHOR_SENTENCES_BACK} sentences), not a deal of its own.
     */
    private boolean leadPaysShareOfToldRound(Article article, Sentence sentence, Deal deal, MoneyMention amount) {
        // Without a larger investment told just before there is no round to take a share of: most amounts stop here,
        // before the lead is looked for (every test is pure, so their order does not change the answer).
        if (deal.amountUsd() == null || article.found.stream().noneMatch(f -> f.sentence() < sentence.index()
                && f.sentence() >= sentence.index() - ANAPHOR_SENTENCES_BACK
                && f.deal().type() == DealType.INVESTMENT && f.deal().amountUsd() != null
                && f.deal().amountUsd().compareTo(deal.amountUsd()) > 0)) {
            return false;
        }
        EntityMention lead = roundLeads.lead(article.text, article.language, sentence.start(), amount.start(),
                article.mentions);
        if (lead == null || !lead.entityId().equals(deal.investor().id()) || deal.amountUsd() == null) {
            return false;
        }
        // "X raised N in a round led by Y, which contributed M": a sentence that tells the round itself reports the
        // lead's part as a deal of its own
        if (article.found.stream().anyMatch(f -> f.sentence() == sentence.index()
                && f.deal().target().id().equals(deal.target().id()))) {
            return false;
        }
        return article.found.stream().anyMatch(f -> f.sentence() < sentence.index()
                && f.sentence() >= sentence.index() - ANAPHOR_SENTENCES_BACK
                && f.deal().type() == DealType.INVESTMENT && f.deal().target().id().equals(deal.target().id())
                && f.deal().amountUsd() != null && f.deal().amountUsd().compareTo(deal.amountUsd()) > 0);
    }

    /** Whether a round was found in one of the {@value #ANAPHOR_SENTENCES_BACK} sentences before {@code sentence}. */
    private static boolean roundToldBefore(Article article, Sentence sentence) {
        return article.found.stream().anyMatch(f -> f.sentence() < sentence.index()
                && f.sentence() >= sentence.index() - ANAPHOR_SENTENCES_BACK && f.deal().type() == DealType.INVESTMENT);
    }

    /**
     * "a $90bn valuation, up from $61bn", "una valoración de 90.000 millones, frente a los 61.000": the amount an
     * amount that is no deal is compared with is none either; so is the other end of its change ("its value fell from
     * $6.5bn to $2.2bn"), also when the word for "to" is read as the later amount's "up to" ("de 6.500 millones hasta
     * los 2.200 millones").
     */
    private static boolean comparesWith(Article article, MoneyMention distractor, MoneyMention amount) {
        if (distractor == null || distractor.end() > amount.start()) {
            return false;
        }
        if (amount.qualifier() == Qualifier.UP_TO && article.text.substring(distractor.end(), amount.start()).isBlank()) {
            return true;
        }
        return article.lexicon.comparison.matcher(article.text).region(distractor.end(), amount.start()).find();
    }

    /**
     * "Angeführt wurde die Finanzierungsrunde von X mit 30 Milliarden Dollar", "The round was led by X with $30bn":
     * the amount after a lead phrase that names the deal's only party is the lead's share of the round told
     * before, which {@link #withRoundLeads} reports with its lead; not a deal in which the lead is paid.
     */
    private boolean isLeadsShare(Article article, Sentence sentence, Deal deal, MoneyMention amount) {
        if (deal.investor() != null && deal.type() == DealType.INVESTMENT) {
            return leadPaysShareOfToldRound(article, sentence, deal, amount);
        }
        if (deal.investor() != null || deal.type() != DealType.INVESTMENT) {
            return false;
        }
        EntityMention lead = roundLeads.lead(article.text, article.language, sentence.start(), amount.start(),
                article.mentions);
        if (lead == null) {
            return false;
        }
        // "a €450m round, with Andreessen Horowitz leading it with €200m": the lead named after a larger round of
        // the same company found before in the sentence; this amount is its share
        return lead.entityId().equals(deal.target().id()) || article.found.stream().anyMatch(f ->
                f.sentence() == sentence.index() && f.amountStart() < lead.start() && f.deal().investor() == null
                        && f.deal().type() == DealType.INVESTMENT && f.deal().target().id().equals(deal.target().id())
                        && f.deal().amountUsd().compareTo(deal.amountUsd()) > 0);
    }

    /**
     * "X sammelte 6 Milliarden Euro ein. ... Davon fließen an X anfänglich 2 Milliarden Euro": an amount in a clause
     * with a tranche word ({@code tranches}), smaller than a deal of the same company found before in the article with
     * no other payer, is a part paid of it.
     */
    private static boolean isTrancheOfToldDeal(Article article, Clause clause, Deal deal) {
        if (deal.amountUsd() == null || !clause.has(article.lexicon.tranche)) {
            return false;
        }
        return article.found.stream().map(Found::deal).anyMatch(told -> told.target().id().equals(deal.target().id())
                && told.amountUsd() != null && told.amountUsd().compareTo(deal.amountUsd()) > 0
                && (deal.investor() == null || told.investor() == null
                    || told.investor().id().equals(deal.investor().id())));
    }

    /**
     * "Salesforce will put $3bn into Cohere, which included a first payment of $1bn and $2bn later":
     * a smaller amount after a parts word ("which included", "of which", "di cui") is part of the deal found before
     * it in the sentence, whoever the clause of the part names, not a deal of its own.
     */
    private static boolean isPartOfEarlierDeal(Article article, Sentence sentence, Deal deal, MoneyMention amount) {
        for (Found found : article.found) {
            Deal earlier = found.deal();
            // "... pay $800m for Run:ai, of which the founders will receive $200m": who receives the part does not
            // make it a deal of its own
            if (found.sentence() == sentence.index() && found.amountStart() < amount.start()
                    && earlier.amountUsd() != null && deal.amountUsd() != null
                    && deal.amountUsd().compareTo(earlier.amountUsd()) < 0
                    && article.lexicon.amountParts.matcher(article.text).region(found.amountStart(), amount.start())
                            .find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Nvidia will buy Arm for $40bn. Nvidia will pay SoftBank $21.5bn in shares and $12bn in cash": an amount
     * paid in a stated form ({@code paymentForms}), or in a sentence whose earlier amount is, is part of the price
     * of a larger deal the same payer made before in the article, not a deal of its own.
     */
    private static boolean isPartOfEarlierPrice(Article article, List<MoneyMention> sentenceMoney, Deal deal,
                                                MoneyMention amount) {
        Pattern form = article.lexicon.paymentForm;
        if (form == null || deal.investor() == null || deal.amountUsd() == null) {
            return false;
        }
        boolean inForm = sentenceMoney.stream().anyMatch(m -> m.start() <= amount.start()
                && form.matcher(article.text).region(m.end(), article.text.length()).lookingAt());
        return inForm && article.found.stream().map(Found::deal).anyMatch(earlier -> earlier.investor() != null
                && earlier.investor().id().equals(deal.investor().id()) && earlier.amountUsd() != null
                && earlier.amountUsd().compareTo(deal.amountUsd()) > 0);
    }

    /**
     * Whether a sentence with an amount passes the first test of {@link #extractSentence}: a deal word other than
     * talks, or a reference to a deal. It reads neither mentions nor deals found, so when no sentence passes, the
     * article has no deal whatever its names. When none passes, traces each as extractSentence does. The cues it reads
     * are kept in {@code cuesBySentence}, at the sentence's index.
     */
    private static boolean anyDealWord(String lower, DealLexicon lexicon, CueScanner cueScanner,
                                       List<Sentence> sentences, List<List<MoneyMention>> moneyBySentence,
                                       List<List<Cue>> cuesBySentence) {
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            List<MoneyMention> sentenceMoney = moneyBySentence.get(i);
            if (sentenceMoney.isEmpty()) {
                continue;
            }
            cuesBySentence.set(i, cueScanner.cues(sentence, sentenceMoney));
            if (cuesBySentence.get(i).stream().anyMatch(c -> c.kind() != CueKind.TALKS)
                    || lexicon.dealReference.matcher(lower).region(sentence.start(), sentence.end()).find()
                    || BulletItems.lineItemStart(lower, sentence.start(), sentence.end()) >= 0
                        && raiseOpensList(lower, cueScanner, sentences, i)
                    || mayRank(lower, lexicon, sentence) && raiseOpensList(lower, cueScanner, sentences, i)) {
                return true;
            }
        }
        if (LOG.isDebugEnabled()) {
            for (int i = 0; i < sentences.size(); i++) {
                if (!moneyBySentence.get(i).isEmpty()) {
                    trace("no deal word", sentences.get(i), null);
                }
            }
        }
        return false;
    }

    /** Why an amount gave no deal, for whoever tunes the lexicons (NEWSWATCH_LOG_LEVEL=DEBUG). */
    private static void trace(String why, Sentence sentence, MoneyMention amount) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("Deal extraction: {} for {} in: {}", why, amount == null ? "its amounts" : amount.amount(),
                    sentence.text());
        }
    }

    /**
     * "9.200 millones de dólares (7.900 millones de euros)", "4.1 billion euros, or about $4.4 billion": an amount
     * in brackets or after a conversion word right after another one, in another currency, is the same money
     * converted, not a second deal.
     */
    static boolean isConversion(String text, DealLexicon lexicon, List<MoneyMention> money,
                                        MoneyMention amount) {
        for (MoneyMention before : money) {
            if (before.end() <= amount.start() && !before.currency().equals(amount.currency())
                    && lexicon.conversionGap.matcher(text).region(before.end(), amount.start()).matches()) {
                return true;
            }
        }
        return false;
    }

    private boolean tooSmall(MoneyMention amount) {
        BigDecimal usd = rates.toUsd(amount.amount(), amount.currency());
        return (usd != null ? usd : amount.amount()).compareTo(MIN_AMOUNT) < 0;
    }

    private static List<int[]> clauseBounds(String text, DealLexicon lexicon, Sentence sentence) {
        List<int[]> bounds = new ArrayList<>();
        int from = Datelines.after(text, sentence.start(), sentence.end());
        Matcher m = lexicon.clauseBoundary.matcher(text).region(from, sentence.end());
        while (m.find()) {
            bounds.add(new int[] {from, m.start()});
            from = m.end();
        }
        bounds.add(new int[] {from, sentence.end()});
        return bounds;
    }

    /** Most words, besides its name, of an item that leaves its verb out after a semicolon ("; and the fintech X,"). */
    private static final int GAPPED_ITEM_WORDS = 4;

    /**
     * "X received $1bn; Y, $200m; and Z $300m": a clause after a semicolon that is only a name and its amount (no
     * deal word, a few words at most besides the name, nothing after the amount) leaves out the verb of the clause
     * before, which has one and an amount: it is read in that clause, as an item of its list. The bounds otherwise
     * as they are.
     */
    private static List<int[]> withGappedItems(String text, List<int[]> bounds, List<MoneyMention> money,
                                               List<EntityMention> mentions, List<Cue> cues) {
        if (bounds.size() < 2) {
            return bounds;
        }
        List<int[]> merged = new ArrayList<>();
        for (int[] bound : bounds) {
            int[] previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && text.startsWith(";", previous[1])
                    && isGappedItem(text, previous, bound, money, mentions, cues)) {
                previous[1] = bound[1];
            } else {
                merged.add(new int[] {bound[0], bound[1]});
            }
        }
        return merged;
    }

    /** Whether {@code item} is a name and its amount only, after a clause with a deal word and an amount. */
    private static boolean isGappedItem(String text, int[] before, int[] item, List<MoneyMention> money,
                                        List<EntityMention> mentions, List<Cue> cues) {
        boolean previousTells = cues.stream().anyMatch(c -> c.kind().anchors() && c.start() >= before[0]
                && c.end() <= before[1])
                && money.stream().anyMatch(m -> m.start() >= before[0] && m.end() <= before[1]);
        if (!previousTells || cues.stream().anyMatch(c -> c.start() < item[1] && c.end() > item[0])) {
            return false;
        }
        List<MoneyMention> own = money.stream().filter(m -> m.start() >= item[0] && m.start() < item[1]).toList();
        if (own.size() != 1) {
            return false;
        }
        MoneyMention amount = own.get(0);
        EntityMention name = mentions.stream().filter(m -> m.start() >= item[0] && m.end() <= amount.start())
                .reduce((a, b) -> b).orElse(null);
        if (name == null) {
            return false;
        }
        String lead = text.substring(item[0], name.start()) + " " + text.substring(name.end(), amount.start());
        String tail = text.substring(Math.min(amount.end(), item[1]), item[1]);
        return words(lead) <= GAPPED_ITEM_WORDS && tail.chars().noneMatch(Character::isLetterOrDigit);
    }

    private static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }

    /** The deal of {@code amount} in {@code sentence}: its figures, converted to US dollars, and the clause's stage. */
    private Deal dealOf(Party investor, Party target, MoneyMention amount, DealType type, Clause clause,
                        Sentence sentence) {
        return new Deal(investor, target, amount.amount(), amount.amountHigh(), amount.currency(),
                usdOf(clause, amount), amount.qualifier(), type, stage(clause),
                sentence.text(), sentence.start(), sentence.end());
    }

    /**
     * {@code amount} in US dollars: the dollars the text gives for it in a bracket right after it ("¥500 million
     * (US$70 million)", "€31 million (US$30.3 million)"), which also say which currency a "¥" was, else the rates'.
     */
    private BigDecimal usdOf(Clause clause, MoneyMention amount) {
        if (!USD.equals(amount.currency())) {
            for (MoneyMention m : clause.money) {
                if (m.start() >= amount.end() && USD.equals(m.currency()) && m.amountHigh() == null
                        && clause.text.substring(amount.end(), m.start()).strip().equals("(")
                        && clause.text.startsWith(")", m.end())) {
                    return m.amount();
                }
            }
        }
        return rates.toUsd(amount.amount(), amount.currency());
    }

    private Deal deal(Article article, Sentence sentence, Clause clause, Cue anchor, MoneyMention amount,
                      Roles roles) {
        Party investor = roles.investor() == null ? null
                : resolve(article, sentence, clause, anchor, roles.investor(),
                        roles.target() == null ? null : roles.target().entityId());
        // "Der Konzern kauft das Unternehmen": two descriptions stand for two different companies
        Party target = roles.target() == null
                ? sameSentenceTarget(article, sentence, investor)
                : unnamedOwner(roles.target(), anchor) ? targetOfTheSameAmount(article, amount, investor) : null;
        if (target == null && roles.target() != null) {
            target = resolve(article, sentence, clause, anchor, roles.target(),
                    investor != null ? investor.id() : roles.investor() == null ? null : roles.investor().entityId());
        }
        if (target == null && anchor.kind() == CueKind.PAY_VERB && roles.investor() != null
                && !roles.investor().anaphor()) {
            target = listedInvestorsTarget(article, sentence, clause, roles.investor(), investor);
        }
        if (target == null) {
            return null;
        }
        if (roles.type() == DealType.INVESTMENT && article.investsOnly.test(target.id()) && !isLoanTaken(clause, anchor)) {
            Candidate borrower = borrowerOfLoanGranted(clause, anchor, roles.target());
            if (borrower != null) {
                // "la banca X presta N alla banca Y": a lender that only invests lends
                // to the bank or fund named after "to", which is paid
                return dealOf(target, party(borrower.mention()), amount, roles.type(), clause, sentence);
            }
            if (investor != null && borrowsBeforeLoanNoun(clause, anchor, roles.target())) {
                // "X gewährte Y ein Darlehen über N", "X granted Y a $500m loan": the bare object between the
                // lender's verb and the loan noun borrows, although it is a bank or fund
                return dealOf(investor, target, amount, roles.type(), clause, sentence);
            }
            // "Cette levée, à laquelle participent Y et Z, ... suit une série B de 180 millions": the round
            // of the company the sentences before are about, not the fund's
            EntityMention lead = roundLeads.lead(article.text, article.language, sentence.start(), amount.start(),
                    article.mentions);
            if (lead != null && lead.entityId().equals(target.id()) && roundToldBefore(article, sentence)) {
                // "The round was led by the fund X with $30bn": the lead's share, see isLeadsShare; with no round
                // told before, the company the sentences are about raised it from the lead (see below)
                trace("the lead's share of a round", sentence, amount);
                return null;
            }
            // "The Commerce Department is finalising $8bn for Intel": the fund or the government pays the company
            // its own clause names
            Party paid = namedCompanyInClause(article, clause, target.id());
            if (paid != null && (investor == null || investor.id().equals(paid.id()))) {
                return dealOf(target, paid, amount, roles.type(), clause, sentence);
            }
            // "The Commerce Department and Intel agreed to award the company $7.9bn": the company joined to it is paid
            EntityMention joined = joinedTo(article, article.mentionsIn(sentence.start(), sentence.end()), target.id(),
                    id -> !article.investsOnly.test(id));
            if (joined != null && (investor == null || investor.id().equals(target.id()))) {
                return dealOf(target, party(joined), amount, roles.type(), clause, sentence);
            }
            Party owner = companyBefore(article, sentence, target.id());
            if (owner == null) {
                owner = userOfTheMoneyAfter(article, sentence, clause, target.id());
                if (owner != null && investor == null) {
                    // the fund read as the round's company is its first investor named
                    investor = target;
                }
            }
            if (owner == null) {
                trace("an investor as the company a round pays", sentence, amount);
                return null;
            }
            target = owner;
            if (investor != null && investor.id().equals(owner.id())) {
                investor = null;
            }
        }
        if (anchor.kind() == CueKind.ROUND_NOUN) {
            Party owner = roundOfEarlierTarget(article, sentence, target);
            if (owner != null) {
                target = owner;
                investor = null;
            }
        }
        if (investor != null && investor.id().equals(target.id())) {
            investor = null;
        }
        return dealOf(investor, target, amount, roles.type(), clause, sentence);
    }

    /**
     * The one company, other than {@code otherId} and other than a fund or a government, that the clause names
     * after a preposition ("for Intel", "in Zentrix"); null when it names none or more than one.
     */
    private static Party namedCompanyInClause(Article article, Clause clause, String otherId) {
        List<EntityMention> companies = clause.candidates.stream()
                .filter(c -> !c.anaphor() && !c.entityId().equals(otherId) && !article.investsOnly.test(c.entityId())
                        && afterPreposition(article, c.mention()))
                .map(Candidate::mention)
                .toList();
        boolean one = !companies.isEmpty()
                && companies.stream().allMatch(m -> m.entityId().equals(companies.get(0).entityId()));
        return one ? party(companies.get(0)) : null;
    }

    /**
     * Whether the clause tells its deal only through an investment noun ("l'investimento di 5 miliardi in Intel"):
     * no raise, round or paying word, and no name but the deal's company.
     */
    private static boolean investmentNounOnly(Clause clause, Deal deal) {
        return clause.cues.stream().anyMatch(c -> c.kind() == CueKind.INV_NOUN)
                && clause.cues.stream().noneMatch(c -> c.kind() == CueKind.RAISE_VERB || c.kind() == CueKind.ROUND_NOUN
                        || c.kind() == CueKind.PAY_VERB || c.kind() == CueKind.ACQ_VERB)
                && clause.candidates.stream().allMatch(c -> c.anaphor() || c.entityId().equals(deal.target().id()));
    }

    /**
     * "Dell bought EMC in 2015. In 2022 Elon Musk bought Twitter for $44bn": a purchase verb whose subject is a person
     * named in full (up to {@value #AUXILIARY_WORDS} lower-case words between, "has agreed to") has its buyer, who is
     * no company; the company the sentences before are about did not buy.
     */
    private boolean boughtByPerson(Sentence sentence, Clause clause) {
        int from = Math.max(0, clause.start - sentence.start());
        return clause.cues.stream().anyMatch(cue -> cue.kind() == CueKind.ACQ_VERB
                && provisionalNames.personNameBefore(sentence.text(), from, cue.start() - sentence.start(),
                        AUXILIARY_WORDS));
    }

    /**
     * "X sells its unit Y for $1bn. The buyer is the fund Z": an acquisition or a sale told without its buyer takes
     * the first name, other than the company bought, within {@value #BUYER_NAME_CHARS} characters after the
     * lexicon's {@code buyerNamed} words in the next sentence.
     */
    private static Deal withBuyerNamedAfter(Article article, Sentence sentence, Deal deal) {
        Pattern named = article.lexicon.buyerNamed;
        if (named == null || sentence.index() + 1 >= article.sentences.size()) {
            return deal;
        }
        Sentence next = article.sentences.get(sentence.index() + 1);
        Matcher words = named.matcher(article.text).region(next.start(), next.end());
        if (!words.find()) {
            return deal;
        }
        for (EntityMention m : article.mentionsIn(words.end(), Math.min(next.end(), words.end() + BUYER_NAME_CHARS))) {
            if (!m.entityId().equals(deal.target().id())) {
                return withInvestor(deal, party(m));
            }
        }
        return deal;
    }

    /**
     * "Nvidia's largest deal since the $6.9bn purchase of Mellanox": an acquisition that names no buyer is the
     * purchase of the company the sentences before are about, when they name one that is not the company bought.
     */
    private static Deal withTopicAsBuyer(Article article, Sentence sentence, Deal deal) {
        String bought = deal.target().id();
        boolean listLine = isListLine(article, sentence);
        for (int back = 1; back <= ANAPHOR_SENTENCES_BACK && sentence.index() - back >= 0; back++) {
            if (listLine && isListLine(article, article.sentences.get(sentence.index() - back))) {
                // "- A buys B.\n- C confirms the takeover of D": each line of a list tells its own deal, so a line
                // takes no buyer from the line before; the heading above the lines may name one
                continue;
            }
            // "X had bought A and B for €120m. Then C, bought for €100m": a series of purchases has the buyer of
            // the purchase told just before, not the company that sentence named first
            Party buyer = buyerOfAcquisitionIn(article, sentence.index() - back, bought);
            if (buyer != null) {
                return withInvestor(deal, buyer);
            }
            EntityMention topic = topic(article, sentence.index() - back, sentence.index(), bought, null);
            // "the start-ups Zentrix and Halvora": a company named together with the one bought is bought too; a fund
            // buys a company too ("the asset manager X enters Portugal. ... the purchase of Y"), a government does
            // not, and a fund is no payer of an investment it only reports on
            boolean payer = topic != null && (deal.type() == DealType.ACQUISITION
                    ? !article.isGovernment.test(topic.entityId()) : !article.investsOnly.test(topic.entityId()));
            if (payer && !namedTogether(article, sentence.index() - back, topic, bought)) {
                return withInvestor(deal, party(topic));
            }
        }
        return deal;
    }

    /** Whether the sentence is one line of a list: it opens with a dash, a bullet or an item number. */
    private static boolean isListLine(Article article, Sentence sentence) {
        return BulletItems.lineItemStart(article.text, sentence.start(), sentence.end()) >= 0;
    }

    /**
     * The buyer of the last acquisition with a buyer found in sentence {@code index} (or of companies bought there
     * together for one price), other than {@code bought}.
     */
    private static Party buyerOfAcquisitionIn(Article article, int index, String bought) {
        Party joint = article.jointBuyers.get(index);
        Party buyer = joint != null && !joint.id().equals(bought) ? joint : null;
        for (Found earlier : article.found) {
            Deal told = earlier.deal();
            if (earlier.sentence() == index && told.type() == DealType.ACQUISITION && told.investor() != null
                    && !told.investor().id().equals(bought) && !told.target().id().equals(bought)) {
                buyer = told.investor();
            }
        }
        return buyer;
    }

    /**
     * Whether sentence {@code index} joins {@code topic} to the entity {@code otherId} by a conjunction alone ("the
     * start-ups Zentrix and Halvora"): then the topic is on the same side as that entity, not the other one.
     */
    private static boolean namedTogether(Article article, int index, EntityMention topic, String otherId) {
        if (otherId == null) {
            return false;
        }
        Sentence sentence = article.sentences.get(index);
        return joinedTo(article, article.mentionsIn(sentence.start(), sentence.end()), otherId,
                id -> id.equals(topic.entityId())) != null;
    }

    /**
     * "An der Runde über N beteiligten sich A und B; X will das Geld in die Expansion stecken", "A and B joined the round.
     * X will use the money to hire": a round whose clause names only investors is raised by the first company named
     * after the clause, in the rest of the sentence or in the next one, when the words right after its name say what it
     * will do with the money ({@code moneyUsers}). Null when that company says nothing of the money, or there is none.
     */
    private static Party userOfTheMoneyAfter(Article article, Sentence sentence, Clause clause, String otherId) {
        Pattern users = article.lexicon.moneyUsers;
        if (users == null) {
            return null;
        }
        int next = sentence.index() + 1;
        int to = next < article.sentences.size() ? article.sentences.get(next).end() : sentence.end();
        EntityMention first = article.mentions.stream()
                .filter(m -> m.start() >= clause.end && m.end() <= to && !m.entityId().equals(otherId)
                        && !article.investsOnly.test(m.entityId()))
                .findFirst().orElse(null);
        return first != null && users.matcher(article.text).region(first.end(), to).lookingAt() ? party(first) : null;
    }

    /**
     * The company the sentences before {@code sentence} are about ({@link #topic}), other than {@code otherId} and
     * other than a fund; null when none of the {@link #ANAPHOR_SENTENCES_BACK} sentences before names one.
     */
    private static Party companyBefore(Article article, Sentence sentence, String otherId) {
        for (int back = 1; back <= ANAPHOR_SENTENCES_BACK && sentence.index() - back >= 0; back++) {
            EntityMention topic = topic(article, sentence.index() - back, sentence.index(), otherId, null);
            if (topic != null && !article.investsOnly.test(topic.entityId())) {
                return party(topic);
            }
        }
        return null;
    }

    /**
     * "ASML ha guidato il round di Mistral AI, investendo 1,3 miliardi": a second amount whose payer is the
     * investor of a deal found earlier in the same sentence goes to the same target.
     */
    private static Party sameSentenceTarget(Article article, Sentence sentence, Party investor) {
        if (investor == null) {
            return null;
        }
        for (int i = article.found.size() - 1; i >= 0; i--) {
            Found found = article.found.get(i);
            if (found.sentence() == sentence.index() && found.deal().investor() != null
                    && found.deal().investor().id().equals(investor.id())) {
                return found.deal().target();
            }
        }
        return null;
    }

    /**
     * "Google put $300M into Cohere, Sequoia injected $450M, ...": a paying verb with no object, whose named payer
     * comes after an investment found earlier in the same clause, pays into that investment's company. Null when
     * there is none ("X invested $8bn in Y, while Z committed $2bn": another clause), or it has the same payer.
     */
    private static Party listedInvestorsTarget(Article article, Sentence sentence, Clause clause, Candidate payer,
                                               Party investor) {
        for (int i = article.found.size() - 1; i >= 0; i--) {
            Found found = article.found.get(i);
            if (found.sentence() != sentence.index()) {
                break;
            }
            Deal earlier = found.deal();
            if (found.amountStart() >= clause.start && found.amountStart() < payer.start()
                    && earlier.type() == DealType.INVESTMENT
                    && (earlier.investor() == null || !earlier.investor().id().equals(investor.id()))
                    && !earlier.target().id().equals(investor.id())) {
                return earlier.target();
            }
        }
        return null;
    }

    /**
     * "Nvidia investira 2 milliards dans xAI, dans le cadre d'une levée de fonds de 20 milliards": a round
     * whose apparent owner is the payer of an earlier deal in the same sentence is that deal target's round.
     */
    private static Party roundOfEarlierTarget(Article article, Sentence sentence, Party apparentOwner) {
        for (int i = article.found.size() - 1; i >= 0; i--) {
            Deal earlier = article.found.get(i).deal();
            if (article.found.get(i).sentence() == sentence.index() && earlier.investor() != null
                    && earlier.investor().id().equals(apparentOwner.id())) {
                return earlier.target();
            }
        }
        return null;
    }

    /**
     * "La mayor compra de Google fue Motorola en 2012. La mayor del sector llegó en 2022, cuando adquirió Mandiant":
     * the left-out subject of a buying or paying verb after a conjunction inside the clause (not at its opening)
     * is the payer of the deal found last in this or the previous sentence. Null otherwise.
     */
    private static Party buyerLeftOutAfterConjunction(Article article, Sentence sentence, Clause clause, Cue anchor,
                                                      Candidate candidate, String otherId) {
        boolean opening = clause.text.substring(clause.start, candidate.start()).chars()
                .noneMatch(Character::isLetterOrDigit);
        if (!candidate.subjectPronoun() || opening
                || (anchor.kind() != CueKind.ACQ_VERB && anchor.kind() != CueKind.PAY_VERB)) {
            return null;
        }
        for (int i = article.found.size() - 1; i >= 0; i--) {
            Found found = article.found.get(i);
            if (found.sentence() < sentence.index() - 1) {
                break;
            }
            Party payer = found.deal().investor();
            if (payer != null && !payer.id().equals(otherId)) {
                return payer;
            }
        }
        return null;
    }

    /**
     * "Element AI, the Canadian AI start-up, [...]. The start-up raised $102m": the company that one of the sentences
     * before describes with the same noun, in apposition after its name or right before it ("start-up Element
     * AI", "startup di cybersecurity Wiz"); the nearest sentence first, back to the start of the article, since an
     * article names the company it is about that way once; not {@code otherId}, not a fund or a government. Null
     * when none does.
     */
    private static EntityMention describedBefore(Article article, Sentence sentence, Candidate candidate,
                                                 String otherId) {
        String noun = article.text.substring(candidate.start(), candidate.end());
        if (noun.isBlank()) {
            return null;
        }
        // one backward search over the text, nearest occurrence first: sentences without the noun cost nothing
        int index = sentence.index() - 1;
        for (int at = article.text.lastIndexOf(noun, sentence.start() - noun.length()); at >= 0 && index >= 0;
             at = at == 0 ? -1 : article.text.lastIndexOf(noun, at - 1)) {
            while (index >= 0 && article.sentences.get(index).start() > at) {
                index--;
            }
            if (index < 0) {
                break;
            }
            Sentence before = article.sentences.get(index);
            int nounEnd = at + noun.length();
            if (nounEnd > before.end() || at > 0 && Character.isLetter(article.text.charAt(at - 1))
                    || nounEnd < article.text.length() && Character.isLetter(article.text.charAt(nounEnd))) {
                continue;
            }
            EntityMention described = describedAt(article, before, at, nounEnd, otherId);
            if (described != null) {
                return described;
            }
        }
        return null;
    }

    /** The name that the noun from {@code nounStart} to {@code nounEnd} describes in {@code before}, or null. */
    private static EntityMention describedAt(Article article, Sentence before, int nounStart, int nounEnd,
                                             String otherId) {
        List<EntityMention> named = article.mentionsIn(before.start(), before.end()).stream()
                .filter(m -> !m.entityId().equals(otherId) && !article.investsOnly.test(m.entityId()))
                .toList();
        for (EntityMention m : named) {
            boolean apposition = m.end() <= nounStart && nounStart - m.end() <= APPOSITION_CHARS
                    && article.text.startsWith(",", m.end())
                    && named.stream().noneMatch(o -> o.start() > m.end() && o.start() < nounStart);
            boolean beforeName = m.start() >= nounEnd && (m.start() - nounEnd <= 2
                    || ofComplement(article, nounEnd, m.start()));
            if (apposition || beforeName) {
                return m;
            }
        }
        return null;
    }

    /**
     * Whether the text from {@code from} to {@code to} is a complement of one lower-case word introduced by the
     * language's "of" ({@link Marker#OF}) between a description's noun and a name: "la startup di cybersecurity Wiz",
     * "la start-up de logiciels Wiz".
     */
    private static boolean ofComplement(Article article, int from, int to) {
        Matcher gap = SHORT_COMPLEMENT.matcher(article.text).region(from, to);
        if (!article.lexicon.hasMarker(Marker.OF) || !gap.matches()) {
            return false;
        }
        Matcher of = article.lexicon.markers.matcher(article.text).region(from, gap.end(1));
        return of.find() && of.group(Marker.OF.name()) != null && of.start() <= gap.start(1);
    }

    /**
     * Whether {@code candidate} is the company of a round or investment noun that names none, standing empty at the
     * noun ("The $300m round was led by").
     */
    private static boolean unnamedOwner(Candidate candidate, Cue anchor) {
        return candidate.anaphor() && candidate.subjectPronoun() && candidate.start() == candidate.end()
                && candidate.start() == anchor.start()
                && (anchor.kind() == CueKind.ROUND_NOUN || anchor.kind() == CueKind.INV_NOUN);
    }

    /**
     * "X raised $300m in 2024 [...]. Y closed a $900m round. The $300m round had been led by Z": a deal told without
     * its company and with the very amount of a deal found before is that deal again, whatever company was named last.
     * Null when no earlier deal has this amount, or when the one that has it is paid by {@code investor}.
     */
    private static Party targetOfTheSameAmount(Article article, MoneyMention amount, Party investor) {
        for (int i = article.found.size() - 1; i >= 0; i--) {
            Deal earlier = article.found.get(i).deal();
            if (sameMoney(amount, earlier)) {
                return investor != null && investor.id().equals(earlier.target().id()) ? null : earlier.target();
            }
        }
        return null;
    }

    /**
     * The party a candidate stands for; anaphors are resolved from the previous sentences. A description with a
     * nationality ("la startup francesa") that would stand for a company of another known country stands for the
     * nearest company of its own named before it, when there is one.
     */
    private static Party resolve(Article article, Sentence sentence, Clause clause, Cue anchor, Candidate candidate,
                                 String otherId) {
        Party party = resolveByPlace(article, sentence, clause, anchor, candidate, otherId);
        if (party == null || !candidate.anaphor() || article.lexicon.nationalities.isEmpty()) {
            return party;
        }
        // a company the table does not know has no known country: a known one of the description's country named
        // before it is the better reading ("Velmora raised... Another round went to Zentrix. The Finnish firm...")
        String known = article.countryOf.apply(party.id());
        if (known == null && !party.provisional()) {
            return party;
        }
        String country = nationality(article, clause, candidate);
        if (country == null || country.equals(known)) {
            return party;
        }
        EntityMention ofNationality = namedOfNationality(article, sentence, candidate, otherId, country);
        return ofNationality != null ? party(ofNationality) : party;
    }

    private static Party resolveByPlace(Article article, Sentence sentence, Clause clause, Cue anchor,
                                        Candidate candidate, String otherId) {
        if (!candidate.anaphor()) {
            return party(candidate.mention());
        }
        boolean subjectSlot = (candidate.subjectPronoun() && !clause.objectPronoun(candidate, anchor))
                || (candidate.end() <= anchor.start() && clause.marker(candidate, anchor) == Marker.NONE)
                // "investiert der Tech-Gigant 4 Milliarden": the description right after a verb-second verb
                || (clause.lexicon.verbSecond && candidate.start() >= anchor.end()
                    && clause.objectDistance(candidate, anchor) == 1 && clause.nominativeArticleBefore(candidate));
        Party buyer = subjectSlot ? buyerLeftOutAfterConjunction(article, sentence, clause, anchor, candidate, otherId)
                : null;
        if (buyer != null) {
            return buyer;
        }
        Candidate parallel = subjectSlot ? null : sameMarkerBefore(clause, anchor, candidate, otherId);
        if (parallel != null) {
            // "Google, which invested in Zentrix last year, will invest $2bn more in the company": a description
            // after a preposition stands for the name the same preposition introduced earlier in its sentence,
            // before the deals and topics of the sentences before
            return party(parallel.mention());
        }
        if (!subjectSlot) {
            for (int i = article.found.size() - 1; i >= 0; i--) {
                Found found = article.found.get(i);
                if (found.sentence() < sentence.index() - 2) {
                    break;
                }
                if (!found.deal().target().id().equals(otherId)) {
                    return found.deal().target();
                }
            }
        }
        // "Shares of X rose after Y said it had invested...": a subject pronoun stands for the nearest name before
        // it that no preposition introduces, the subject of the verb that reports it
        if (candidate.subjectPronoun() && candidate.end() > candidate.start() && subjectSlot) {
            List<EntityMention> before = article.mentionsIn(sentence.start(), candidate.start());
            for (int i = before.size() - 1; i >= 0; i--) {
                EntityMention m = before.get(i);
                if (!m.entityId().equals(otherId) && !afterPreposition(article, m)) {
                    return party(m);
                }
            }
        }
        EntityMention introduced = subjectSlot && reportedDescription(article, sentence, candidate)
                ? introducedAfterSubject(article, article.mentionsIn(sentence.start(), candidate.start()), otherId)
                : null;
        if (introduced != null) {
            return party(introduced);
        }
        for (EntityMention m : article.mentionsIn(sentence.start(), clause.start)) {
            if (!m.entityId().equals(otherId)) {
                return party(m);
            }
        }
        // "This purchase is OpenAI's largest, weeks after the company agreed to buy Windsurf": a subject
        // description stands for a name before it in its own clause
        if (subjectSlot) {
            for (EntityMention m : article.mentionsIn(clause.start, candidate.start())) {
                if (!m.entityId().equals(otherId)) {
                    return party(m);
                }
            }
        }
        EntityMention described = candidate.subjectPronoun() ? null : describedBefore(article, sentence, candidate,
                otherId);
        if (described != null) {
            return party(described);
        }
        boolean description = !candidate.subjectPronoun() && candidate.end() > candidate.start();
        EntityMention pointed = description
                ? lastNamedBeforeDemonstrative(article, sentence, candidate, otherId) : null;
        if (pointed != null) {
            return party(pointed);
        }
        // A subject stands for a previous subject ("Nvidia was quiet. In 2022 the takeover of Arm failed. The
        // chipmaker has..."), an object for a name after a preposition ("X and Y are betting on Anthropic. They
        // will invest $15bn in the Claude maker"); failing that, for any name.
        // A subject pronoun looks further back for a subject when the sentences in between name none ("CoreWeave is
        // a neocloud. [...] The company announced the purchase of W&B. [...] It then unveiled the acquisition of...")
        // "la empresa liderada por X anunció...": a company noun never stands for a government or a public body
        // "Nvidia is in talks about a stake in Zentrix. The start-up is raising $750m": the one that receives money is
        // the company the sentence before names as invested in, not that sentence's subject, its investor
        EntityMention investedIn = subjectSlot && description && receives(anchor) && sentence.index() > 0
                ? investedInBefore(article, sentence.index() - 1, otherId) : null;
        if (investedIn != null) {
            return party(investedIn);
        }
        for (Boolean afterPreposition : Arrays.asList(!subjectSlot, null)) {
            // a subject description looks as far back for a subject as a subject pronoun ("Bending-like X bought Y.
            // [...] Shareholders of Y will get $7 a share. [...] Meanwhile the company closed a round of N")
            int sentencesBack = subjectSlot && afterPreposition != null
                    ? SUBJECT_SENTENCES_BACK : ANAPHOR_SENTENCES_BACK;
            for (int back = 1; back <= sentencesBack && sentence.index() - back >= 0; back++) {
                if (subjectSlot && candidate.subjectPronoun() && opensWithSubjectPronoun(article, sentence.index() - back)) {
                    // "Nvidia [...]. Earlier, it took part in the round of its customer X. Then it gave $2bn to Y": a
                    // sentence whose subject is a pronoun goes on with the same subject; X is no candidate
                    continue;
                }
                EntityMention topic = topic(article, sentence.index() - back, sentence.index(), otherId,
                        afterPreposition, description);
                // "the start-ups Zentrix and Halvora [...] Zentrix, which is being acquired": not the buyer
                boolean purchase = (anchor.kind() == CueKind.ACQ_VERB && anchor.type() != DealType.CONTRACT)
                        || anchor.kind() == CueKind.ACQ_NOUN;
                if (topic != null && !(purchase && namedTogether(article, sentence.index() - back, topic, otherId))) {
                    return party(topic);
                }
            }
        }
        // "pese al acuerdo con X, y la entrada en su capital por parte del grupo":
        // a description after a preposition stands for the nearest other name before it in its sentence
        if (!subjectSlot) {
            List<EntityMention> before = article.mentionsIn(sentence.start(), candidate.start());
            for (int i = before.size() - 1; i >= 0; i--) {
                if (!before.get(i).entityId().equals(otherId)) {
                    return party(before.get(i));
                }
            }
        }
        // "Cohere lands new funding" over a body that only says "the company" further down
        EntityMention headline = sentence.index() > ANAPHOR_SENTENCES_BACK
                ? topic(article, 0, 1, otherId, null) : null;
        if (headline != null) {
            return party(headline);
        }
        // "Meta invests $14bn in AI start-up" as the headline: the body names the start-up next
        EntityMention named = sentence.index() == 0 ? firstNamedAfter(article, sentence, otherId) : null;
        return named == null ? null : party(named);
    }

    /**
     * The nearest name before the description {@code candidate} in its clause that the same preposition introduces
     * ("in X ... in the company"), other than {@code otherId}; null when there is none or the description follows no
     * preposition.
     */
    private static Candidate sameMarkerBefore(Clause clause, Cue anchor, Candidate candidate, String otherId) {
        Marker own = clause.marker(candidate, anchor);
        if (own == Marker.NONE || own == Marker.OBJECT || own == Marker.OTHER_OBJECT || own == Marker.LIST) {
            return null;
        }
        Candidate nearest = null;
        for (Candidate c : clause.candidates) {
            if (c.end() > candidate.start()) {
                break;
            }
            if (!c.anaphor() && c.mention() != null && !c.mention().entityId().equals(otherId)
                    && clause.marker(c, anchor) == own) {
                nearest = c;
            }
        }
        return nearest;
    }

    /**
     * The first company the sentences after a headline name, other than {@code otherId}; names after a preposition
     * only when no other is there ("Scale AI confirmed the deal", before "... in talks with Meta"). Null when the
     * next sentences name none.
     */
    private static EntityMention firstNamedAfter(Article article, Sentence headline, String otherId) {
        int last = Math.min(article.sentences.size() - 1, headline.index() + HEADLINE_BODY_SENTENCES);
        for (Boolean afterPreposition : Arrays.asList(false, null)) {
            for (int i = headline.index() + 1; i <= last; i++) {
                Sentence body = article.sentences.get(i);
                EntityMention previous = null;
                boolean previousAfterPreposition = false;
                for (EntityMention m : article.mentionsIn(body.start(), body.end())) {
                    // "provengono da Meta e Google": a name listed after one that follows a preposition follows it too
                    boolean after = afterPreposition(article, m) || previous != null && previousAfterPreposition
                            && article.lexicon.conjunction.matcher(article.text).region(previous.end(), m.start())
                                    .matches();
                    if (!m.entityId().equals(otherId) && (afterPreposition == null || after == afterPreposition)) {
                        return m;
                    }
                    previous = m;
                    previousAfterPreposition = after;
                }
            }
        }
        return null;
    }

    /** Whether a hyphen and a letter follow the mention right away ("ChatGPT-like", "Nvidia-powered"). */
    private static boolean insideModifier(Article article, EntityMention mention) {
        int at = mention.end();
        return at + 1 < article.text.length() && article.text.charAt(at) == '-'
                && Character.isLetter(article.text.charAt(at + 1));
    }

    /**
     * Whether a quotation opened in the sentence before {@code at} is still open there: "Neon calls itself an
     * “leaner rival to Nvidia software”" quotes a name the sentence is not about. Curly quotes, guillemets and
     * straight double quotes (an odd number of them) count.
     */
    private static boolean insideQuote(String text, int from, int at) {
        int open = 0;
        int straight = 0;
        for (int i = from; i < at; i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '«') {
                open++;
            } else if ((c == '”' || c == '»') && open > 0) {
                open--;
            } else if (c == '"') {
                straight++;
            }
        }
        return open > 0 || straight % 2 == 1;
    }

    /** Whether a preposition comes right before the mention ("the plan to buy Arm", "von Arm", "de Weight"). */
    /** Whether {@code candidate} is a description right after a word that opens a reported clause ("said the startup"). */
    private static boolean reportedDescription(Article article, Sentence sentence, Candidate candidate) {
        Pattern opener = article.lexicon.complementizer;
        return opener != null && !candidate.subjectPronoun() && candidate.end() > candidate.start()
                && opener.matcher(article.text).region(sentence.start(), candidate.start()).find();
    }

    /**
     * "Nvidia, an early backer of Zentrix, said the startup had raised N": a description in a reported clause does not
     * stand for the subject that reports it, named first (a pronoun would), but for the last name a preposition
     * introduced after that subject ({@code before}: the sentence's mentions before the description); null when there
     * is none.
     */
    private static EntityMention introducedAfterSubject(Article article, List<EntityMention> before, String otherId) {
        EntityMention subject = before.stream().filter(m -> !afterPreposition(article, m)).findFirst().orElse(null);
        if (subject == null) {
            return null;
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            EntityMention m = before.get(i);
            if (m.start() > subject.start() && !m.entityId().equals(otherId)
                    && !m.entityId().equals(subject.entityId()) && afterPreposition(article, m)) {
                return m;
            }
        }
        return null;
    }

    private static boolean afterPreposition(Article article, EntityMention mention) {
        int at = mention.start();
        while (at > 0 && Character.isWhitespace(article.text.charAt(at - 1))) {
            at--;
        }
        Pattern owner = article.lexicon.personOwner;
        if (owner != null && owner.matcher(article.text).region(Math.max(0, at - MARKER_WINDOW), at)
                .useTransparentBounds(true).find()) {
            // "Le patron de X se réjouit": the company of the person the sentence is about is its topic too
            return false;
        }
        Matcher m = article.lexicon.markers.matcher(article.text).region(Math.max(0, at - MARKER_WINDOW), at);
        m.useTransparentBounds(true);
        if (m.find()) {
            return true;
        }
        // "from investors such as A and B": a name joined to one after a preposition is after it too
        List<EntityMention> before = article.mentionsIn(Math.max(0, mention.start() - JOINED_NAME_CHARS),
                mention.start());
        EntityMention previous = before.isEmpty() ? null : before.get(before.size() - 1);
        if (previous == null || previous.end() > mention.start()) {
            return false;
        }
        // a conjunction word, not a comma alone: "founded by former staff of X, Y has..." starts a new clause
        String gap = article.text.substring(previous.end(), mention.start());
        return gap.chars().anyMatch(Character::isLetter) && article.lexicon.conjunction.matcher(gap).matches()
                && afterPreposition(article, previous);
    }

    /**
     * "Musk's xAI plans to raise $1bn. The French start-up is about to raise €450m": the nearest company of
     * {@code country} named before the description, in its sentence or up to {@value #SUBJECT_SENTENCES_BACK}
     * sentences back; null when there is none. The adjective ({@code nationalities}) stands within
     * {@value #NATIONALITY_CHARS} characters of the description's noun.
     */
    private static EntityMention namedOfNationality(Article article, Sentence sentence, Candidate candidate,
                                                    String otherId, String country) {
        int earliest = article.sentences.get(Math.max(0, sentence.index() - SUBJECT_SENTENCES_BACK)).start();
        List<EntityMention> before = article.mentionsIn(earliest, candidate.start());
        for (int i = before.size() - 1; i >= 0; i--) {
            EntityMention m = before.get(i);
            if (!m.entityId().equals(otherId) && country.equals(article.countryOf.apply(m.entityId()))) {
                return m;
            }
        }
        return null;
    }

    /** The country code of the adjective of nationality nearest to a description's noun, or null. */
    private static String nationality(Article article, Clause clause, Candidate candidate) {
        int from = Math.max(clause.start, candidate.start() - NATIONALITY_CHARS);
        int to = Math.min(clause.end, candidate.end() + NATIONALITY_CHARS);
        String country = null;
        int nearest = Integer.MAX_VALUE;
        for (Map.Entry<String, Pattern> e : article.lexicon.nationalities.entrySet()) {
            Matcher m = e.getValue().matcher(article.text).region(from, to);
            while (m.find()) {
                int distance = m.start() >= candidate.end() ? m.start() - candidate.end()
                        : Math.max(0, candidate.start() - m.end());
                if (distance < nearest) {
                    nearest = distance;
                    country = e.getKey();
                }
            }
        }
        return country;
    }

    /**
     * The entity sentence {@code index} is about, for an anaphor in sentence {@code before}: of the names in it,
     * the one named most often from {@link #ANAPHOR_SENTENCES_BACK} sentences before the anaphor up to it, the
     * first on a tie. "Weeks after OpenAI raised..., Perplexity was flooded with offers. It is now in talks":
     * Perplexity, named in the sentence before too. Only names after a preposition count when
     * {@code afterPreposition} is true, only the others when false, all when null. Null when the sentence names
     * nobody else than {@code otherId}.
     */
    private static EntityMention topic(Article article, int index, int before, String otherId,
                                       Boolean afterPreposition) {
        return topic(article, index, before, otherId, afterPreposition, false);
    }

    /** As {@link #topic(Article, int, int, String, Boolean)}; no government or public body when {@code company}. */
    private static EntityMention topic(Article article, int index, int before, String otherId,
                                       Boolean afterPreposition, boolean company) {
        Sentence sentence = article.sentences.get(index);
        // "a ChatGPT-like model", "Nvidia-powered servers": a name inside a modifier is no one the sentence is about
        List<EntityMention> named = article.mentionsIn(sentence.start(), sentence.end()).stream()
                .filter(m -> !m.entityId().equals(otherId) && !insideModifier(article, m)
                        && !(company && article.isGovernment.test(m.entityId()))
                        && !insideQuote(article.text, sentence.start(), m.start())
                        && (afterPreposition == null || afterPreposition(article, m) == afterPreposition))
                .toList();
        if (named.size() <= 1) {
            return named.isEmpty() ? null : named.get(0);
        }
        // "Après X, c'est Y qui fait sensation": the name a cleft puts in focus is what the sentence is about
        List<EntityMention> focused = named.stream().filter(m -> inCleftFocus(article, sentence, m)).toList();
        if (focused.size() == 1) {
            return focused.get(0);
        }
        // "Days before X unveiled its round, the press said its rival Y was...": after a clause put
        // before the main one, up to its comma, a name the main clause introduces with a description noun is what
        // the sentence is about
        int comma = article.text.indexOf(',', sentence.start());
        if (comma > 0 && comma < sentence.end() && named.get(0).start() > sentence.start()
                && named.get(0).end() < comma) {
            List<EntityMention> introduced = named.stream()
                    .filter(m -> m.start() > comma && introducedByNoun(article, sentence, m)).toList();
            if (introduced.size() == 1) {
                return introduced.get(0);
            }
        }
        int from = article.sentences.get(Math.max(0, before - ANAPHOR_SENTENCES_BACK)).start();
        int to = article.sentences.get(before - 1).end();
        List<EntityMention> window = article.mentionsIn(from, to);
        // "Her founder quit Korvia in 2019 and started Zentrix. [...] The company raised $40m", in an article about
        // Zentrix: of names the last sentences name as often, the one the article has named most often so far is
        // what it is about, not the first of them
        List<EntityMention> sofar = article.mentionsIn(0, to);
        EntityMention best = null;
        long bestCount = 0;
        long bestSoFar = 0;
        for (EntityMention m : named) {
            long count = window.stream().filter(w -> w.entityId().equals(m.entityId())).count();
            long soFar = sofar.stream().filter(w -> w.entityId().equals(m.entityId())).count();
            if (count > bestCount || count == bestCount && count > 0 && soFar > bestSoFar) {
                best = m;
                bestCount = count;
                bestSoFar = soFar;
            }
        }
        return best;
    }

    /** Whether the anchor's subject receives the money: a raise verb or a round noun ("X is raising", "X's round"). */
    private static boolean receives(Cue anchor) {
        return anchor.kind() == CueKind.RAISE_VERB || anchor.kind() == CueKind.ROUND_NOUN;
    }

    /**
     * The company sentence {@code index} names as invested in: the first name right after the preposition of "in"
     * ({@link Marker#IN}) that follows an investment word of that sentence by at most {@value #INVESTED_IN_CHARS}
     * characters ("talks about a stake in X", "eine Beteiligung an X", "una participación en X"), other than
     * {@code otherId}; null when there is none.
     */
    private static EntityMention investedInBefore(Article article, int index, String otherId) {
        Sentence sentence = article.sentences.get(index);
        List<Cue> invested = article.cueScanner.cues(sentence, List.of()).stream()
                .filter(c -> c.kind() == CueKind.INV_NOUN || c.kind() == CueKind.PAY_VERB).toList();
        if (invested.isEmpty() || !article.lexicon.hasMarker(Marker.IN)) {
            return null;
        }
        for (EntityMention m : article.mentionsIn(sentence.start(), sentence.end())) {
            if (m.entityId().equals(otherId) || invested.stream()
                    .noneMatch(c -> c.end() <= m.start() && m.start() - c.end() <= INVESTED_IN_CHARS)) {
                continue;
            }
            int at = m.start();
            while (at > 0 && Character.isWhitespace(article.text.charAt(at - 1))) {
                at--;
            }
            Matcher marker = article.lexicon.markers.matcher(article.text).region(Math.max(0, at - MARKER_WINDOW), at)
                    .useTransparentBounds(true);
            if (marker.find() && marker.group(Marker.IN.name()) != null) {
                return m;
            }
        }
        return null;
    }

    /**
     * "... or the round of Zentrix. In May this company, a maker of chargers, announced...": a description with a
     * demonstrative determiner points at the last company the sentence before names, whatever introduces it there
     * (a topic would prefer a subject named earlier); null when the description has no demonstrative or that
     * sentence names no company other than {@code otherId}.
     */
    private static EntityMention lastNamedBeforeDemonstrative(Article article, Sentence sentence, Candidate candidate,
                                                              String otherId) {
        Pattern demonstrative = article.lexicon.demonstrativeBefore;
        if (demonstrative == null || sentence.index() == 0) {
            return null;
        }
        int from = Math.max(sentence.start(), candidate.start() - DEMONSTRATIVE_REACH);
        if (!demonstrative.matcher(article.text).region(from, candidate.start()).useTransparentBounds(true).find()) {
            return null;
        }
        Sentence before = article.sentences.get(sentence.index() - 1);
        List<EntityMention> named = article.mentionsIn(before.start(), before.end());
        for (int i = named.size() - 1; i >= 0; i--) {
            EntityMention m = named.get(i);
            if (!m.entityId().equals(otherId) && !insideModifier(article, m) && !article.isGovernment.test(m.entityId())
                    && !insideQuote(article.text, before.start(), m.start())) {
                return m;
            }
        }
        return null;
    }

    /**
     * Whether a bare subject pronoun of the anaphors ("it", "il", "elle") stands in sentence {@code index} before the
     * first company it names, so that the pronoun, not that company, is its subject.
     */
    private static boolean opensWithSubjectPronoun(Article article, int index) {
        Sentence sentence = article.sentences.get(index);
        List<EntityMention> named = article.mentionsIn(sentence.start(), sentence.end());
        if (named.isEmpty()) {
            return false;
        }
        for (Matcher m : WordStarts.matches(article.lexicon.anaphor, article.lexicon.anaphorStarts, article.text,
                sentence.start(), named.get(0).start())) {
            if (m.group("noun") == null) {
                return true;
            }
        }
        return false;
    }

    /** Whether a cleft opener stands right before the mention and a relative pronoun right after it ("c'est X qui"). */
    private static boolean inCleftFocus(Article article, Sentence sentence, EntityMention mention) {
        Pattern opener = article.lexicon.cleftOpener;
        if (opener == null || mention.start() <= sentence.start()) {
            return false;
        }
        return opener.matcher(article.text).region(Math.max(sentence.start(), mention.start() - CLEFT_CHARS),
                        mention.start()).useTransparentBounds(true).find()
                && article.lexicon.relativeAfterName.matcher(article.text).region(mention.end(), sentence.end())
                        .lookingAt();
    }

    /** Whether a description noun of the anaphors stands right before the mention ("rival X", "la startup X"). */
    private static boolean introducedByNoun(Article article, Sentence sentence, EntityMention mention) {
        int end = mention.start() - 1;
        if (end <= sentence.start() || article.text.charAt(end) != ' ') {
            return false;
        }
        int start = end;
        while (start > sentence.start()
                && (Character.isLetter(article.text.charAt(start - 1)) || article.text.charAt(start - 1) == '-')) {
            start--;
        }
        return start < end && article.lexicon.companyNoun.matcher(article.text).region(start, end).matches();
    }

    static Party party(EntityMention mention) {
        String name = mention.name() == null ? mention.surface() : mention.name();
        return new Party(mention.entityId(), name, null, mention.provisional());
    }

    static DealStage stage(Clause clause) {
        for (DealStage stage : STAGE_PRECEDENCE) {
            if (WordStarts.any(clause.lexicon.stages.get(stage), clause.lexicon.stageStarts.get(stage), clause.text,
                    clause.start, clause.end)) {
                return stage;
            }
        }
        return DealStage.ANNOUNCED;
    }
}
