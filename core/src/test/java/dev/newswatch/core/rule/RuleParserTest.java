package dev.newswatch.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleParserTest {

    private static Rule.Text text(String... words) {
        return new Rule.Text(List.of(words));
    }

    @Test
    void parsesTheExampleOfTheDocumentation() {
        Rule rule = RuleParser.parse(
                "(nvidia OR \"ai chips\") AND NOT rumour AND country:FR AND role:target=mistral-ai AND amount>=500M");
        assertEquals(rule, new Rule.And(List.of(
                new Rule.Or(List.of(text("nvidia"), text("ai", "chips"))),
                new Rule.Not(text("rumour")),
                new Rule.Field("country", "fr"),
                new Rule.Role("target", "mistral-ai"),
                new Rule.Amount(">=", new BigDecimal("500E6")))));
    }

    @Test
    void andBindsTighterThanOrAndSideBySideMeansAnd() {
        assertEquals(RuleParser.parse("a b OR c AND d"), new Rule.Or(List.of(
                new Rule.And(List.of(text("a"), text("b"))),
                new Rule.And(List.of(text("c"), text("d"))))));
    }

    @Test
    void notBindsTightestAndNests() {
        assertEquals(RuleParser.parse("NOT NOT a OR b"), new Rule.Or(List.of(
                new Rule.Not(new Rule.Not(text("a"))), text("b"))));
        assertEquals(RuleParser.parse("NOT (a OR b)"), new Rule.Not(new Rule.Or(List.of(text("a"), text("b")))));
    }

    @Test
    void lowerCaseOperatorsAreWords() {
        assertEquals(RuleParser.parse("rock and roll"), new Rule.And(List.of(text("rock"), text("and"), text("roll"))));
        assertEquals(RuleParser.parse("ORACLE"), text("oracle"));
        assertEquals(RuleParser.parse("ANDURIL NOTION"), new Rule.And(List.of(text("anduril"), text("notion"))));
    }

    @Test
    void wordsAndPhrasesAreNormalised() {
        assertEquals(RuleParser.parse("\"Société  Générale\""), text("societe", "generale"));
        assertEquals(RuleParser.parse("Mistral-AI"), text("mistral", "ai"));
        assertEquals(RuleParser.parse("ＮＶＩＤＩＡ"), text("nvidia"));
        assertEquals(List.of("ubernahme", "fur", "2", "mrd"), RuleParser.words("Übernahme für 2 Mrd. €"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "amount>=500M   | >= | 500000000",
            "amount>1.5B    | >  | 1500000000",
            "amount<=250k   | <= | 250000",
            "amount<10000   | <  | 10000",
            "amount=2m      | =  | 2000000",
            "amount:>=3B    | >= | 3000000000",
            "AMOUNT>=1K     | >= | 1000"})
    void amountsWithSuffixes(String query, String op, String usd) {
        Rule.Amount amount = (Rule.Amount) RuleParser.parse(query);
        assertEquals(op, amount.op());
        assertEquals(0, amount.usd().compareTo(new BigDecimal(usd)), amount.usd().toPlainString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "entity:openai        | entity   | openai",
            "country:FR           | country  | fr",
            "feed:les-echos       | feed     | les-echos",
            "outlet:Reuters       | outlet   | reuters",
            "type:acquisition     | type     | acquisition",
            "stage:in-talks       | stage    | in-talks",
            "category:ai          | category | ai",
            "language:it          | language | it",
            "Category:semis.chips | category | semis.chips"})
    void fields(String query, String field, String value) {
        assertEquals(new Rule.Field(field, value), RuleParser.parse(query));
    }

    @Test
    void roles() {
        assertEquals(RuleParser.parse("role:investor=nvidia"), new Rule.Role("investor", "nvidia"));
        assertEquals(RuleParser.parse("role:target=mistral-ai"), new Rule.Role("target", "mistral-ai"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "~~                        | 1  | the query is empty",
            "~   ~                     | 1  | the query is empty",
            "a AND                     | 6  | a term is missing at the end",
            "AND a                     | 1  | a term is missing before AND",
            "a OR OR b                 | 6  | a term is missing before OR",
            "(a OR b                   | 1  | '(' is never closed",
            "a OR b)                   | 7  | unmatched ')'",
            "()                        | 2  | a term is missing before ')'",
            "\"ai chips                | 1  | the phrase is never closed",
            "x AND \"  \"              | 7  | the phrase has no words",
            "nvidia AND colour:red     | 12 | unknown field 'colour'",
            "country:                  | 9  | field country needs a value",
            "role:buyer=x              | 6  | role must be investor or target, got 'buyer'",
            "role:target               | 12 | role:target needs '=' and an entity id",
            "role:target=              | 13 | role:target needs '=' and an entity id",
            "amount>=lots              | 9  | amount needs a number such as 500M",
            "amount>=5X                | 9  | amount needs a number",
            "amount:500M               | 8  | amount needs a comparison",
            "a AND ---                 | 7  | '---' has no letters or digits",
            "a > b                     | 3  | unexpected '>'"})
    void badQueriesNameTheProblemAndItsPosition(String query, int position, String problem) {
        RuleSyntaxException e = assertThrows(RuleSyntaxException.class, () -> RuleParser.parse(query));
        assertEquals(position, e.position(), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertTrue(e.getMessage().contains("at position " + position + " of '" + query.strip()), e.getMessage());
    }

    @Test
    void anOverlongQueryIsRefused() {
        RuleSyntaxException e = assertThrows(RuleSyntaxException.class, () -> RuleParser.parse("a ".repeat(1_001)));
        assertTrue(e.getMessage().contains("longer than 2000"), e.getMessage());
    }
}
