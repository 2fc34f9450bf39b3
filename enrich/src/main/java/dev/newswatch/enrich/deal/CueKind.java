package dev.newswatch.enrich.deal;

import dev.newswatch.core.model.DealType;

/**
 * What a deal word says about who pays: the subject of "invest" pays, the subject of "raise" receives,
 * and so on. {@code strong} cues name the transaction itself; weak ones ("deal", "agreement",
 * "partnership") often only refer back to it, so an amount next to them is attached to a strong cue of the
 * same clause when the weak one names no counterpart. {@code TALKS} only sets the stage.
 */
enum CueKind {
    /** The subject pays into the object: invest, commit, pledge, inject, investire, investieren. */
    PAY_VERB(true, DealType.INVESTMENT),
    /** The subject buys the object: acquire, buy, acquisire, übernehmen, racheter, adquirir. */
    ACQ_VERB(true, DealType.ACQUISITION),
    /** The subject receives money: raise, secure, raccogliere, einsammeln, lever, recaudar. */
    RAISE_VERB(true, DealType.INVESTMENT),
    /** An investment or stake: investment in Y, investimento in Y, Beteiligung an Y. */
    INV_NOUN(true, DealType.INVESTMENT),
    /** An acquisition: acquisition of Y, acquisizione di Y, Übernahme von Y, rachat de Y. */
    ACQ_NOUN(true, DealType.ACQUISITION),
    /** A funding round: the subject raises, "led by" names the investor. */
    ROUND_NOUN(true, DealType.INVESTMENT),
    /** A sale of existing shares: secondary sale, tender offer, vendita secondaria. */
    SALE(true, DealType.SECONDARY_SALE),
    /** A contract or commitment: the subject pays the counterpart named with "with"/"from". */
    CONTRACT_NOUN(false, DealType.CONTRACT),
    /**
     * Contracts or commitments in the plural ("deals worth $1.4 trillion with chipmakers"): with no single
     * named counterpart, the deal is recorded on the subject as target.
     */
    CONTRACT_SET(false, DealType.CONTRACT),
    /** A partnership with an amount. */
    PARTNERSHIP(false, DealType.PARTNERSHIP),
    /** Talks or negotiations: no deal by itself, sets the stage and who the "with" party is. */
    TALKS(false, DealType.OTHER),
    /**
     * Supply, provide, deliver, produce: no deal by itself; in a contract it makes its subject the supplier, who
     * is paid, and the party it supplies the customer, who pays ("X signs a deal to supply Y with GPUs").
     */
    SUPPLY(false, DealType.CONTRACT);

    private final boolean strong;
    private final DealType defaultType;

    CueKind(boolean strong, DealType defaultType) {
        this.strong = strong;
        this.defaultType = defaultType;
    }

    boolean strong() {
        return strong;
    }

    DealType defaultType() {
        return defaultType;
    }

    /** Whether an amount can belong to this word; talks and supply words only qualify another deal word. */
    boolean anchors() {
        return this != TALKS && this != SUPPLY;
    }
}
