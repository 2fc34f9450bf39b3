package dev.newswatch.enrich.deal;

import dev.newswatch.core.model.DealStage;
import dev.newswatch.core.model.DealType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of one language that the deal extractor reads: deal cues and what they say about who pays,
 * the prepositions that introduce parties, anaphors ("la società", "the company"), words that make an
 * amount something other than a deal (valuation, revenue, fines...), stage words, passive voice and clause
 * boundaries. All patterns are lower case and run on text lowered by {@link CaseFolding}. Immutable.
 */
final class DealLexicon {

    /** Patterns are written in lower case and run on {@link CaseFolding#lower(String)} text. */
    private static final int FLAGS = 0;
    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}\\p{N}])";
    private static final String APOS = "['’]";

    /** A deal word; {@code type} overrides the kind's default type when not null. */
    record CueSpec(Pattern pattern, CueKind kind, DealType type, FirstChars firstChars) {

        CueSpec(Pattern pattern, CueKind kind, DealType type) {
            this(pattern, kind, type, FirstChars.of(pattern));
        }
    }

    private static final Map<String, DealLexicon> BY_LANGUAGE = new LinkedHashMap<>();

    final String language;
    final List<CueSpec> cues;
    /** Every preposition phrase, one named group per {@link Marker}, matched at the end of a window. */
    final Pattern markers;
    private final Set<Marker> markerGroups;
    /** Anaphor: group "noun" is the part treated as the mention. */
    final Pattern anaphor;
    final FirstChars anaphorStarts;
    final Pattern distractor;
    /** "valued at" and the like: a valuation unless a deal noun comes just before. */
    final Pattern valuedAt;
    final Pattern dealNoun;
    final Map<DealStage, Pattern> stages;
    final Map<DealStage, FirstChars> stageStarts;
    final Pattern passiveParticiple;
    final Pattern passiveAuxBefore;
    final Pattern agentAfter;
    final Pattern passiveClause;
    final Pattern clauseBoundary;
    final Pattern relativeAfter;
    /** A verb saying the subject leads or joins a funding round ("SoftBank will lead", "Nvidia parteciperà"). */
    final Pattern joinVerb;
    final Pattern conjunction;
    /** "backer", "azionista", "Investor": a company's investor named through it ("Anthropic's largest backer"). */
    final Pattern investorNoun;
    final boolean verbSecond;
    /** German "von" and Spanish "de" also mean "from": "erhält 500 Mio. von SAP", "capta 500 millones de X". */
    final boolean genitiveMeansFrom;

    private DealLexicon(Builder b) {
        this.language = b.language;
        this.cues = List.copyOf(b.cues);
        List<String> groups = new ArrayList<>();
        b.markers.forEach((marker, regex) -> groups.add("(?<" + marker.name() + ">" + regex + ")"));
        this.markers = Pattern.compile(B + "(?:" + String.join("|", groups) + ")$", FLAGS);
        this.markerGroups = Set.copyOf(b.markers.keySet());
        this.anaphor = Pattern.compile(b.anaphor, FLAGS);
        this.anaphorStarts = FirstChars.of(anaphor);
        this.distractor = Pattern.compile(B + "(?:" + b.distractor
                + "|valuations?|post-money|pre-money|market cap)" + E, FLAGS);
        this.valuedAt = Pattern.compile(B + "(?:" + b.valuedAt + ")" + E, FLAGS);
        this.dealNoun = Pattern.compile(B + "(?:" + b.dealNoun + ")" + E, FLAGS);
        Map<DealStage, Pattern> stageMap = new LinkedHashMap<>();
        b.stages.forEach((stage, regex) -> stageMap.put(stage, Pattern.compile(B + "(?:" + regex + ")" + E, FLAGS)));
        this.stages = Map.copyOf(stageMap);
        Map<DealStage, FirstChars> stageStartMap = new LinkedHashMap<>();
        stageMap.forEach((stage, pattern) -> stageStartMap.put(stage, FirstChars.of(pattern)));
        this.stageStarts = Map.copyOf(stageStartMap);
        this.passiveParticiple = Pattern.compile("(?:" + b.passiveParticiple + ")", FLAGS);
        this.passiveAuxBefore = Pattern.compile(
                B + "(?:" + b.passiveAux + ")(?:\\s+\\p{L}+(?:ly|mente|ment))?\\s+$", FLAGS);
        this.agentAfter = Pattern.compile("^\\s+(?:" + b.agent + ")" + E, FLAGS);
        this.passiveClause = b.passiveClause == null
                ? null : Pattern.compile(B + "(?:" + b.passiveClause + ")" + E, FLAGS);
        this.clauseBoundary = Pattern.compile(b.clauseBoundary, FLAGS);
        this.relativeAfter = Pattern.compile("^\\s*,?\\s*(?:" + b.relative + ")" + E, FLAGS);
        this.joinVerb = Pattern.compile("^\\s*,?\\s*(?:[\\p{L}-]+\\s+){0,3}?(?:" + b.joinVerb + ")" + E, FLAGS);
        this.conjunction = Pattern.compile("^\\s*(?:,\\s*)?(?:" + b.conjunction + ")(?:\\s+(?:" + b.articles
                + "))?\\s*$|^\\s*,\\s*$", FLAGS);
        this.verbSecond = b.verbSecond;
        this.genitiveMeansFrom = b.genitiveMeansFrom;
        this.investorNoun = Pattern.compile(B + "(?:" + b.investorNoun + ")" + E, FLAGS);
    }

    /** Whether this language has a phrase for {@code marker} (a group of {@link #markers}). */
    boolean hasMarker(Marker marker) {
        return markerGroups.contains(marker);
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

    /** Builds one language's lexicon; plain field assignment keeps the tables below readable. */
    private static final class Builder {
        String language;
        final List<CueSpec> cues = new ArrayList<>();
        final Map<Marker, String> markers = new LinkedHashMap<>();
        String anaphor;
        String distractor;
        String valuedAt;
        String dealNoun;
        final Map<DealStage, String> stages = new LinkedHashMap<>();
        String passiveParticiple;
        String passiveAux;
        String agent;
        String passiveClause;
        String clauseBoundary;
        String relative;
        String joinVerb;
        String conjunction;
        /** Articles that may follow a conjunction before a name ("und der Schwarz Gruppe"). */
        String articles;
        String investorNoun;
        boolean verbSecond;
        boolean genitiveMeansFrom;

        Builder(String language) {
            this.language = language;
        }

        Builder cue(CueKind kind, String regex) {
            return cue(kind, null, regex);
        }

        Builder cue(CueKind kind, DealType type, String regex) {
            cues.add(new CueSpec(Pattern.compile(B + "(?:" + regex + ")" + E, FLAGS), kind, type));
            return this;
        }

        Builder marker(Marker marker, String regex) {
            markers.merge(marker, regex, (a, c) -> a + "|" + c);
            return this;
        }

        Builder stage(DealStage stage, String regex) {
            stages.put(stage, regex);
            return this;
        }

        DealLexicon build() {
            return new DealLexicon(this);
        }
    }

    static {
        register(english());
        register(italian());
        register(german());
        register(french());
        register(spanish());
    }

    private static void register(DealLexicon lexicon) {
        BY_LANGUAGE.put(lexicon.language, lexicon);
    }

    private static DealLexicon english() {
        Builder b = new Builder("en")
                .cue(CueKind.PAY_VERB, "invest(?:s|ed|ing)?|commit(?:s|ted|ting)?|pledg(?:e|es|ed|ing)|inject(?:s|ed|ing)?"
                        + "|pour(?:s|ed|ing)?|pump(?:s|ed|ing)?|plough(?:s|ed|ing)?|plow(?:s|ed|ing)?|back(?:s|ed)"
                        + "|funded|financ(?:es|ed)")
                .cue(CueKind.PAY_VERB, DealType.CONTRACT, "spend(?:s|ing)?|spent|pay(?:s|ing)?|paid")
                .cue(CueKind.ACQ_VERB, "acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)"
                        + "|take(?:s)? over|took over|taking over|snap(?:s|ped|ping)? up")
                .cue(CueKind.RAISE_VERB, "rais(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|receiv(?:e|es|ed|ing)"
                        + "|obtain(?:s|ed)?|attract(?:s|ed)?")
                .cue(CueKind.INV_NOUN, "investments?|stakes?|capital injection|equity injection|injection|backing")
                .cue(CueKind.ACQ_NOUN, "acquisitions?|takeovers?|buyouts?|bids?|merger")
                .cue(CueKind.ROUND_NOUN, "(?:funding|financing|investment|equity|venture|seed|pre-seed|series [a-h]\\+?)"
                        + " rounds?|rounds?|fund-?raising|fundraise|funding|financing|series [a-h]")
                .cue(CueKind.SALE, "secondary (?:share )?sales?|share sales?|tender offers?|sell(?:s|ing)?|sold|sale")
                .cue(CueKind.CONTRACT_NOUN, "contract|agreement|deal|pact|commitment")
                .cue(CueKind.CONTRACT_SET, "contracts|agreements|deals|pacts|commitments")
                .cue(CueKind.PARTNERSHIP, "partnerships?|alliances?|joint ventures?|collaborations?")
                .cue(CueKind.TALKS, "talks|negotiations?|negotiating|in discussions|discussions");
        b.marker(Marker.BY, "(?:co-)?led by|headed by|spearheaded by|backed by|funded by|anchored by|by")
                .marker(Marker.FROM, "from|participation from|participation of")
                .marker(Marker.IN, "in|into")
                .marker(Marker.TO, "to|towards?")
                .marker(Marker.OF, "of")
                .marker(Marker.WITH, "with")
                .marker(Marker.FOR, "for")
                .marker(Marker.ON, "on")
                .marker(Marker.LIST, "including|among them|such as|like|between|among|as well as");
        b.anaphor = B + "(?:(?:the|this)\\s+(?:[\\p{L}\\p{N}][\\p{L}\\p{N}.-]*\\s+){0,2}?(?<noun>company|firm|group"
                + "|start-?up|lab|chipmaker|chip ?maker|chip designer|developer|maker|creator|owner|business|giant"
                + "|conglomerate)|(?<it>it))" + E;
        b.distractor = "revenues?|sales|turnover|loss(?:es)?|profits?|earnings|net income|ebitda|fined?|fines"
                + "|penalt(?:y|ies)|settle(?:ment|s|d)?|sav(?:e|es|ed|ing|ings)|costs?|cost cuts|salar(?:y|ies)"
                + "|pay package|compensation|bonus(?:es)?|(?:share|stock|retail|list|selling) prices?|priced at"
                + "|per share|a share|apiece|gdp|budgets?|capex|capital expenditures?|market|market value"
                + "|market capitali[sz]ation|valuing|value|values|valued|net worth|fortune|total funding"
                + "|bringing (?:its|the) total|cash reserves";
        b.valuedAt = "valued";
        b.dealNoun = "deals?|transactions?|acquisitions?|takeovers?|agreements?|contracts?|offers?|bids?|purchases?"
                + "|investments?|stakes?|rounds?";
        b.stage(DealStage.BACKGROUND, "since (?:19|20)\\d\\d|already|previously|in the past|prior|to date|so far"
                        + "|since (?:its|their) (?:founding|creation|launch|inception)")
                .stage(DealStage.COMPLETED, "completed|completes|closed|closes|finali[sz]ed|finali[sz]es")
                .stage(DealStage.IN_TALKS, "talks|negotiations?|negotiating|in discussions|discussions")
                .stage(DealStage.RUMOURED, "reportedly|reported|according to|sources|people familiar|rumou?r(?:s|ed)?"
                        + "|could|may|might|is said to|are said to|considering|weighing|exploring");
        b.passiveParticiple = "acquired|bought|purchased|backed|funded|financed|taken over|snapped up|invested|committed"
                + "|pledged|injected";
        b.passiveAux = "is|are|was|were|be|been|being|get|gets|got";
        b.agent = "by";
        b.clauseBoundary = ";|,?\\s+while\\s|,?\\s+whereas\\s|,\\s+but\\s|,\\s+although\\s";
        b.relative = "which|who|that";
        b.joinVerb = "(?:co-)?lead(?:s|ing)?|(?:co-)?led|head(?:s|ed|ing)?|spearhead(?:s|ed|ing)?|anchor(?:s|ed|ing)?"
                + "|participat(?:e|es|ed|ing)|join(?:s|ed|ing)?|took part|take part|takes part";
        b.conjunction = "and|or|as well as|&";
        b.articles = "the";
        b.investorNoun = "backers?|investors?|shareholders?|funders?|financiers?";
        return b.build();
    }

    private static DealLexicon italian() {
        Builder b = new Builder("it")
                .cue(CueKind.PAY_VERB, "investir\\p{L}*|invest(?:e|ono|ito|ita|iti|ite|endo|ì)"
                        + "|impegn(?:at[oaie]|ando|andosi|a|ano|er\\p{L}+|arsi|atosi|atasi)|iniett\\p{L}+"
                        + "|punt(?:a|ano|ato|erà|eranno)(?!\\s+(?:a|ad|al|alla|allo|ai|agli|alle)\\s)"
                        + "|vers(?:a|ano|are|ato|ata|ati|ate|erà|eranno)"
                        + "|finanzi(?:a|ano|ato|ata|ati|erà|eranno|are|ando)|mett(?:ere|e|erà) sul piatto|messo sul piatto"
                        + "|scommett\\p{L}+")
                .cue(CueKind.PAY_VERB, DealType.CONTRACT, "spend(?:e|ere|erà|eranno|endo)|spes[oi]")
                .cue(CueKind.ACQ_VERB, "acquisi(?:re|rà|ranno|rebbe|sce|scono|to|ta|ti|te)"
                        + "|acquist(?:a|ano|are|erà|eranno|erebbe|ato|ata|ati|ando)"
                        + "|compr(?:a|ano|are|erà|eranno|erebbe|ato|ata|ati|ando|ò)"
                        + "|rilev(?:a|ano|are|erà|erebbe|ato|ata|ò)|(?:prend\\p{L}*|pres[oa]) il controllo")
                .cue(CueKind.RAISE_VERB, "raccol(?:to|ta|ti|te)|raccogli\\p{L}*|raccoglie|ottenut[oaie]|otten(?:ere|uto|ne)"
                        + "|incass(?:a|ato|are|ando)|attirat[oaie]")
                .cue(CueKind.INV_NOUN, "investiment[oi]|partecipazion[ei]|quot[ae]|iniezione(?: di capitale)?")
                .cue(CueKind.ACQ_NOUN, "acquisizion[ei]|acquist[oi]|rilevamento|fusion[ei]|offert[ae]|opa")
                .cue(CueKind.ROUND_NOUN, "round(?: di (?:finanziamento|investimento))?|finanziament[oi]"
                        + "|raccolta(?: di capitali| fondi)?|serie [a-h]|tornata|aumento di capitale")
                .cue(CueKind.SALE, "vendita secondaria|vendite secondarie|vendita(?: di azioni)?|cession[ei]"
                        + "|ced(?:e|ere|uto|uta|erà)|vend(?:e|ere|uto|uta|erà)")
                .cue(CueKind.CONTRACT_NOUN, "accordo|contratto|intesa|impegno|patto|commessa")
                .cue(CueKind.CONTRACT_SET, "accordi|contratti|intese|impegni|patti|commesse")
                .cue(CueKind.PARTNERSHIP, "partnership|alleanz[ae]|collaborazion[ei]|joint venture")
                .cue(CueKind.TALKS, "trattativ[ae]|colloqui|negoziat[oi]|negoziazion[ei]|discussion[ei]|in discussione");
        b.marker(Marker.BY, "da parte (?:di|del|della|dello|dell" + APOS + ")|guidat[oaie] (?:da|dal|dalla|dallo|dall" + APOS
                        + ")|condott[oaie] (?:da|dal|dalla)|capitanat[oaie] (?:da|dal|dalla)|(?:con la|sotto la) guida (?:di|del|della)")
                .marker(Marker.FROM, "da|dal|dalla|dallo|dai|dagli|dalle|dall" + APOS)
                .marker(Marker.IN, "in|nel|nella|nello|nell" + APOS + "|nei|negli|nelle|su|sul|sulla|sullo")
                .marker(Marker.OF, "di|del|della|dello|dell" + APOS + "|dei|degli|delle|d" + APOS)
                .marker(Marker.WITH, "con|insieme a|insieme con|assieme a")
                .marker(Marker.FOR, "per")
                .marker(Marker.TO, "a|al|alla|allo|all" + APOS + "|ai|agli|alle")
                .marker(Marker.LIST, "tra cui|fra cui|tra|fra|come|inclus[oaie]|compres[oaie]|oltre a");
        b.anaphor = B + "(?:la|il|lo|l" + APOS + "|questa|questo|nella|nello|nel|nell" + APOS + "|alla|al|all" + APOS
                + "|della|del|dell" + APOS + "|dalla|dal|dall" + APOS + "|sulla|sul)\\s*(?<noun>società|startup|start-up"
                + "|azienda|compagnia|impresa|gruppo|colosso|gigante)" + E;
        b.distractor = "valutazion[ei]|valutat[aoie]|valutando|valuta|valutano|valuterebbe|valorizz\\p{L}*|vale|valeva|varrebbe|capitalizzazione"
                + "|valore di mercato|valore di borsa|ricavi|fatturato|vendite|perdit[ae]|util[ei]|profitt[oi]"
                + "|multa|multe|sanzion[ei]|ammenda|risparmi\\p{L}*|cost[oi]|tagli|stipendi\\p{L}*|compensi"
                + "|prezz[oi]|per azione|pil|bilancio|budget|mercato|raccolta complessiva";
        b.valuedAt = "valutat[aoie]|vale|valeva|varrebbe";
        b.dealNoun = "accord[oi]|operazion[ei]|acquisizion[ei]|intesa|contratt[oi]|offerta|transazion[ei]|investiment[oi]"
                + "|round|quota|partecipazione";
        b.stage(DealStage.BACKGROUND, "dal (?:19|20)\\d\\d|già|in precedenza|precedentemente|negli anni passati|finora"
                        + "|fino ad oggi|dalla (?:sua )?fondazione")
                .stage(DealStage.COMPLETED, "completat[oaie]|conclus[oaie]|chius[oaie]|finalizzat[oaie]|perfezionat[oaie]")
                .stage(DealStage.IN_TALKS, "trattativ[ae]|colloqui|negoziat[oi]|negoziazion[ei]|in discussione")
                .stage(DealStage.RUMOURED, "sarebbe|sarebbero|avrebbe|avrebbero|potrebbe|potrebbero|secondo fonti"
                        + "|indiscrezion[ei]|secondo quanto riportato|rumors?|voci");
        b.passiveParticiple = "acquisit[aoie]|comprat[aoie]|rilevat[aoie]|acquistat[aoie]|finanziat[aoie]|sostenut[aoie]";
        b.passiveAux = "è|e'|sono|è stat[oaie]|sono stat[oaie]|viene|vengono|verrà|verranno|sarà|saranno|sarebbe"
                + "|sarebbe stat[oaie]|stat[oaie]";
        b.agent = "da|dal|dalla|dallo|dall" + APOS + "|da parte di";
        b.clauseBoundary = ";|,?\\s+mentre\\s|,\\s+ma\\s|,\\s+però\\s|,\\s+invece\\s";
        b.relative = "che|il quale|la quale|cui";
        b.joinVerb = "guid(?:a|ato|erà|ano|ando)|co-guid\\p{L}*|partecip(?:a|ano|ato|erà|eranno|ando)|pres[oa] parte"
                + "|prend(?:e|erà) parte";
        b.conjunction = "e|ed|o|oppure";
        b.articles = "il|lo|la|l['’]|i|gli|le";
        b.investorNoun = "azionist[ai]|finanziator[ei]|investitor[ei]|soci[oa]?|sostenitor[ei]";
        return b.build();
    }

    private static DealLexicon german() {
        String participles = "übernommen|gekauft|erworben|finanziert|unterstützt|geschluckt";
        Builder b = new Builder("de")
                .cue(CueKind.PAY_VERB, "investier\\p{L}*|steck(?:t|en|te|ten)|gesteckt|pump(?:t|en|te|ten)|gepumpt"
                        + "|beteilig(?:t|en|te|ten)|finanzier(?:t|en|te|ten)|zugesagt|eingestiegen|einsteigen"
                        + "|st(?:eigt|eigen|ieg|iegen)(?=[^.;,]{0,60}\\sein(?![\\p{L}]))")
                .cue(CueKind.PAY_VERB, DealType.CONTRACT, "ausgeben|gibt|ausgegeben")
                .cue(CueKind.ACQ_VERB, "übernimmt|übernehmen|übernahm|übernommen|kauf(?:t|en|te|ten)|gekauft|aufkaufen"
                        + "|erwirbt|erwerben|erwarb|erworben|schluckt|geschluckt")
                .cue(CueKind.RAISE_VERB, "eingesammelt|sammel(?:t|n|te|ten)|einsammeln|erh(?:ält|alten|ielt)|eingeworben"
                        + "|einwerben|warb|holt|holte|geholt")
                .cue(CueKind.INV_NOUN, "[\\p{L}-]*investition(?:en)?|beteiligung(?:en)?|einstieg|kapitalspritze|finanzspritze"
                        + "|anteile?|anteils")
                .cue(CueKind.ACQ_NOUN, "[\\p{L}-]*übernahme(?:n|angebot)?|kauf|erwerb|zukauf|fusion|gebot|angebot")
                .cue(CueKind.ROUND_NOUN, "[\\p{L}-]*finanzierungsrunden?|runde|finanzierung|serie[- ][a-h]")
                .cue(CueKind.SALE, "sekundär\\p{L}*|verkauf\\p{L}*|verkauft\\p{L}*")
                .cue(CueKind.CONTRACT_NOUN, "vertrag|vertrages|vereinbarung|abkommen|deal|auftrag|zusage|verpflichtung")
                .cue(CueKind.CONTRACT_SET, "verträge|vereinbarungen|deals|aufträge|zusagen|verpflichtungen")
                .cue(CueKind.PARTNERSHIP, "partnerschaft|kooperation|allianz|zusammenarbeit|joint venture")
                .cue(CueKind.TALKS, "gespräch(?:e|en)|verhandlung(?:en)?|verhandel\\p{L}*|spricht mit|sprechen mit");
        b.marker(Marker.BY, "unter (?:der )?(?:führung|leitung) (?:von|des|der)|angeführt (?:von|durch)|durch")
                .marker(Marker.IN, "in|an|bei|ins|am|beim")
                .marker(Marker.OF, "von|vom|des|der")
                .marker(Marker.WITH, "mit")
                .marker(Marker.FOR, "für")
                .marker(Marker.LIST, "darunter|wie|zwischen|einschließlich|inklusive|etwa|sowie");
        b.anaphor = B + "(?:das|dem|des|dieses|diesem|der|dieser|die|den)\\s+(?<noun>[\\p{L}-]*(?:unternehmen|start-?up"
                + "|konzern|firma|gruppe|hersteller|riese|entwickler))" + E;
        b.distractor = "bewertung\\p{L}*|bewert\\p{L}*|marktkapitalisierung|börsenwert|marktwert|unternehmenswert"
                + "|umsatz\\p{L}*|umsätze\\p{L}*|erlös\\p{L}*|verlust\\p{L}*|gewinn\\p{L}*|strafe|geldbuße|bußgeld|geldstrafe"
                + "|einspar\\p{L}*|sparen|kosten|gehalt|gehälter|preis|preise|je aktie|bip|haushalt|budget|markt"
                + "|marktvolumen";
        b.valuedAt = "bewertet";
        b.dealNoun = "deal|transaktion|übernahme|vertrag|vereinbarung|angebot|kauf|investition|beteiligung|runde";
        b.stage(DealStage.BACKGROUND, "seit (?:19|20)\\d\\d|bereits|schon|zuvor|vormals|bisher"
                        + "|seit (?:der|seiner|ihrer) gründung")
                .stage(DealStage.COMPLETED, "abgeschlossen\\p{L}*|vollzogen|abschluss")
                .stage(DealStage.IN_TALKS, "gespräch(?:e|en)|verhandlung(?:en)?|verhandel\\p{L}*")
                .stage(DealStage.RUMOURED, "soll|sollen|angeblich|berichten zufolge|laut|könnte|könnten|dem vernehmen nach"
                        + "|insider|insidern");
        b.passiveParticiple = participles;
        b.passiveAux = "wird|wurde|werden|wurden|worden";
        b.agent = "von|vom|durch";
        b.passiveClause = "wird|wurde|werden|wurden|worden";
        b.clauseBoundary = ";|,\\s+während\\s|,\\s+aber\\s|,\\s+wohingegen\\s|,\\s+doch\\s";
        b.relative = "die|der|das|welche|welcher";
        b.joinVerb = "führ(?:t|te|en) (?:die|eine) (?:\\p{L}+ )?runde|angeführt|beteilig(?:t|en|te|ten) sich"
                + "|nimmt teil|nahm teil|nehmen teil";
        b.conjunction = "und|oder|sowie";
        b.articles = "der|die|das|den|dem";
        b.investorNoun = "investor(?:en)?|anteilseigner[n]?|aktionär(?:e|en)?|großaktionär(?:e|en)?|geldgeber[n]?";
        b.verbSecond = true;
        b.genitiveMeansFrom = true;
        return b.build();
    }

    private static DealLexicon french() {
        Builder b = new Builder("fr")
                .cue(CueKind.PAY_VERB, "invest(?:ir|it|is|issent|ira|iront|irait|iraient|i|ie|issant)"
                        + "|inject(?:er|e|é|era|ant)|financ(?:er|e|é|era)|engag(?:é|ée|er|e|era) à investir"
                        + "|mis(?:e)? sur la table|met sur la table")
                .cue(CueKind.PAY_VERB, DealType.CONTRACT, "dépenser|dépensera")
                .cue(CueKind.ACQ_VERB, "rach(?:ète|eter|eté|etée|ètera|eterait|etait|ètent)|acqu(?:iert|érir|is|ise|erra|ièrent)"
                        + "|ach(?:ète|eter|eté|etée|ètera)|met(?:tre)? la main sur|mis la main sur|s" + APOS + "offr(?:e|ir)")
                .cue(CueKind.RAISE_VERB, "l(?:ève|ever|evé|èvera|evait|èvent)|obtenu|obtient|récolt(?:e|é|er)")
                .cue(CueKind.INV_NOUN, "investissements?|participations?|prise de participation|injection")
                .cue(CueKind.ACQ_NOUN, "rachats?|acquisitions?|achats?|opa|offres?|fusion")
                .cue(CueKind.ROUND_NOUN, "levées? de fonds|levée|tour de table|tour de financement|financement|série [a-h]|round")
                .cue(CueKind.SALE, "ventes? secondaires?|cession|c[èe]de|céder|cédé|vend(?:re|u|ue|ra)")
                .cue(CueKind.CONTRACT_NOUN, "accord|contrat|engagement|commande")
                .cue(CueKind.CONTRACT_SET, "accords|contrats|engagements|commandes")
                .cue(CueKind.PARTNERSHIP, "partenariats?|alliance|coentreprise")
                .cue(CueKind.TALKS, "discussions?|négociations?|pourparlers|négocie|discute");
        b.marker(Marker.BY, "(?:men|conduit|pilot|dirig)ée?s? par|par|de la part (?:de|du|des|d" + APOS + ")")
                .marker(Marker.FROM, "auprès (?:de|du|des|d" + APOS + ")")
                .marker(Marker.IN, "dans|en|au capital (?:de|du|d" + APOS + ")")
                .marker(Marker.OF, "de|du|des|d" + APOS)
                .marker(Marker.WITH, "avec")
                .marker(Marker.FOR, "pour")
                .marker(Marker.TO, "à|au|aux")
                .marker(Marker.LIST, "dont|parmi|entre|notamment|comme|y compris");
        b.anaphor = B + "(?:la|le|l" + APOS + "|cette|ce|cet|du|au)\\s*(?<noun>société|start-up|startup|entreprise|firme"
                + "|groupe|géant|jeune pousse)" + E;
        b.distractor = "valorisation|valoris\\p{L}*|évaluée?s?|valeur boursière|capitalisation|chiffre d" + APOS + "affaires|revenus|ventes"
                + "|pertes?|bénéfices?|amendes?|sanctions?|économies|coûts?|salaires?|prix|par action|pib|budget|marché";
        b.valuedAt = "valorisée?s?|évaluée?s?";
        b.dealNoun = "accord|opération|transaction|rachat|acquisition|contrat|offre|investissement|participation";
        b.stage(DealStage.BACKGROUND, "depuis (?:19|20)\\d\\d|déjà|auparavant|précédemment|jusqu['’]ici"
                        + "|depuis sa création|depuis sa fondation")
                .stage(DealStage.COMPLETED, "finalisée?s?|bouclée?s?|conclue?s?|finalise|boucle|clôturée?")
                .stage(DealStage.IN_TALKS, "discussions?|négociations?|pourparlers|négocie")
                .stage(DealStage.RUMOURED, "serait|seraient|aurait|auraient|pourrait|pourraient|selon|d" + APOS + "après"
                        + "|rumeurs?");
        b.passiveParticiple = "rachetée?s?|acquise?s?|achetée?s?|financée?s?|soutenue?s?";
        b.passiveAux = "est|sont|a été|ont été|sera|seront|serait|été|était";
        b.agent = "par";
        b.clauseBoundary = ";|,\\s+alors que\\s|,?\\s+tandis que\\s|,\\s+mais\\s";
        b.relative = "qui|que|laquelle|lequel";
        b.joinVerb = "m[eè]ne|mené|mènera|dirige|dirigé|particip(?:e|ent|é|era)|a participé|rejoint|prend part";
        b.conjunction = "et|ou";
        b.articles = "le|la|les|l['’]";
        b.investorNoun = "actionnaires?|investisseurs?|bailleurs? de fonds|soutiens?";
        return b.build();
    }

    private static DealLexicon spanish() {
        Builder b = new Builder("es")
                .cue(CueKind.PAY_VERB, "invert(?:ir|irá|irán|iría|irían|ido|ida)|invier(?:te|ten)|invirti(?:ó|eron|endo)"
                        + "|inyect(?:ar|a|ó|ará)|financi(?:ar|ará|ó)|respald(?:ar|a|ó|ará)|comprometi(?:ó|do|da)"
                        + "|se compromete")
                .cue(CueKind.PAY_VERB, DealType.CONTRACT, "gastar|gastará")
                .cue(CueKind.ACQ_VERB, "adquiri(?:r|rá|ó|do|da|rán|ría)|adquiere|adquieren|compr(?:ar|ará|ó|ado|ada|an|aría)"
                        + "|hacerse con|se hace con|se hizo con|se hará con")
                .cue(CueKind.RAISE_VERB, "recaud(?:ar|a|ó|ado|ará)|capt(?:ar|a|ó|ado|ará)|obtuvo|obtiene|obtenido"
                        + "|levant(?:ó|a|ar|ado)|consigui(?:ó|do)")
                .cue(CueKind.INV_NOUN, "inversi[oó]n(?:es)?|participaci[oó]n|entrada en el capital|inyecci[oó]n")
                .cue(CueKind.ACQ_NOUN, "adquisici[oó]n(?:es)?|compras?|oferta|fusi[oó]n|opa")
                .cue(CueKind.ROUND_NOUN, "ronda(?: de financiaci[oó]n| de financiamiento| de inversi[oó]n)?|financiaci[oó]n"
                        + "|financiamiento|serie [a-h]")
                .cue(CueKind.SALE, "ventas? secundarias?|venta de acciones|vend(?:er|ió|e|ido|erá)")
                .cue(CueKind.CONTRACT_NOUN, "acuerdo|contrato|compromiso|pacto")
                .cue(CueKind.CONTRACT_SET, "acuerdos|contratos|compromisos|pactos")
                .cue(CueKind.PARTNERSHIP, "alianza|asociaci[oó]n|colaboraci[oó]n")
                .cue(CueKind.TALKS, "conversaciones|negociaciones|negocia|negociando|dialoga");
        b.marker(Marker.BY, "(?:liderad|encabezad|dirigid|respaldad)[oa]s? por|(?:de|por) parte (?:de|del)|por")
                .marker(Marker.IN, "en")
                .marker(Marker.OF, "de|del")
                .marker(Marker.WITH, "con")
                .marker(Marker.FOR, "para")
                .marker(Marker.TO, "a|al")
                .marker(Marker.LIST, "entre ellos|entre ellas|entre|incluid[oa]s|como");
        b.anaphor = B + "(?:la|el|esta|este|del|al)\\s+(?<noun>empresa|compañía|compania|startup|start-up|firma|tecnológica"
                + "|grupo|gigante)" + E;
        b.distractor = "valoraci[oó]n|valorad[ao]s?|valuad[ao]s?|valora|valoran|valoraría|valor de mercado|capitalizaci[oó]n|ingresos|facturaci[oó]n"
                + "|ventas|p[eé]rdidas?|beneficios?|ganancias|multas?|sanci[oó]n|ahorros?|costes?|costos?|salarios?"
                + "|sueldos?|precios?|por acci[oó]n|pib|presupuesto|mercado";
        b.valuedAt = "valorad[ao]s?|valuad[ao]s?";
        b.dealNoun = "acuerdo|operaci[oó]n|transacci[oó]n|adquisici[oó]n|contrato|oferta|compra|inversi[oó]n"
                + "|participaci[oó]n|ronda";
        b.stage(DealStage.BACKGROUND, "desde (?:19|20)\\d\\d|ya|anteriormente|previamente|hasta ahora|hasta la fecha"
                        + "|desde su (?:fundación|creación)")
                .stage(DealStage.COMPLETED, "complet(?:ó|ado|ada)|cerr(?:ó|ado|ada)|finaliz(?:ó|ado|ada)|conclu(?:yó|ido|ida)")
                .stage(DealStage.IN_TALKS, "conversaciones|negociaciones|negocia|negociando")
                .stage(DealStage.RUMOURED, "según|habría|habrían|estaría|estarían|podría|podrían|rumor(?:es)?|fuentes");
        b.passiveParticiple = "adquirid[oa]s?|comprad[oa]s?|financiad[oa]s?|respaldad[oa]s?";
        b.passiveAux = "fue|fueron|ha sido|han sido|será|serán|es|son|sido|sería";
        b.agent = "por";
        b.clauseBoundary = ";|,\\s+mientras(?: que)?\\s|,\\s+pero\\s|,\\s+aunque\\s";
        b.relative = "que|la cual|el cual|quien";
        b.joinVerb = "lider(?:ó|a|ará|an)|encabez(?:ó|a|ará)|particip(?:ó|a|ará|an|aron)|se sum(?:ó|a|ará)";
        b.conjunction = "y|e|o|u";
        b.articles = "el|la|los|las";
        b.genitiveMeansFrom = true;
        b.investorNoun = "accionistas?|inversor(?:es)?|inversionistas?|patrocinador(?:es)?";
        return b.build();
    }
}
