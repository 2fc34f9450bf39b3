package dev.newswatch.enrich.deal;

import dev.newswatch.core.model.DealType;

/**
 * Who pays whom, as read from one clause: candidates that may still be anaphors, either may be null, and
 * the deal type the wording implies.
 */
record Roles(Candidate investor, Candidate target, DealType type) {
}
