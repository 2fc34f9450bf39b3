package dev.newswatch.enrich.deal;

import dev.newswatch.core.model.DealType;

/** A deal word found in a sentence, with its offsets in the article text. */
record Cue(int start, int end, CueKind kind, DealType type) {

    boolean overlaps(int from, int to) {
        return from < end && to > start;
    }
}
