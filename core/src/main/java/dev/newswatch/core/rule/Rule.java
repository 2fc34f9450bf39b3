package dev.newswatch.core.rule;

import java.math.BigDecimal;
import java.util.List;

/** A parsed subscription rule: a tree of these records. Immutable. */
public sealed interface Rule {

    /** Every child must match. */
    record And(List<Rule> children) implements Rule {
        public And {
            children = List.copyOf(children);
        }
    }

    /** One child must match. */
    record Or(List<Rule> children) implements Rule {
        public Or {
            children = List.copyOf(children);
        }
    }

    /** The child must not match. */
    record Not(Rule child) implements Rule {
    }

    /**
     * Keyword or phrase on the article text: {@code words} (normalised by {@link RuleParser#words}) must occur
     * in that order, next to each other. A bare word is a one-word phrase.
     */
    record Text(List<String> words) implements Rule {
        public Text {
            words = List.copyOf(words);
        }
    }

    /**
     * A field test, {@code field:value}: {@code field} is one of {@link RuleParser#FIELDS} other than
     * {@code amount} and {@code role}; {@code value} is lower-cased.
     */
    record Field(String field, String value) implements Rule {
    }

    /** {@code role:investor=ID} or {@code role:target=ID}: that party is the entity, or a subsidiary of it. */
    record Role(String role, String entity) implements Rule {
    }

    /** {@code amount OP N}: the deal's amount in US dollars compared with {@code usd}; no amount never matches. */
    record Amount(String op, BigDecimal usd) implements Rule {
    }
}
