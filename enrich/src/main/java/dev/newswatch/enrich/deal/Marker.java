package dev.newswatch.enrich.deal;

/**
 * The word that introduces a party in a sentence, mapped to its role-bearing meaning: "in OpenAI" is
 * {@code IN}, "led by Thrive" is {@code BY}, "con Amazon" is {@code WITH}, "acquiring Run:ai" (no
 * preposition between the deal verb and the name) is {@code OBJECT}; {@code NONE} is a party with no
 * preposition before it, typically the subject.
 */
enum Marker {
    IN, TO, OF, BY, FROM, WITH, FOR, ON, LIST, OBJECT, OTHER_OBJECT, NONE
}
