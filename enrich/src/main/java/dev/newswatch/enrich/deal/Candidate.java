package dev.newswatch.enrich.deal;

import dev.newswatch.core.model.EntityMention;

/**
 * A possible party in one clause: a linked entity mention, or an anaphor ("la società", "the start-up",
 * "it") that stands for an entity named earlier. {@code subjectPronoun} marks "it", which can only be a
 * subject. {@code possessive} is set for "OpenAI's", {@code modifier} for "Amazon-backed".
 */
record Candidate(EntityMention mention, int start, int end, boolean subjectPronoun, boolean possessive,
                 boolean modifier) {

    boolean anaphor() {
        return mention == null;
    }

    String entityId() {
        return mention == null ? null : mention.entityId();
    }
}
