package dev.newswatch.enrich.deal;

import dev.newswatch.core.model.DealStage;
import dev.newswatch.core.model.DealType;
import dev.newswatch.enrich.match.FirstChars;
import dev.newswatch.enrich.match.MatchPrefixes;
import dev.newswatch.enrich.match.PairStarts;
import dev.newswatch.enrich.match.PairStartsIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words of one language that the deal extractor reads: deal cues and what they say about who pays,
 * the prepositions that introduce parties, anaphors ("la società", "the company"), words that make an
 * amount something other than a deal (valuation, revenue, fines...), stage words, passive voice and clause
 * boundaries. The words live in {@code lexicon/<language>.yml} next to this class, which documents its keys;
 * this class builds the patterns from them once, when it loads, and fails naming the file and key when one is
 * missing or does not compile. All patterns are lower case and run on text lowered by {@link CaseFolding}.
 * Immutable.
 */
final class DealLexicon {

    /** Patterns are written in lower case and run on {@link CaseFolding#lower(String)} text. */
    private static final int FLAGS = 0;
    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}\\p{N}])";
    /** A space, a no-break space included. */
    private static final String NS = "[\\s\\u00A0\\u202F]";

    /** A deal word; {@code type} overrides the kind's default type when not null. */
    record CueSpec(Pattern pattern, CueKind kind, DealType type, PairStarts starts) {

        CueSpec(Pattern pattern, CueKind kind, DealType type) {
            // a cue is tried at every word start of a sentence with money: its first two characters rule out most
            this(pattern, kind, type, PairStarts.of(pattern, FirstChars.of(pattern)));
        }
    }

    /** The top-level keys of a language file; all are required. */
    static final Set<String> KEYS = Set.of("verbSecond", "genitiveMeansFrom", "cues", "markers", "anaphor",
            "distractors", "valuedAt", "dealNouns", "stages", "passiveParticiples", "passiveAuxiliaries",
            "passiveAgents", "passiveClauseWords", "clauseBoundaries", "relatives", "joinVerbs", "conjunctions",
            "articles", "investorNouns", "supplierNouns", "genitiveWithoutApostrophe", "conversions", "runningTotals",
            "farDistractors", "comparisons", "amountParts", "dealReferences", MoneyLexicon.SECTION);
    /** Keys a language file may leave out. */
    static final Set<String> OPTIONAL_KEYS = Set.of("partnershipReferences", "contractedArticles", "offerAnswers",
            "paymentForms", "purposeClauses", "purposeCompounds", "goods", "commitments", "stakes",
            "investorRoles", "investorLists", "wholeRounds", "largerRounds", "earlierAmounts", "shareMarkers",
            "equityReceived",
            "fundSizes", "personRoles", "contractValues", "acquisitionValues", "stateMoney", "stateNouns", "purposeBefore", "purposeAfter",
            "distributive", "loans", "respectively", "tranches", "finiteAuxiliaries", "nationalities", "ownStakes",
            "stakeParts", "backedBy", "asideOpeners", "origins", "soldTo", "boughtFrom", "soldUnits", "buyerNamed", "cleftOpeners",
            "leadDeterminers", "intentions", "cuePrefixes", "valuationAfter", "between", "paidRelatives",
            "pluralSubjects", "describingAgents", "personalObjects", "jointWith", "relativeAfterComma",
            "itemAmountWords", "procliticObjects", "procliticAuxiliaries", "timePhrases", "possessivePronouns",
            "subordinateOpenings", "complementizers", "reportingVerbs", "personOwners", "passiveSales", "objectPronouns",
            "verbOpeningPrepositions", "demonstrativesOf", "objectDistractors", "nicknameOpeners", "nicknameLinks",
            "openingPrepositions", "costVerbs", "amountLinks", "rankings", "attributePrepositions",
            "cleftInfinitiveOpeners", "cleftCopulas", "bidNouns", "bidOn", "sourcePrepositions", "amountLabels",
            "mergerNouns", "boughtInDeal", "lineWrapWords", "amountRelatives", "awardedTo", "amountLeadIns",
            "moneyUsers", "gappedItems");

    /**
     * A phrase that names the state as a party ("the government", "der Bund", "l'État", "the CHIPS Act"): it stands
     * for {@code entity} when that is set, else for the government the article named last before it, else for
     * {@code home} (null: for nothing). {@code starts} are the beginnings its matches may have.
     */
    record StateNoun(Pattern pattern, String entity, String home, MatchPrefixes starts) {

        StateNoun(Pattern pattern, String entity, String home) {
            // a phrase may look behind its first word ("(?<=lo )stato"), which FirstChars cannot try, and begins with
            // a common word ("the", "la", "el")
            this(pattern, entity, home, MatchPrefixes.of(pattern));
        }
    }

    /** Every language's lexicon, read from its file when this class loads. */
    private static final Map<String, DealLexicon> BY_LANGUAGE = loadAll();

    final String language;
    final List<CueSpec> cues;
    /** The cues that may begin at a place, by its first two characters ({@link CueSpec#starts()}). */
    final PairStartsIndex cueStarts;
    /** Every preposition phrase, one named group per {@link Marker}, matched at the end of a window. */
    final Pattern markers;
    private final Set<Marker> markerGroups;
    /** Anaphor: group "noun" is the part treated as the mention. */
    final Pattern anaphor;
    /** The nouns of {@link #anaphor} alone: "startup" in "AI startup, Scale AI, that...". */
    final Pattern companyNoun;
    /**
     * An indefinite description opening a sentence ("A Lisbon chip designer", "Una startup francesa", "Ein
     * Münchner Start-up"): an indefinite article of optional key {@code leadDeterminers}, up to four words and a noun of
     * the anaphors, also as the head of a compound ("Ein Berliner KI-Start-up", "ein Softwareunternehmen"). Matched at
     * the start of a clause; null where the key is absent or empty.
     */
    final Pattern indefiniteDescription;
    final FirstChars anaphorStarts;
    /**
     * Null-subject languages: a word that opens a sentence whose subject is left out ("Ha raccolto", "Encabezó");
     * null where the language always names its subject.
     */
    final Pattern subjectless;
    /**
     * A demonstrative determiner ("this", "cette", "questa", "dieses", "esta") and up to three words, at the end of
     * the text before an anaphor's noun: "this company", "cette société spécialisée"; optional key
     * {@code anaphor.demonstratives}, null where it is absent or empty.
     */
    final Pattern demonstrativeBefore;
    /**
     * Languages that join an object pronoun to the verb ("entregarle", "finanziarla"): the ending of a deal verb
     * that is such a pronoun, matched at the end of the verb; optional key {@code anaphor.objectEnclitics}, null
     * where it is absent or empty.
     */
    final Pattern objectEnclitic;
    /**
     * Null-subject languages: conjunctions that open a clause whose subject is left out because it is the
     * main clause's ("la mayor compra de X fue en 2012, cuando compró Y"); an auxiliary may follow. Null elsewhere.
     */
    final Pattern subjectlessAfter;
    final Pattern distractor;
    /** "valued at" and the like: a valuation unless a deal noun comes just before. */
    final Pattern valuedAt;
    final Pattern dealNoun;
    final Map<DealStage, Pattern> stages;
    final Map<DealStage, FirstChars> stageStarts;
    final Pattern passiveParticiple;
    final Pattern passiveAuxBefore;
    final Pattern agentAfter;
    /** The word that introduces the agent of a passive, right before the agent's name ("by", "da", "von"). */
    final Pattern agentBefore;
    final Pattern passiveClause;
    final Pattern clauseBoundary;
    final Pattern relativeAfter;
    /**
     * A relative pronoun right after a name: {@link #relativeAfter}, with the comma required where the optional key
     * {@code relativeAfterComma} is true ("X das Start-up Y kauft" holds no relative clause in German).
     */
    final Pattern relativeAfterName;
    /**
     * What may stand between a listed name and its amount in a list item: a colon or a dash ("Zentrix: $480M"), or a
     * comma and at most one word of the optional key {@code itemAmountWords} ("Zentrix, $480M;", "Zentrix, à 50
     * millions ;"). Matched as a whole.
     */
    final Pattern itemAmountGap;
    /**
     * A preposition of the one paid and a relative pronoun right after a name ("X, in das Y 900 Millionen
     * investierte", "X, in which Y invested"): X is paid and the name after them pays. Optional key
     * {@code paidRelatives}, matched after the name (a comma allowed before); null where it is absent.
     */
    final Pattern paidRelativeAfter;
    /**
     * A demonstrative pronoun with its "of" ("quello di", "that of", "celle de", "la de") that stands for a deal noun
     * told before: the name right after it owns that deal. Optional key {@code demonstrativesOf}, matched at the end of
     * the text before a name; null where it is absent.
     */
    final Pattern demonstrativeOfBefore;
    /** A verb saying the subject leads or joins a funding round ("SoftBank will lead", "Nvidia parteciperà"). */
    final Pattern joinVerb;
    final Pattern conjunction;
    /** A conjunction anywhere ("and", "und"), as a whole word. */
    final Pattern conjunctionWord;
    /** A conjunction opening the text, a comma allowed before it ("and secured", ", e si è assicurata"). */
    final Pattern conjunctionOpening;
    /**
     * Words before "with" that make the name after it a co-raiser, not a payer ("along with", "insieme a", "zusammen
     * mit"); optional key {@code jointWith}, null where it is absent or empty.
     */
    final Pattern jointWith;
    /**
     * The words ending right before a listed deal's name: "and ", ", ", "y a " (one word after "and"), a semicolon
     * and up to two words of a description ("; la fintech ").
     */
    final Pattern listJoin;
    /** "backer", "azionista", "Investor": a company's investor named through it ("Anthropic's largest backer"). */
    final Pattern investorNoun;
    /** "provider", "fornitore", "Anbieter": a company named through it supplies ("cloud provider CoreWeave"). */
    final Pattern supplierNoun;
    /** "the", "la", "der": an article, which opens a description before a name ("la empresa de IA G42"). */
    final Pattern article;
    /**
     * What stands between an amount and the same money in another currency: a bracket and up to three words
     * ("(près de", "(ca."), or a comma or dash and a conversion word (", or about", ", soit environ").
     */
    final Pattern conversionGap;
    /** "to date", "depuis sa création": a raise with no investor in a clause with one of these is a running total. */
    final Pattern runningTotal;
    /**
     * "valued it at", "valora la empresa ... en", "che valuterebbe l'azienda ... a": a verb that makes the amount a
     * valuation from further away than the other distractors, its object between them.
     */
    final Pattern farDistractor;
    /** "up from", "frente a", "rispetto ai": after an amount that is no deal, the amount it compares with is none. */
    final Pattern comparison;
    /**
     * "the deal", "el acuerdo": a clause that names no side refers with them to a deal told before. Also matches an
     * {@link #amountLabel} opening a line or a sentence.
     */
    final Pattern dealReference;
    /**
     * A field label before a colon that opens a line or a sentence of a list item and gives the price of the deal its
     * item told just before ("Montant : N" under "X achète Y", "Amount: N"), key {@code amountLabels}; null where
     * absent. The label needs no deal word in its sentence: it refers to the deal of the lines before.
     */
    final Pattern amountLabel;
    /**
     * References back to a partnership ("tale collaborazione", "esta alianza"): an amount in their clause goes to
     * the sides of the one contract found in the sentences just before; optional key {@code
     * partnershipReferences}, null where it is absent or empty.
     */
    final Pattern partnershipReference;
    /**
     * Words before an amount that add it to the deal told just before ("se suma a los", "s'ajoute à", "comes on top
     * of"): a clause that names no company before the amount tells an earlier amount of the same company; optional
     * key {@code earlierAmounts}, null where it is absent or empty.
     */
    final Pattern earlierAmount;
    /**
     * Adjectives of nationality by the country code the entity table writes ("francesa" for FR, "American" for US),
     * optional key {@code nationalities}: a description with one ("la startup francesa") stands for a company of that
     * country named in the sentences before. Empty where the key is absent.
     */
    final Map<String, Pattern> nationalities;
    /**
     * What follows an acquisition noun when the shares bought are the subject's own ("del 49% de sus acciones", "de 49 %
     * de ses actions"), matched right after the noun: the subject is the company bought into, the agent after it the
     * buyer. Optional key {@code ownStakes}, null where it is absent or empty.
     */
    final Pattern ownStake;
    /**
     * The part of a company bought, written before the preposition that names the company ("for 75% of the capital of
     * X", "pour 75 % du capital de X"), matched so that it ends with that preposition: the company is then the party
     * of the preposition before the part ("for X"). Optional key {@code stakeParts}, null where it is absent or empty.
     */
    final Pattern stakePart;
    /**
     * Subordinating conjunctions that open a sentence ("alors que", "while"), key {@code subordinateOpenings}: the
     * clause they open ends at its first comma, and the names in it are not the subject of a deal word after that
     * comma when another name stands between them ("Alors que Google domine, X lève N"). Null where absent or empty.
     */
    final Pattern subordinateOpening;
    /**
     * Words that open a reported clause ("that", "said", "que", "che", "dass"), key {@code complementizers}, matched
     * with up to three words after them (an article, adjectives) right before a description: a description there does
     * not stand for the subject of the reporting verb ("X, a backer of Y, said the startup raised N"). Null where
     * absent or empty.
     */
    final Pattern complementizer;
    /**
     * Verbs of saying between a name and the clause it reports ("Siemens said on Monday that KKR would buy Y"), key
     * {@code reportingVerbs}, matched with up to six words after them (a day, "in a statement", "that") right before
     * a name: that name, not the one that reports, is the subject of the deal word after it. Null where absent or
     * empty.
     */
    final Pattern reportingVerb;
    /**
     * A person's title and the preposition before the company it belongs to ("le patron de", "CEO of"), key
     * {@code personOwners}, matched right before a name: that company is no complement of a preposition but what the
     * sentence is about, for an anaphor after it ("Le patron de X se réjouit. La start-up a levé..."). Null where
     * absent or empty.
     */
    final Pattern personOwner;
    /**
     * {@code amountLeadIns}, matched right before an amount ("im Wert von", "in Höhe von"): words that only introduce
     * it, not counted between a subject after its verb and the amount; null where the language has none.
     */
    final Pattern amountLeadIn;
    /**
     * The article before a company's name used as a nickname of another company, keys {@code nicknameOpeners} (matched
     * right before the name, in lower case, an opening quote allowed between) and {@code nicknameLinks} (matched right
     * after it, before a lower-case word): "le Salesforce des artisans", "la « Nvidia coréenne »" name no deal
     * party. Both null where either key is absent or empty.
     */
    final Pattern nicknameOpener;
    /**
     * Prepositions that open a sentence with a phrase whose round belongs to the name after its comma ("Depuis sa levée
     * de N, la start-up X ...", "Grâce à sa levée de N, X ..."), besides the markers; key {@code openingPrepositions},
     * matched at the clause's start. Null where absent or empty.
     */
    final Pattern openingPreposition;
    /**
     * Verbs by which a purchase costs its buyer an amount ("le rachat de X a coûté N à Y"), key {@code costVerbs}: the
     * name after the preposition "to" that follows them buys. Null where absent or empty.
     */
    final Pattern costVerb;
    /**
     * Nouns of a bid for a company ("offerta", "oferta", "offre", "Angebot"), key {@code bidNouns}: after one, a name
     * after "of" followed by one preposition and another name is the bidder, the other name the company sought ("la
     * oferta de X por Y", "l'offerta di X su Y"). Null where absent or empty; matched as the whole cue.
     */
    final Pattern bidNoun;
    /**
     * The prepositions that name the company a bid seeks after the bid's price ("un'opa da N su X"), key {@code bidOn}:
     * the price and its own preposition between the noun and them do not keep the name from being sought. Null where
     * absent or empty; matched as the whole gap between the price and the name.
     */
    final Pattern bidOn;
    /**
     * Nouns of a merger ("fusión", "merger", "Fusion"), key {@code mergerNouns}: with two companies joined by "and"
     * as the only names of its clause, the first takes the second over. Null where absent or empty; matched as the
     * whole cue.
     */
    final Pattern mergerNoun;
    /**
     * Function words of three letters or more (prepositions, articles, conjunctions), key {@code lineWrapWords}: a line
     * that ends with one goes on in the next line even when that starts with a capital ("per\nBanca X"), as a line that
     * ends with a word of one or two letters does ({@link SentenceSplitter#softWrap}). Null where absent or empty;
     * matched as the whole last word of a line.
     */
    final Pattern lineWrapWord;
    final Pattern nicknameLink;
    /**
     * Prepositions with the article in them ("al", "du", "zum"), key {@code contractedArticles}: a description opens
     * right after them as after a preposition and an article; null where absent.
     */
    final Pattern contractedArticle;
    /**
     * Verbs by which the company an offer is for answers it ("Wiz a accepté l'offre de Google"): the subject of
     * such a verb before an offer noun is the company sought, the name after "of" the bidder; optional key {@code
     * offerAnswers}, null where it is absent or empty.
     */
    final Pattern offerAnswer;
    /**
     * Words right after an amount that say in what form a price is paid ("21 milliards en actions", "en espèces"),
     * matched at the start of the text after the amount; optional key {@code paymentForms}, null where it is absent
     * or empty.
     */
    final Pattern paymentForm;
    /**
     * A purpose clause that may name what the money buys ("..., um Enfabricas Chef einzustellen"): a payer with no
     * other object pays the company named inside it; optional key {@code purposeClauses}, null where it is absent
     * or empty.
     */
    final Pattern purposeClause;
    /**
     * The heads of compounds that name a company's people or assets ("Enfabrica-CEO", "Scale-AI-Gründer"): inside a
     * purpose clause such a compound names the company; another ("Apple-Design-Legende") does not. Optional key
     * {@code purposeCompounds}, matched right after the hyphen; null where it is absent or empty.
     */
    final Pattern purposeCompound;
    /**
     * Goods and services a company sells (chips, GPUs, servers, compute capacity, power; "KI-Chips", "puces"): who
     * buys them pays who sells or makes them ({@link GoodsTrade}); "sicherte sich für N Dollar KI-Chips von X" pays X
     * rather than raising money from X. Optional key {@code goods}, null where it is absent or empty.
     */
    final Pattern goods;
    /**
     * {@link #goods} ending a word: the goods close the compound a name opens ("Nvidia-Chips"), not a part of a longer
     * one ("Arm-Server-Entwickler", a developer). Null where {@code goods} is.
     */
    final Pattern goodsEndingWord;
    /**
     * The words before the buyer after a verb that sells goods ("to", "à", "a", "an"): "AMD will sell chips to Meta".
     * Optional key {@code soldTo}, matched right before the name (an article may follow); null where it is absent.
     */
    final Pattern soldTo;
    /**
     * Optional key {@code soldUnits}: a unit of the seller right after a sale word ("its robotics division", "la
     * divisione"), matched from the end of the sale word; null where it is absent.
     */
    final Pattern soldUnit;
    /**
     * The words before the seller after goods bought ("from", "da", "à", "von"): "buy capacity from Microsoft".
     * Optional key {@code boughtFrom}, matched right before the name (an article may follow); null where it is absent.
     */
    final Pattern boughtFrom;
    /**
     * "Respectively" ("rispettivamente", "beziehungsweise"): in a clause with one, names joined by "and" followed by as
     * many amounts take them in order ("A e B hanno incassato rispettivamente 90 e 25 milioni"). Optional key {@code
     * respectively} (read by {@link MoneyLexicon} too), null where it is absent or empty.
     */
    final Pattern respectively;
    /**
     * Words that rank a company among others told just before ("came second", "si piazza subito dopo", "folgt auf
     * Platz zwei"): in a sentence with no deal word after a raise, a company ranked with an amount raised it. Optional
     * key {@code rankings}, null where it is absent or empty.
     */
    final Pattern ranking;
    /**
     * Words right before a name that make it the source of what the sentence says ("laut Dealroom", "secondo X",
     * "according to X"): such a name is not the company a ranking sentence ranks. Optional key
     * {@code sourcePrepositions}, null where it is absent or empty.
     */
    final Pattern sourcePreposition;
    /**
     * Prepositions that open an extended attribute right after an article ("in das auf Sprachmodelle spezialisierte
     * Start-up X", "in die mit Robotern arbeitende Firma X"): an article followed by one of them opens a description
     * of the name after it, and the preposition before the article is the name's. Optional key {@code
     * attributePrepositions} (languages that put such attributes before their noun: German), null where absent.
     */
    final Pattern attributePreposition;
    /**
     * A cleft with an infinitive ("Ad aggiudicarsi X per N è stata Y", "A rilevare X è stato il gruppo Y"): what opens
     * the sentence right before the deal verb's infinitive (optional key {@code cleftInfinitiveOpeners}, "a", "ad"),
     * and the copula after its object that the one who does it follows (optional key {@code cleftCopulas}); null where
     * the language has none.
     */
    final Pattern cleftInfinitiveOpener;
    final Pattern cleftCopula;
    /**
     * What opens a cleft sentence right before a name that a relative pronoun follows ("c'est", "it is": "c'est X qui
     * fait sensation"): that name is what the sentence is about. Optional key {@code cleftOpeners}, matched at the end
     * of the text before the name; null where it is absent or empty.
     */
    final Pattern cleftOpener;
    /**
     * Commitment nouns ("commitment", "Verpflichtung", "impegno"): a bullet item whose company commits to an amount
     * ("• Halvora → $250bn Azure commitment") pays the company the list is about. Optional key {@code commitments},
     * null where it is absent or empty.
     */
    final Pattern commitment;
    /**
     * Stake nouns ("equity stake", "Eigenkapitalanteil", "partecipazione azionaria") at the end of the text before an
     * amount, with at most one short word between ("partecipazione azionaria di 1,5 miliardi"); optional key {@code
     * stakes}, null where it is absent or empty.
     */
    final Pattern stakeBefore;
    /** The same nouns at the start of the text after an amount ("1,5 Mrd. $ Eigenkapitalanteil"); null likewise. */
    final Pattern stakeAfter;
    /**
     * Phrases after a name that cast it as an investor ("ASML als Hauptinvestor", "SAP si propone come principale
     * investitore"): such a name is never the company a round with no investor pays. Optional key {@code
     * investorRoles}, matched after the name and up to two words (a verb); null where it is absent or empty.
     */
    final Pattern investorRole;
    /**
     * What opens a list of investors right before a name ("gli altri investitori del round sono X, Y"): that name is
     * no company a round pays. Optional key {@code investorLists}, matched at the end of the text before the name;
     * null where it is absent or empty.
     */
    final Pattern investorList;
    /**
     * The whole of a round ("Die gesamte Finanzierungsrunde umfasst", "l'intero round"): its amount, in a clause
     * that names no company, is the total of the round whose share was told just before. Optional key {@code
     * wholeRounds}, null where it is absent or empty.
     */
    final Pattern wholeRound;
    /**
     * The whole round that a share told just before in the same sentence is part of ("invest $500m in X as part of a
     * larger $6.5bn round", "dans le cadre d'un tour plus large totalisant"): between the two amounts; the round is
     * not paid by the share's investor. Optional key {@code largerRounds}, null where it is absent or empty.
     */
    final Pattern largerRound;
    /**
     * Words that open an apposition naming a company's backers ("X, backed by Y, raises", "X, soutenue par Y, lève"):
     * such a backer describes the company, it is not the payer of the deal told. Optional key {@code backedBy}, null where
     * it is absent or empty; matched at the start of the apposition, after its comma.
     */
    final Pattern backedBy;
    /**
     * Words right after a company's name that say what it will do with the money of a round told just before ("X will
     * das Geld in die Expansion stecken", "X will use the money to hire"): that company raised the round whose clause
     * names only its investors. Optional key {@code moneyUsers}, null where it is absent or empty; matched right after
     * the name.
     */
    final Pattern moneyUsers;
    /**
     * Words that open an aside describing the name right before its comma ("X, in which Y holds a stake,", "X, a unit
     * of Y,", "X, dont Y est actionnaire,"): a name inside such an aside, closed by the next comma or the clause's end,
     * with no amount and no deal verb inside, is no party of the deal told. Optional key {@code asideOpeners}, null
     * where it is absent or empty; matched at the start of the aside, after its comma.
     */
    final Pattern asideOpeners;
    /**
     * "El comprador ha sido X", "The buyer is X": the words that name the buyer of a sale told in the sentence before
     * without one; the first name after them buys. Optional key {@code buyerNamed} (B/E added), null where it is
     * absent or empty.
     */
    final Pattern buyerNamed;
    /**
     * "X erhielt 5,1 Millionen, die Cloud-Firma Y 1,9 Millionen": what may stand between the amount of a raise and the
     * name of a second item that leaves the verb out (a comma or a conjunction, an article and a short description);
     * that name raises the second amount. Optional key {@code gappedItems}, matched on the whole gap; null where absent.
     */
    final Pattern gappedItemGap;
    /**
     * The words between a company bought and the amount of a purchase noun right after it ("in a"): "Symantec snaps up
     * Zentrix in a $250m acquisition", a headline whose verb says nothing of buying. Optional key {@code boughtInDeal},
     * matched as the whole gap; null where it is absent.
     */
    final Pattern boughtInDeal;
    /** {@link #boughtInDeal} at the end of a span, after white space: where the gap starts after a word. */
    final Pattern boughtInDealAtEnd;
    /**
     * "méga-levée", "mega-round", "maxi-finanziamento": words joined by a hyphen before a deal word that keep it a deal
     * word (a hyphen otherwise makes the word after it a modifier, "-backed"). Optional key {@code cuePrefixes},
     * matched as the whole word before the hyphen; null where it is absent or empty.
     */
    final Pattern cuePrefix;
    /**
     * Plural company nouns ("startups", "companies", "le aziende"): a raise whose few words before the deal word hold
     * one has many companies as its subject ("AI startups raised $19bn"), a sum over them, not the round of the
     * company the sentences before are about. Optional key {@code pluralSubjects} (B/E added), null where it is absent
     * or empty.
     */
    final Pattern pluralSubject;
    /**
     * Possessive pronouns that may stand right before a round noun or its amount ("its", "son", "su", "suo",
     * "seinem"): "Shares of X rose after its $1bn listing" is X's round. Optional key {@code possessivePronouns}, matched
     * right before the round noun or its amount (B/E added); null where it is absent or empty.
     */
    final Pattern possessivePronoun;
    /**
     * Verbs of buying whose subject is the company bought and whose buyer is named right after them, with no word for
     * "by" ("X passa a Y per N", "X passe sous le contrôle de Y"): read as a passive. Optional key {@code
     * passiveSales}, null where it is absent or empty; matched on the whole text of a cue (the cues list them too).
     */
    final Pattern passiveSale;
    /**
     * Words between a company noun and a name that say where the company comes from ("das Start-up aus X", "the
     * start-up based in X"): that name is a place, no party, and the noun stands for a company of its own. Optional
     * key {@code origins}, null where it is absent or empty; matched on the whole gap between noun and name.
     */
    final Pattern origin;
    /**
     * A participle of no deal and the word for "by" ("used by", "utilizada por", "fondée par"): the name after it is the
     * agent of that participle, which describes something else, and never pays the deal told ("an investment of N to
     * strengthen the infrastructure used by the government"). Optional key {@code describingAgents}, null where it is
     * absent or empty; matched at the end of the text right before the name.
     */
    final Pattern describingAgent;
    /**
     * The Spanish "personal a" ("a", "al"): right after a verb of buying it marks the company bought as the verb's
     * direct object ("Nvidia adquirió a Cohere"), not as someone paid. Optional key {@code personalObjects}, null where
     * it is absent or empty.
     */
    final Pattern personalObject;
    /**
     * Object pronouns written before the verb ("la", "lo"): right before a verb of buying they stand for the company
     * bought, and the name after the verb is its subject, the buyer ("en 2019 la compró Google"). Optional key
     * {@code procliticObjects}, null where it is absent or empty; matched as one whole word.
     */
    final Pattern procliticObject;
    /**
     * Object pronouns written after the verb ("it"): right after a verb of selling they stand for the company named
     * before in the sentence, the one a buyer had bought ("X bought Y years ago before selling it to Z for N": Z buys
     * Y). Optional key {@code objectPronouns}, null where it is absent or empty; matched as one whole word.
     */
    final Pattern objectPronoun;
    /**
     * Auxiliaries of the perfect between such a pronoun and a past participle of buying ("l'ha comprata Intel"): the
     * pronoun, the auxiliary and the participle read as the finite verb. Optional key {@code procliticAuxiliaries},
     * null where it is absent or empty; matched as one whole word.
     */
    final Pattern procliticAuxiliary;
    /**
     * Relative pronouns right after an amount and right before a verb of paying whose subject then follows it ("los
     * 9.000 millones que pagó Cisco por Splunk"). Optional key {@code amountRelatives}, null where it is absent or
     * empty; matched as the whole gap between the amount and the verb.
     */
    final Pattern amountRelative;
    /**
     * The preposition that names the company a contract is awarded to, after the contract noun ("der Auftrag an X",
     * "der Auftrag der Bundeswehr an X"): that company is paid. Optional key {@code awardedTo}, null where it is
     * absent or empty; matched as a whole word.
     */
    final Pattern awardedTo;
    /**
     * Phrases of time that may open a clause before its verb ("el último trimestre", "durante 2018"): they are no
     * subject, so words of theirs do not count among the few that may stand before the deal word of a raise whose
     * company the sentences before name. Optional key {@code timePhrases}, null where it is absent or empty; matched
     * from the start of the clause, B and E added.
     */
    final Pattern timePhrase;
    /**
     * Prepositions of time right before an infinitive ("900 millones tras recibir la autorización", "after receiving"):
     * a deal verb that follows an amount through one of them opens a clause of its own, and the amount belongs to a
     * deal word before it. Optional key {@code verbOpeningPrepositions}, null where it is absent or empty; the whole
     * gap between the amount and the verb, spaces around.
     */
    final Pattern verbOpeningPreposition;
    /**
     * Words of a tranche ("anfänglich", "in una prima tranche"): in their clause, an amount smaller than a deal of the
     * same company told before in the article is a part paid of that deal, not a deal of its own. Optional key {@code
     * tranches}, null where it is absent or empty.
     */
    final Pattern tranche;
    /**
     * Of the word lists {@link Clause#has} asks about, those that {@link #opensWithGuardOnly}: looked for only at the
     * places after no letter or digit ({@link WordStarts#findAfterGuard}).
     */
    final Set<Pattern> guardedWords;
    /**
     * Finite auxiliaries and modals of a verb-second language ("hat", "will"): walking back from a name for its
     * preposition stops at one ("Nach Angaben des Unternehmens hat Helsing"). Optional key {@code finiteAuxiliaries},
     * null where it is absent or empty.
     */
    final Pattern finiteAuxiliary;
    /**
     * Words that tell one investor's share of a round or deal told elsewhere ("as part of the wider round", "the
     * round was led by X, which invested $120m", "invested $75m in X's latest round"): an investment in a sentence
     * with one, smaller than a deal of the same company found before it or in the same sentence, is a share of that
     * deal, not a deal of its own. Optional key {@code shareMarkers}, null where it is absent or empty.
     */
    final Pattern shareMarker;
    /**
     * Words right after an amount that make it ownership received in the company named right after them ("receiving
     * $500m worth of equity in X"): the one who receives it pays X, not the other way round. Optional key {@code
     * equityReceived}, matched at the start of the text after the amount; null where it is absent or empty.
     */
    final Pattern equityReceived;
    /**
     * Words right after an amount that make it a fund's size ("a $15 billion AI fund"), no deal; optional key {@code
     * fundSizes}, matched at the start of the text after the amount; null where it is absent or empty.
     */
    final Pattern fundSize;
    /**
     * Nouns of money that is no deal ("multe", "fines") that, as the object right after a deal verb, make every amount
     * the verb governs no deal, however far after it ("ha erogato due multe a X e Y, rispettivamente da N e M").
     * Optional key {@code objectDistractors}, B/E added; null where it is absent.
     */
    final Pattern objectDistractor;
    /**
     * Nothing but space, or one short preposition of optional key {@code amountLinks} ("of", "de", "di"; no
     * conjunction), the whole text between an amount and the no-deal word that tells what it is ("$2bn of revenue",
     * "1 Md€ de valorisation"); only space where the key is absent.
     */
    final Pattern amountLink;
    /** Space as the money texts have it, with no-break and narrow no-break spaces. */
    private static final String BLANK = "[\\s\\u00A0\\u202F]*";
    /**
     * A person's role in a company written right after the company's name and before the person's ("Zentrix
     * co-founder Jane Doe", "Zentrix-owner Jane Doe"): such a name is no party of the clause. Optional key {@code
     * personRoles}, matched after spaces or a hyphen at the
     * start of the text after the name; null where it is absent or empty.
     */
    final Pattern personRole;
    /**
     * Words right before an amount that give a contract's value when a renting, leasing or spending verb comes
     * before them in the clause ("with a total value of"); optional key {@code contractValues}, null where it is
     * absent or empty.
     */
    final Pattern contractValue;
    /**
     * Words right before an amount that give the price of a purchase when a buying word comes before them in the
     * clause ("in a deal that values the company at", "implying an enterprise value of"); optional key {@code
     * acquisitionValues}, null where it is absent or empty.
     */
    final Pattern acquisitionValue;
    /**
     * Words that make an amount public money ("grants", "subsidies", "Förderung", "sovvenzioni", "under the CHIPS
     * Act"): a deal in their clause with no payer is paid by a government of the article; optional key {@code
     * stateMoney}, null where it is absent or empty.
     */
    final Pattern stateMoney;
    /** Phrases that name the state as a party; optional key {@code stateNouns}, empty where it is absent. */
    final List<StateNoun> stateNouns;
    /**
     * Words that give an amount to each company of a list told just before ("each company", "ciascuna", "jede
     * Firma"); optional key {@code distributive}, null where it is absent or empty.
     */
    final Pattern distributive;
    /**
     * Loan words ("loan", "prestito", "Kredit"): a fund or a holding that takes a loan is the company paid, though it
     * otherwise only invests; optional key {@code loans}, null where it is absent or empty.
     */
    final Pattern loan;
    /**
     * Nouns of intention ("commitment", "decisione", "engagement", "compromiso"): the company named right after one and
     * "of" or "by", just before a deal verb, is the verb's left-out subject ("l'impegno di X a comprare"); optional key
     * {@code intentions}, null where it is absent or empty.
     */
    final Pattern intention;
    /**
     * "between" ("tra", "entre", "zwischen"): a deal noun whose two sides are named right after it ("il contratto tra X
     * e Y") is paid by the first; optional key {@code between}, null where it is absent or empty.
     */
    final Pattern between;
    /**
     * The word of an infinitive of purpose between an amount and a purchase verb ("will pay $4.9bn to acquire X"):
     * the purchase is the amount's deal; optional key {@code purposeBefore}, matched as the whole gap, null where it
     * is absent or empty.
     */
    final Pattern purposeBefore;
    /**
     * A phrase right after an amount that says at what valuation the money came, without an amount of its own ("at an
     * undisclosed valuation", "à une valorisation non divulguée"): the amount is what was raised, not a valuation;
     * optional key {@code valuationAfter}, matched at the start of the words after the amount, null where it is absent
     * or empty.
     */
    final Pattern valuationAfter;
    /**
     * A phrase after an amount that opens what the deal is for ("with the aim of merging it", "con l'obiettivo di
     * fonderla"): the distractor words in it ("aim", "obiettivo") say nothing of the amount; optional key {@code
     * purposeAfter}, matched at the start of the words after the amount, null where it is absent or empty.
     */
    final Pattern purposeAfter;
    /** "which included", "of which", "di cui": the amounts after them are parts of the deal amount before. */
    final Pattern amountParts;
    /** German "SoftBanks Chipentwickler Arm": a name ending in a bare "s" may own the name after it. */
    final boolean genitiveWithoutApostrophe;
    final boolean verbSecond;
    /** German "von" and Spanish "de" also mean "from": "erhält 500 Mio. von SAP", "capta 500 millones de X". */
    final boolean genitiveMeansFrom;

    private DealLexicon(String language, LexiconFile file) {
        file.onlyKeys(Stream.concat(KEYS.stream(), OPTIONAL_KEYS.stream()).collect(Collectors.toSet()));
        this.language = language;
        this.cues = readCues(file.get("cues"));
        this.cueStarts = new PairStartsIndex(cues.stream().map(CueSpec::starts).toList());
        Map<Marker, String> markerPhrases = new LinkedHashMap<>();
        file.get("markers").entries().forEach((name, phrases) ->
                markerPhrases.put(phrases.enumValue(Marker.class, name), phrases.alternatives()));
        List<String> groups = new ArrayList<>();
        markerPhrases.forEach((marker, regex) -> groups.add("(?<" + marker.name() + ">" + regex + ")"));
        this.markers = file.get("markers").compile(B + "(?:" + String.join("|", groups) + ")$", FLAGS);
        this.markerGroups = Set.copyOf(markerPhrases.keySet());
        this.anaphor = readAnaphor(file.get("anaphor"));
        this.companyNoun = words(file.get("anaphor").get("nouns"));
        String leadDeterminers = file.has("leadDeterminers") ? file.get("leadDeterminers").alternativesOrNull() : null;
        this.indefiniteDescription = leadDeterminers == null ? null : file.get("leadDeterminers").compile(
                "\\s*(?:" + leadDeterminers + ")\\s+(?:[\\p{L}\\p{N}'’-]+,?\\s+){0,4}?[\\p{L}-]*(?:"
                        + file.get("anaphor").get("nouns").alternatives() + ")" + E, FLAGS);
        this.anaphorStarts = FirstChars.of(anaphor);
        LexiconFile conjunctionsBefore = file.get("anaphor").get("subjectlessAfter");
        String conjunctionAlternatives = conjunctionsBefore.alternativesOrNull();
        this.subjectlessAfter = conjunctionAlternatives == null ? null : conjunctionsBefore.compile(
                B + "(?:" + conjunctionAlternatives + ")\\s+(?:(?:" + file.get("anaphor").get("subjectless").alternatives()
                        + ")\\s+)?$", FLAGS);
        LexiconFile enclitics = file.get("anaphor").has("objectEnclitics")
                ? file.get("anaphor").get("objectEnclitics") : null;
        String encliticAlternatives = enclitics == null ? null : enclitics.alternativesOrNull();
        this.objectEnclitic = encliticAlternatives == null
                ? null : enclitics.compile("(?:" + encliticAlternatives + ")$", FLAGS);
        LexiconFile demonstratives = file.get("anaphor").has("demonstratives")
                ? file.get("anaphor").get("demonstratives") : null;
        String demonstrativeAlternatives = demonstratives == null ? null : demonstratives.alternativesOrNull();
        this.demonstrativeBefore = demonstrativeAlternatives == null ? null : demonstratives.compile(
                B + "(?:" + demonstrativeAlternatives + ")\\s+(?:[\\p{L}\\p{N}'’.-]+\\s+){0,3}$", FLAGS);
        LexiconFile subjectlessWords = file.get("anaphor").get("subjectless");
        String subjectlessAlternatives = subjectlessWords.alternativesOrNull();
        this.subjectless = subjectlessAlternatives == null
                ? null : subjectlessWords.compile(B + "(?:" + subjectlessAlternatives + ")" + E, FLAGS);
        this.distractor = words(file.get("distractors"));
        this.valuedAt = words(file.get("valuedAt"));
        this.dealNoun = words(file.get("dealNouns"));
        Map<DealStage, Pattern> stageMap = new LinkedHashMap<>();
        file.get("stages").entries().forEach((name, words) ->
                stageMap.put(words.enumValue(DealStage.class, name), words(words)));
        this.stages = Map.copyOf(stageMap);
        Map<DealStage, FirstChars> stageStartMap = new LinkedHashMap<>();
        stageMap.forEach((stage, pattern) -> stageStartMap.put(stage, FirstChars.of(pattern)));
        this.stageStarts = Map.copyOf(stageStartMap);
        LexiconFile participles = file.get("passiveParticiples");
        this.passiveParticiple = participles.compile("(?:" + participles.alternatives() + ")", FLAGS);
        LexiconFile auxiliaries = file.get("passiveAuxiliaries");
        this.passiveAuxBefore = auxiliaries.compile(
                B + "(?:" + auxiliaries.alternatives() + ")(?:\\s+\\p{L}+(?:ly|mente|ment))?\\s+$", FLAGS);
        LexiconFile agents = file.get("passiveAgents");
        this.agentAfter = agents.compile("^\\s+(?:" + agents.alternatives() + ")" + E, FLAGS);
        this.agentBefore = agents.compile(B + "(?:" + agents.alternatives() + ")\\s+$", FLAGS);
        LexiconFile clauseWords = file.get("passiveClauseWords");
        String passiveClauseWords = clauseWords.alternativesOrNull();
        this.passiveClause = passiveClauseWords == null
                ? null : clauseWords.compile(B + "(?:" + passiveClauseWords + ")" + E, FLAGS);
        LexiconFile boundaries = file.get("clauseBoundaries");
        this.clauseBoundary = boundaries.compile(boundaries.alternatives(), FLAGS);
        LexiconFile relatives = file.get("relatives");
        this.relativeAfter = relatives.compile("^\\s*,?\\s*(?:" + relatives.alternatives() + ")" + E, FLAGS);
        // German sets every relative clause off with a comma, and its relative pronouns are also its articles
        boolean commaFirst = file.has("relativeAfterComma") && file.get("relativeAfterComma").bool();
        String itemWords = file.has("itemAmountWords") ? file.get("itemAmountWords").alternativesOrNull() : null;
        this.itemAmountGap = Pattern.compile("[\\s:–—-]*|\\s*,\\s*"
                + (itemWords == null ? "" : "(?:(?:" + itemWords + ")\\s+)?"), FLAGS);
        this.relativeAfterName = commaFirst
                ? relatives.compile("^\\s*,\\s*(?:" + relatives.alternatives() + ")" + E, FLAGS) : relativeAfter;
        this.paidRelativeAfter = optional(file, "paidRelatives", "^\\s*,\\s*(?:", ")" + E + "\\s*");
        this.demonstrativeOfBefore = optional(file, "demonstrativesOf", B + "(?:", ")\\s*$");
        LexiconFile joinVerbs = file.get("joinVerbs");
        this.joinVerb = joinVerbs.compile(
                "^\\s*,?\\s*(?:[\\p{L}-]+\\s+){0,3}?(?:" + joinVerbs.alternatives() + ")" + E, FLAGS);
        LexiconFile conjunctions = file.get("conjunctions");
        this.conjunction = conjunctions.compile("^\\s*(?:,\\s*)?(?:" + conjunctions.alternatives()
                + ")(?:\\s+(?:" + file.get("articles").alternatives() + "))?\\s*$|^\\s*,\\s*$", FLAGS);
        this.conjunctionWord = conjunctions.compile(B + "(?:" + conjunctions.alternatives() + ")" + E, FLAGS);
        this.conjunctionOpening = conjunctions.compile("^\\s*(?:,\\s*)?(?:" + conjunctions.alternatives() + ")" + E,
                FLAGS);
        String joins = conjunctions.alternatives();
        this.listJoin = conjunctions.compile(B + "(?:" + joins + ")\\s+(?:[\\p{L}'’]+\\s+)?$|,\\s*$"
                + "|;\\s*(?:[\\p{L}'’]+\\s+){0,2}$", FLAGS);
        this.verbSecond = file.get("verbSecond").bool();
        this.genitiveMeansFrom = file.get("genitiveMeansFrom").bool();
        this.investorNoun = words(file.get("investorNouns"));
        this.supplierNoun = words(file.get("supplierNouns"));
        this.article = words(file.get("articles"));
        this.runningTotal = words(file.get("runningTotals"));
        this.farDistractor = words(file.get("farDistractors"));
        this.comparison = file.get("comparisons").compile(B + "(?:" + file.get("comparisons").alternatives() + ")\\s*$",
                FLAGS);
        this.amountParts = words(file.get("amountParts"));
        LexiconFile references = file.get("dealReferences");
        String labels = file.has("amountLabels") ? file.get("amountLabels").alternativesOrNull() : null;
        String label = labels == null ? null : "(?:^|(?<=[\\n.!?]))[ \\t\\u00A0]*(?:" + labels + ")[ \\u00A0\\u202F]?:";
        this.dealReference = references.compile(B + "(?:" + references.alternatives() + ")" + E
                + (label == null ? "" : "|" + label), FLAGS);
        this.amountLabel = label == null ? null : file.get("amountLabels").compile(label, FLAGS);
        this.contractedArticle = optional(file, "contractedArticles", "(?:", ")");
        this.earlierAmount = optionalWords(file, "earlierAmounts");
        Map<String, Pattern> nationalityWords = new LinkedHashMap<>();
        if (file.has("nationalities")) {
            file.get("nationalities").entries().forEach((country, adjectives) ->
                    nationalityWords.put(country, words(adjectives)));
        }
        this.nationalities = Map.copyOf(nationalityWords);
        this.stakePart = optional(file, "stakeParts", B + "(?:", ")$");
        this.subordinateOpening = optional(file, "subordinateOpenings", "^[\\s\"«“]*(?:", ")" + E);
        this.complementizer = optional(file, "complementizers", B + "(?:",
                ")(?:\\s+[\\p{L}\\p{N}'’-]+){0,3}?\\s*$");
        this.reportingVerb = optional(file, "reportingVerbs", B + "(?:",
                ")" + E + "(?:[\\s,]+[\\p{L}\\p{N}'’-]+){0,6}?[\\s,]*$");
        this.personOwner = optional(file, "personOwners", B + "(?:", ")\\s*$");
        this.amountLeadIn = optional(file, "amountLeadIns", B + "(?:", ")\\s*$");
        Pattern opener = optional(file, "nicknameOpeners", B + "(?:", ")" + NS + "*[«“\"]?" + NS + "*$");
        Pattern link = optional(file, "nicknameLinks", "^" + NS + "*[»”\"]?" + NS + "+(?:", ")" + NS + "*");
        this.nicknameOpener = link == null ? null : opener;
        this.costVerb = optionalWords(file, "costVerbs");
        this.bidNoun = optionalWords(file, "bidNouns");
        this.bidOn = optionalWords(file, "bidOn");
        this.mergerNoun = optionalWords(file, "mergerNouns");
        this.lineWrapWord = optional(file, "lineWrapWords", "(?:", ")");
        this.openingPreposition = optional(file, "openingPrepositions", "^[\\s\"«“]*(?:", ")" + E);
        this.nicknameLink = opener == null ? null : link;
        this.ownStake = optional(file, "ownStakes", "^\\s*(?:", ")" + E);
        this.partnershipReference = optionalWords(file, "partnershipReferences");
        this.paymentForm = optional(file, "paymentForms", "^\\s*(?:", ")" + E);
        this.offerAnswer = optionalWords(file, "offerAnswers");
        this.purposeClause = optionalWords(file, "purposeClauses");
        this.purposeCompound = optionalWords(file, "purposeCompounds");
        this.shareMarker = optionalWords(file, "shareMarkers");
        this.equityReceived = optional(file, "equityReceived", "^\\s*(?:", ")\\s+");
        this.fundSize = optional(file, "fundSizes", "^\\s+(?:", ")" + E);
        this.objectDistractor = optionalWords(file, "objectDistractors");
        Pattern amountLinks = optional(file, "amountLinks", BLANK + "(?:(?:", ")" + BLANK + ")?");
        this.amountLink = amountLinks != null ? amountLinks : Pattern.compile(BLANK);
        this.personRole = optional(file, "personRoles", "^(?:\\s+|-)(?:", ")\\s+\\p{L}");
        this.contractValue = optional(file, "contractValues", B + "(?:", ")\\s*$");
        this.acquisitionValue = optional(file, "acquisitionValues", B + "(?:", ")\\s*$");
        this.stateMoney = optionalWords(file, "stateMoney");
        this.jointWith = optionalWords(file, "jointWith");
        this.stateNouns = file.has("stateNouns") ? readStateNouns(file.get("stateNouns")) : List.of();
        this.distributive = optionalWords(file, "distributive");
        this.purposeBefore = optional(file, "purposeBefore", "\\s+(?:", ")\\s+");
        this.loan = optionalWords(file, "loans");
        this.intention = optionalWords(file, "intentions");
        this.valuationAfter = optional(file, "valuationAfter", "\\s*,?\\s*(?:", ")" + E);
        this.between = optionalWords(file, "between");
        this.purposeAfter = optional(file, "purposeAfter", "\\s*,?\\s*(?:", ")" + E);
        this.respectively = optionalWords(file, "respectively");
        this.ranking = optionalWords(file, "rankings");
        this.sourcePreposition = optional(file, "sourcePrepositions", B + "(?:", ")\\s+$");
        this.attributePreposition = optionalWords(file, "attributePrepositions");
        this.cleftInfinitiveOpener = optional(file, "cleftInfinitiveOpeners", "^\\s*(?:", ")\\s+$");
        this.cleftCopula = optionalWords(file, "cleftCopulas");
        this.cleftOpener = optional(file, "cleftOpeners", B + "(?:", ")\\s+$");
        this.goods = optionalWords(file, "goods");
        this.goodsEndingWord = goods == null ? null
                : Pattern.compile("(?:" + goods.pattern() + ")(?![\\p{L}-])", goods.flags());
        this.soldTo = rightBeforeName(file, "soldTo");
        this.soldUnit = optional(file, "soldUnits", "\\s+(?:", ")" + E);
        this.boughtFrom = rightBeforeName(file, "boughtFrom");
        this.commitment = optionalWords(file, "commitments");
        this.stakeBefore = optional(file, "stakes", B + "(?:", ")(?:\\s+\\p{L}{1,3})?\\s+$");
        this.stakeAfter = optional(file, "stakes", "^\\s*(?:", ")" + E);
        this.investorRole = optional(file, "investorRoles", "^\\s*(?:\\p{L}+\\s+){0,2}?(?:", ")" + E);
        this.investorList = optional(file, "investorLists", B + "(?:", ")\\s*$");
        this.finiteAuxiliary = optional(file, "finiteAuxiliaries", "(?:", ")");
        this.tranche = optionalWords(file, "tranches");
        this.buyerNamed = optionalWords(file, "buyerNamed");
        this.gappedItemGap = optional(file, "gappedItems", "^(?:", ")$");
        this.boughtInDeal = optional(file, "boughtInDeal", "^" + NS + "*(?:", ")" + NS + "*$");
        this.boughtInDealAtEnd = optional(file, "boughtInDeal", NS + "+(?:", ")" + NS + "*$");
        this.cuePrefix = optional(file, "cuePrefixes", "(?:", ")");
        this.pluralSubject = optionalWords(file, "pluralSubjects");
        this.possessivePronoun = optional(file, "possessivePronouns", B + "(?:", ")" + E + "\\s*$");
        this.backedBy = optional(file, "backedBy", "\\s*(?:", ")" + E);
        this.moneyUsers = optional(file, "moneyUsers", "\\s*(?:", ")" + E);
        this.asideOpeners = optional(file, "asideOpeners", "\\s*(?:", ")" + E);
        this.describingAgent = optional(file, "describingAgents", B + "(?:", ")\\s+$");
        this.personalObject = optionalWords(file, "personalObjects");
        this.procliticObject = optionalWords(file, "procliticObjects");
        this.objectPronoun = optionalWords(file, "objectPronouns");
        this.procliticAuxiliary = optionalWords(file, "procliticAuxiliaries");
        this.amountRelative = optional(file, "amountRelatives", "\\s*(?:", ")\\s*");
        this.awardedTo = optionalWords(file, "awardedTo");
        this.timePhrase = optionalWords(file, "timePhrases");
        this.verbOpeningPreposition = optional(file, "verbOpeningPrepositions", "\\s*(?:", ")\\s+");
        this.origin = optional(file, "origins", "\\s+(?:", ")\\s+");
        this.passiveSale = optional(file, "passiveSales", "(?:", ")");
        this.wholeRound = optionalWords(file, "wholeRounds");
        this.largerRound = optionalWords(file, "largerRounds");
        LexiconFile conversions = file.get("conversions");
        // In brackets: up to three words, then perhaps the low end of a range ("(850 y 1.275 millones de euros)");
        // after a comma or dash, perhaps after one lower-case word (a German participle: "für N Dollar gekauft,
        // umgerechnet M Euro")
        this.conversionGap = conversions.compile("\\s*(?:[(\\[]\\s*(?:[\\p{L}~≈.]+\\s*){0,3}"
                + "(?:\\d[\\d.,]*\\s*(?:\\p{L}{1,3}|[-–])\\s*)?|(?:\\p{Ll}+\\s*)?[,–—-]\\s*(?:"
                + conversions.alternatives() + ")" + E + "\\s*)", FLAGS);
        this.genitiveWithoutApostrophe = file.get("genitiveWithoutApostrophe").bool();
        Set<Pattern> guarded = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Pattern words : Arrays.asList(stateMoney, respectively, distributive, dealReference, tranche,
                partnershipReference)) {
            if (words != null && opensWithGuardOnly(words)) {
                guarded.add(words);
            }
        }
        this.guardedWords = Collections.unmodifiableSet(guarded);
    }

    /**
     * Whether every match of {@code words} opens with the {@link #B} guard and nothing else in it reads the text before
     * where the match begins: the pattern is {@code B(?:...)E} as {@link #words} writes it, the group after the guard
     * closes only at its end (no alternative stands outside it), and no lookbehind (nor named group), word boundary,
     * {@code ^}, {@code \G}, {@code \A} or quoted span stands inside it (answered conservatively: any of them, or a
     * nested character class, makes it false). Such a pattern matches at a place of a region as a region starting
     * there would let it, once the guard holds there ({@link WordStarts#findAfterGuard}).
     */
    static boolean opensWithGuardOnly(Pattern words) {
        String regex = words.pattern();
        String open = B + "(?:";
        String close = ")" + E;
        if (words.flags() != FLAGS || !regex.startsWith(open) || !regex.endsWith(close)
                || regex.length() < open.length() + close.length()) {
            return false;
        }
        String body = regex.substring(open.length(), regex.length() - close.length());
        int depth = 1;
        boolean inClass = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                if (i + 1 < body.length() && "bBGAQE".indexOf(body.charAt(i + 1)) >= 0) {
                    return false;
                }
                i++;
            } else if (inClass) {
                if (c == '[') {
                    return false;
                }
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
                if (i + 1 < body.length() && body.charAt(i + 1) == '^') {
                    i++;
                }
                if (i + 1 < body.length() && body.charAt(i + 1) == ']') {
                    return false;
                }
            } else if (c == '^' || c == '(' && body.startsWith("(?<", i)) {
                return false;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return false;
            }
        }
        return depth == 1 && !inClass;
    }

    /** Whether this language has a phrase for {@code marker} (a group of {@link #markers}). */
    boolean hasMarker(Marker marker) {
        return markerGroups.contains(marker);
    }

    /**
     * Whether an {@link #amountLabel} ("Montant : N") opens a line or the start of the span from {@code start} to
     * {@code end} of the lower-case text. A label ends with a colon, so a span without one is not searched: most
     * sentences have none, and the search tries the label at every character.
     */
    boolean hasAmountLabel(String lower, int start, int end) {
        if (amountLabel == null) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (lower.charAt(i) == ':') {
                return amountLabel.matcher(lower).region(start, end).find();
            }
        }
        return false;
    }

    /** The lexicon for an ISO 639-1 code; English for null or a language not covered. */
    static DealLexicon forLanguage(String language) {
        if (language == null) {
            return BY_LANGUAGE.get("en");
        }
        String code = language.toLowerCase(Locale.ROOT);
        int dash = code.indexOf('-');
        return BY_LANGUAGE.getOrDefault(dash > 0 ? code.substring(0, dash) : code, BY_LANGUAGE.get("en"));
    }

    /** Reads one language's file; fails with the file and key when something is missing or does not compile. */
    static DealLexicon read(String language, LexiconFile file) {
        return new DealLexicon(language, file);
    }

    private static Map<String, DealLexicon> loadAll() {
        Map<String, DealLexicon> lexicons = new LinkedHashMap<>();
        for (String language : LexiconFile.LANGUAGES) {
            lexicons.put(language, read(language, LexiconFile.of(language)));
        }
        return lexicons;
    }

    /**
     * Optional key {@code key} as words that end right before a name, an article of {@code articles} allowed between;
     * null where the key is absent or empty.
     */
    private static Pattern rightBeforeName(LexiconFile file, String key) {
        if (!file.has(key) || file.get(key).alternativesOrNull() == null) {
            return null;
        }
        return file.get(key).compile(B + "(?:" + file.get(key).alternatives() + ")(?:\\s+(?:"
                + file.get("articles").alternatives() + "))?\\s*$", FLAGS);
    }

    /** Whole words: the alternatives between the {@link #B} and {@link #E} guards. */
    /** {@link #words} of the optional key {@code key}; null where the key is absent or empty. */
    private static Pattern optionalWords(LexiconFile file, String key) {
        return optional(file, key, B + "(?:", ")" + E);
    }

    /**
     * The alternatives of an optional key as one pattern, between {@code before} and {@code after}; null where the
     * key is absent or empty.
     */
    private static Pattern optional(LexiconFile file, String key, String before, String after) {
        return file.has(key) && file.get(key).alternativesOrNull() != null
                ? file.get(key).compile(before + file.get(key).alternatives() + after, FLAGS) : null;
    }

    private static Pattern words(LexiconFile list) {
        return list.compile(B + "(?:" + list.alternatives() + ")" + E, FLAGS);
    }

    private static List<CueSpec> readCues(LexiconFile list) {
        List<CueSpec> cues = new ArrayList<>();
        for (LexiconFile cue : list.elements()) {
            cue.onlyKeys(Set.of("kind", "type", "words"));
            CueKind kind = cue.get("kind").enumValue(CueKind.class, cue.get("kind").text());
            DealType type = cue.has("type") ? cue.get("type").enumValue(DealType.class, cue.get("type").text()) : null;
            cues.add(new CueSpec(words(cue.get("words")), kind, type));
        }
        if (cues.isEmpty()) {
            throw list.error("must list at least one cue");
        }
        return List.copyOf(cues);
    }

    private static List<StateNoun> readStateNouns(LexiconFile list) {
        List<StateNoun> nouns = new ArrayList<>();
        for (LexiconFile noun : list.elements()) {
            noun.onlyKeys(Set.of("words", "entity", "home"));
            nouns.add(new StateNoun(words(noun.get("words")), noun.has("entity") ? noun.get("entity").text() : null,
                    noun.has("home") ? noun.get("home").text() : null));
        }
        return List.copyOf(nouns);
    }

    /** The shape with its {determiners} and {nouns} filled in, between the word guards. */
    private static Pattern readAnaphor(LexiconFile anaphor) {
        anaphor.onlyKeys(Set.of("shape", "determiners", "nouns", "subjectless", "subjectlessAfter", "objectEnclitics",
                "demonstratives"));
        LexiconFile shape = anaphor.get("shape");
        String template = shape.text();
        for (String part : List.of("{determiners}", "{nouns}", "(?<noun>")) {
            if (!template.contains(part)) {
                throw shape.error("must contain " + part);
            }
        }
        String regex = template.replace("{determiners}", anaphor.get("determiners").alternatives())
                .replace("{nouns}", anaphor.get("nouns").alternatives());
        return shape.compile(B + regex + E, FLAGS);
    }
}
