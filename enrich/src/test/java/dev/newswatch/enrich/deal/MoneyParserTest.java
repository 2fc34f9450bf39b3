package dev.newswatch.enrich.deal;

import static dev.newswatch.core.model.Qualifier.ABOUT;
import static dev.newswatch.core.model.Qualifier.AT_LEAST;
import static dev.newswatch.core.model.Qualifier.BETWEEN;
import static dev.newswatch.core.model.Qualifier.EXACT;
import static dev.newswatch.core.model.Qualifier.MORE_THAN;
import static dev.newswatch.core.model.Qualifier.UP_TO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.model.Qualifier;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MoneyParserTest {

    private final MoneyParser parser = new MoneyParser();

    /** What one amount must read as: value (low bound of a range), high bound, currency, qualifier, span. */
    record Expected(String amount, String high, String currency, Qualifier qualifier, String span) {
    }

    static Expected money(String amount, String currency, Qualifier qualifier, String span) {
        return new Expected(amount, null, currency, qualifier, span);
    }

    static Expected range(String low, String high, String currency, String span) {
        return new Expected(low, high, currency, BETWEEN, span);
    }

    static Stream<Arguments> english() {
        return Stream.of(
                Arguments.of("Amazon may invest more than $10bn.", List.of(money("10E9", "USD", MORE_THAN, "more than $10bn"))),
                Arguments.of("Google will invest $10 billion.", List.of(money("10E9", "USD", EXACT, "$10 billion"))),
                Arguments.of("It raised US$2 billion.", List.of(money("2E9", "USD", EXACT, "US$2 billion"))),
                Arguments.of("A USD 2bn facility.", List.of(money("2E9", "USD", EXACT, "USD 2bn"))),
                Arguments.of("Mistral raised €600m.", List.of(money("600E6", "EUR", EXACT, "€600m"))),
                Arguments.of("Arm sold £1bn of bonds.", List.of(money("1E9", "GBP", EXACT, "£1bn"))),
                Arguments.of("SoftBank pledged ¥1 trillion.", List.of(money("1E12", "JPY", EXACT, "¥1 trillion"))),
                Arguments.of("The Pune start-up raised Rs 350 crore.", List.of(money("35E8", "INR", EXACT, "Rs 350 crore"))),
                Arguments.of("It put in ₹40 lakh.", List.of(money("4E6", "INR", EXACT, "₹40 lakh"))),
                Arguments.of("A INR 1,200 crore round.", List.of(money("12E9", "INR", EXACT, "INR 1,200 crore"))),
                Arguments.of("A CHF 2 billion deal.", List.of(money("2E9", "CHF", EXACT, "CHF 2 billion"))),
                // "trillion" is 10^12 in English
                Arguments.of("Commitments of $1.5 trillion.", List.of(money("1.5E12", "USD", EXACT, "$1.5 trillion"))),
                // comma groups thousands in English
                Arguments.of("Deals worth $1,400 billion.", List.of(money("1.4E12", "USD", EXACT, "$1,400 billion"))),
                Arguments.of("It has $600M and $10B.", List.of(money("600E6", "USD", EXACT, "$600M"),
                        money("10E9", "USD", EXACT, "$10B"))),
                Arguments.of("It could pay up to $4 billion.", List.of(money("4E9", "USD", UP_TO, "up to $4 billion"))),
                Arguments.of("For about $700 million.", List.of(money("700E6", "USD", ABOUT, "about $700 million"))),
                Arguments.of("At least a billion dollars.", List.of(money("1E9", "USD", AT_LEAST, "At least a billion dollars"))),
                Arguments.of("It will spend $5bn or more.", List.of(money("5E9", "USD", AT_LEAST, "$5bn or more"))),
                Arguments.of("Between $1bn and $2bn.", List.of(range("1E9", "2E9", "USD", "Between $1bn and $2bn"))),
                Arguments.of("A $1-2 billion round.", List.of(range("1E9", "2E9", "USD", "$1-2 billion"))),
                Arguments.of("From $3bn to $4bn.", List.of(range("3E9", "4E9", "USD", "From $3bn to $4bn"))),
                Arguments.of("It paid C$500 million.", List.of(money("500E6", "CAD", EXACT, "C$500 million"))),
                Arguments.of("It raised 10 billion dollars.", List.of(money("10E9", "USD", EXACT, "10 billion dollars"))),
                // real-news formats: a code glued to the number, a hyphen before the scale word
                Arguments.of("Acme plans a EUR2.5 billion-expansion of its plant.",
                        List.of(money("2.5E9", "EUR", EXACT, "EUR2.5 billion"))),
                Arguments.of("A bold$3 billion bet on chips.", List.of(money("3E9", "USD", EXACT, "$3 billion"))),
                Arguments.of("The deal, at$7bn, closed.", List.of(money("7E9", "USD", EXACT, "$7bn"))),
                Arguments.of("A $12-billion takeover.", List.of(money("12E9", "USD", EXACT, "$12-billion"))),
                // a decimal comma in an English text
                Arguments.of("It will pay $21,6bn in cash.", List.of(money("21.6E9", "USD", EXACT, "$21,6bn"))),
                Arguments.of("An A$450-plus million contract.", List.of(money("450E6", "AUD", MORE_THAN, "A$450-plus million"))),
                Arguments.of("Investors put in $30bn-plus last year.", List.of(money("30E9", "USD", MORE_THAN, "$30bn-plus"))),
                Arguments.of("The fund raised $85mn.", List.of(money("85E6", "USD", EXACT, "$85mn"))),
                Arguments.of("A 250 million dollar round.", List.of(money("250E6", "USD", EXACT, "250 million dollar"))),
                Arguments.of("Analysts see one point two billion dollars of orders.",
                        List.of(money("1.2E9", "USD", EXACT, "one point two billion dollars"))),
                // model names and the like are not currency codes
                Arguments.of("It bought H100 and GB300 chips for $1bn.", List.of(money("1E9", "USD", EXACT, "$1bn"))));
    }

    static Stream<Arguments> italian() {
        return Stream.of(
                Arguments.of("L'investimento potrebbe superare i 10 miliardi di dollari.",
                        List.of(money("10E9", "USD", MORE_THAN, "superare i 10 miliardi di dollari"))),
                // a dot groups thousands in Italian: 1.400 miliardi is 1400 billion
                Arguments.of("Impegni per oltre 1.400 miliardi di dollari.",
                        List.of(money("1.4E12", "USD", MORE_THAN, "oltre 1.400 miliardi di dollari"))),
                Arguments.of("Una vendita da 6,6 miliardi di dollari.", List.of(money("6.6E9", "USD", EXACT, "6,6 miliardi di dollari"))),
                // three decimals before billions are decimals, not a thousands group (that reading is for millions)
                Arguments.of("Venderà il ramo per 4,125 miliardi di dollari.",
                        List.of(money("4.125E9", "USD", EXACT, "4,125 miliardi di dollari"))),
                Arguments.of("Un piano da mille miliardi di euro.", List.of(money("1E12", "EUR", EXACT, "mille miliardi di euro"))),
                Arguments.of("Ha investito un miliardo di dollari.", List.of(money("1E9", "USD", EXACT, "un miliardo di dollari"))),
                Arguments.of("Ha investito un ulteriore miliardo di dollari.",
                        List.of(money("1E9", "USD", EXACT, "un ulteriore miliardo di dollari"))),
                Arguments.of("Ha raccolto dieci miliardi di dollari.", List.of(money("10E9", "USD", EXACT, "dieci miliardi di dollari"))),
                Arguments.of("Per circa 700 milioni di dollari.", List.of(money("700E6", "USD", ABOUT, "circa 700 milioni di dollari"))),
                Arguments.of("Fino a 5 miliardi di dollari.", List.of(money("5E9", "USD", UP_TO, "Fino a 5 miliardi di dollari"))),
                Arguments.of("Almeno 8 miliardi di dollari.", List.of(money("8E9", "USD", AT_LEAST, "Almeno 8 miliardi di dollari"))),
                Arguments.of("Tra 8 e 10 miliardi di dollari.", List.of(range("8E9", "10E9", "USD", "Tra 8 e 10 miliardi di dollari"))),
                Arguments.of("Un round da 500 milioni di sterline.", List.of(money("500E6", "GBP", EXACT, "500 milioni di sterline"))),
                Arguments.of("Un accordo da 2 miliardi di franchi svizzeri.",
                        List.of(money("2E9", "CHF", EXACT, "2 miliardi di franchi svizzeri"))),
                Arguments.of("Una quota da 300 mln di euro.", List.of(money("300E6", "EUR", EXACT, "300 mln di euro"))),
                Arguments.of("Un impianto da 8 mld di euro.", List.of(money("8E9", "EUR", EXACT, "8 mld di euro"))),
                Arguments.of("Ricavi per 2,7 Mld di dollari.", List.of(money("2.7E9", "USD", EXACT, "2,7 Mld di dollari"))),
                Arguments.of("Ha raccolto €450 mln dai fondi.", List.of(money("450E6", "EUR", EXACT, "€450 mln"))),
                Arguments.of("Ha pagato mezzo miliardo di dollari.", List.of(money("0.5E9", "USD", EXACT, "mezzo miliardo di dollari"))),
                Arguments.of("Ha investito due virgola cinque miliardi di euro.",
                        List.of(money("2.5E9", "EUR", EXACT, "due virgola cinque miliardi di euro"))));
    }

    static Stream<Arguments> german() {
        return Stream.of(
                Arguments.of("Sie sammelt 3,2 Milliarden Euro ein.", List.of(money("3.2E9", "EUR", EXACT, "3,2 Milliarden Euro"))),
                Arguments.of("Ein Deal über 6,5 Mrd. Dollar.", List.of(money("6.5E9", "USD", EXACT, "6,5 Mrd. Dollar"))),
                Arguments.of("Eine Runde über 500 Mio. Euro.", List.of(money("500E6", "EUR", EXACT, "500 Mio. Euro"))),
                // German "Billion" is 10^12; "über" after a noun means "of", not "more than"
                Arguments.of("OpenAI hat Zusagen über 1,5 Billionen Dollar.",
                        List.of(money("1.5E12", "USD", EXACT, "1,5 Billionen Dollar"))),
                Arguments.of("Nvidia hat über 5 Milliarden Dollar investiert.",
                        List.of(money("5E9", "USD", MORE_THAN, "über 5 Milliarden Dollar"))),
                Arguments.of("Mehr als 10 Milliarden US-Dollar.",
                        List.of(money("10E9", "USD", MORE_THAN, "Mehr als 10 Milliarden US-Dollar"))),
                Arguments.of("Bis zu 2 Milliarden Dollar.", List.of(money("2E9", "USD", UP_TO, "Bis zu 2 Milliarden Dollar"))),
                Arguments.of("Rund 600 Millionen Euro.", List.of(money("600E6", "EUR", ABOUT, "Rund 600 Millionen Euro"))),
                Arguments.of("Mindestens eine Milliarde Euro.", List.of(money("1E9", "EUR", AT_LEAST, "Mindestens eine Milliarde Euro"))),
                Arguments.of("Zwischen 3 und 4 Milliarden Euro.",
                        List.of(range("3E9", "4E9", "EUR", "Zwischen 3 und 4 Milliarden Euro"))),
                Arguments.of("Über 5 Mrd. €.", List.of(money("5E9", "EUR", MORE_THAN, "Über 5 Mrd. €"))),
                Arguments.of("Nvidia steigt mit fünf Milliarden Dollar ein.", List.of(money("5E9", "USD", EXACT, "fünf Milliarden Dollar"))),
                Arguments.of("Ein Auftrag über 800 Millionen Schweizer Franken.",
                        List.of(money("800E6", "CHF", EXACT, "800 Millionen Schweizer Franken"))),
                Arguments.of("Die Firma erhält 2,4 Mrd. € vom Staat.", List.of(money("2.4E9", "EUR", EXACT, "2,4 Mrd. €"))),
                Arguments.of("Sie sammelt 75 Mio. Dollar ein.", List.of(money("75E6", "USD", EXACT, "75 Mio. Dollar"))),
                // "US-$" after the scale, also with a non-breaking hyphen
                Arguments.of("Sie erhält 80 Mio. US-$.", List.of(money("80E6", "USD", EXACT, "80 Mio. US-$"))),
                Arguments.of("Sie erhält 1,2 Mrd. US\u2011$.", List.of(money("1.2E9", "USD", EXACT, "1,2 Mrd. US\u2011$"))),
                // a number spelled out with "Komma": 2.3, not 3
                Arguments.of("Der Fonds investiert zwei Komma drei Milliarden Euro.",
                        List.of(money("2.3E9", "EUR", EXACT, "zwei Komma drei Milliarden Euro"))),
                Arguments.of("Eine Anleihe von einer Komma fünf Milliarden Dollar.",
                        List.of(money("1.5E9", "USD", EXACT, "einer Komma fünf Milliarden Dollar"))),
                Arguments.of("Eine 12-Milliarden-Dollar-Übernahme.",
                        List.of(money("12E9", "USD", EXACT, "12-Milliarden-Dollar"))));
    }

    static Stream<Arguments> french() {
        return Stream.of(
                Arguments.of("Elle lève 1,3 milliard d'euros.", List.of(money("1.3E9", "EUR", EXACT, "1,3 milliard d'euros"))),
                Arguments.of("Il investit 2 milliards de dollars.", List.of(money("2E9", "USD", EXACT, "2 milliards de dollars"))),
                Arguments.of("Plus d'un milliard de dollars.", List.of(money("1E9", "USD", MORE_THAN, "Plus d'un milliard de dollars"))),
                Arguments.of("Pour environ 700 millions de dollars.",
                        List.of(money("700E6", "USD", ABOUT, "environ 700 millions de dollars"))),
                // French writes thousands with a space, and "billion" is 10^12
                Arguments.of("Des engagements de 1 400 milliards de dollars.",
                        List.of(money("1.4E12", "USD", EXACT, "1 400 milliards de dollars"))),
                Arguments.of("Un marché de 2 billions de dollars.", List.of(money("2E12", "USD", EXACT, "2 billions de dollars"))),
                Arguments.of("Une levée de 600 M€.", List.of(money("600E6", "EUR", EXACT, "600 M€"))),
                Arguments.of("Jusqu'à 5 milliards d'euros.", List.of(money("5E9", "EUR", UP_TO, "Jusqu'à 5 milliards d'euros"))),
                Arguments.of("Près de 2 milliards d'euros.", List.of(money("2E9", "EUR", ABOUT, "Près de 2 milliards d'euros"))),
                Arguments.of("Au moins 3 milliards de dollars.", List.of(money("3E9", "USD", AT_LEAST, "Au moins 3 milliards de dollars"))),
                Arguments.of("Entre 1 et 2 milliards d'euros.", List.of(range("1E9", "2E9", "EUR", "Entre 1 et 2 milliards d'euros"))),
                Arguments.of("Un accord de 500 millions de francs suisses.",
                        List.of(money("500E6", "CHF", EXACT, "500 millions de francs suisses"))),
                Arguments.of("Une levée de 2,3 Md€ en mars.", List.of(money("2.3E9", "EUR", EXACT, "2,3 Md€"))),
                Arguments.of("Un tour de 240 M€ mené par un fonds.", List.of(money("240E6", "EUR", EXACT, "240 M€"))),
                Arguments.of("Un contrat de 4 Md$ sur cinq ans.", List.of(money("4E9", "USD", EXACT, "4 Md$"))),
                Arguments.of("Il a levé huit milliards d'USD.", List.of(money("8E9", "USD", EXACT, "huit milliards d'USD"))),
                // a French text with an English-style comma before three digits: still 9.5 billion
                Arguments.of("Une commande de 9,500 millions de dollars.",
                        List.of(money("9.5E9", "USD", EXACT, "9,500 millions de dollars"))));
    }

    static Stream<Arguments> spanish() {
        return Stream.of(
                Arguments.of("Invertirá 15.700 millones de euros.", List.of(money("15.7E9", "EUR", EXACT, "15.700 millones de euros"))),
                Arguments.of("Pagó 640 millones de libras.", List.of(money("640E6", "GBP", EXACT, "640 millones de libras"))),
                // the Argentine dollar sign in lower case, with or without a space before the number
                Arguments.of("Recaudó u$s230 millones.", List.of(money("230E6", "USD", EXACT, "u$s230 millones"))),
                Arguments.of("Recaudó u$s 230 millones.", List.of(money("230E6", "USD", EXACT, "u$s 230 millones"))),
                // Spanish counts billions in thousands of millions
                Arguments.of("Invertirá 10.000 millones de dólares.", List.of(money("10E9", "USD", EXACT, "10.000 millones de dólares"))),
                Arguments.of("Un acuerdo de 2.000 millones de dólares.",
                        List.of(money("2E9", "USD", EXACT, "2.000 millones de dólares"))),
                Arguments.of("Invirtió mil millones de dólares.", List.of(money("1E9", "USD", EXACT, "mil millones de dólares"))),
                Arguments.of("Más de 3,5 mil millones de dólares.",
                        List.of(money("3.5E9", "USD", MORE_THAN, "Más de 3,5 mil millones de dólares"))),
                // Spanish "billón" is 10^12
                Arguments.of("Supera los 4 billones de dólares.",
                        List.of(money("4E12", "USD", MORE_THAN, "Supera los 4 billones de dólares"))),
                Arguments.of("Por unos 700 millones de dólares.", List.of(money("700E6", "USD", ABOUT, "unos 700 millones de dólares"))),
                Arguments.of("Hasta 200 millones de euros.", List.of(money("200E6", "EUR", UP_TO, "Hasta 200 millones de euros"))),
                Arguments.of("Al menos 1.000 millones de euros.",
                        List.of(money("1E9", "EUR", AT_LEAST, "Al menos 1.000 millones de euros"))),
                Arguments.of("Entre 1.000 y 2.000 millones de dólares.",
                        List.of(range("1E9", "2E9", "USD", "Entre 1.000 y 2.000 millones de dólares"))),
                Arguments.of("Cerca de 300 millones de libras esterlinas.",
                        List.of(money("300E6", "GBP", ABOUT, "Cerca de 300 millones de libras esterlinas"))),
                // Latin-American thousands: a comma and three digits before "millones" group thousands
                Arguments.of("Firmó un contrato de 8,300 millones de dólares.",
                        List.of(money("8.3E9", "USD", EXACT, "8,300 millones de dólares"))),
                Arguments.of("Pagará 4,25 millones de dólares.", List.of(money("4.25E6", "USD", EXACT, "4,25 millones de dólares"))),
                Arguments.of("Invertirá 3 500 millones de dólares.", List.of(money("3.5E9", "USD", EXACT, "3 500 millones de dólares"))),
                // Mexican "7 mil 200 millones" is 7200 millones
                Arguments.of("La compra, por 7 mil 200 millones de dólares, se cerró.",
                        List.of(money("7.2E9", "USD", EXACT, "7 mil 200 millones de dólares"))),
                Arguments.of("Un fondo de 12,5 mil millones de euros.",
                        List.of(money("12.5E9", "EUR", EXACT, "12,5 mil millones de euros"))),
                Arguments.of("Recibió US$ 2.4 mil millones.", List.of(money("2.4E9", "USD", EXACT, "US$ 2.4 mil millones"))),
                Arguments.of("Levantó U$S 3.000 millones.", List.of(money("3E9", "USD", EXACT, "U$S 3.000 millones"))),
                Arguments.of("Una oferta de USD 25.000 millones.", List.of(money("25E9", "USD", EXACT, "USD 25.000 millones"))),
                Arguments.of("Cerró una ronda de 900 millones de u$s.",
                        List.of(money("900E6", "USD", EXACT, "900 millones de u$s"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("english")
    void shouldReadEnglishAmounts(String text, List<Expected> expected) {
        assertMentions("en", text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("italian")
    void shouldReadItalianAmounts(String text, List<Expected> expected) {
        assertMentions("it", text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("german")
    void shouldReadGermanAmounts(String text, List<Expected> expected) {
        assertMentions("de", text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("french")
    void shouldReadFrenchAmounts(String text, List<Expected> expected) {
        assertMentions("fr", text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spanish")
    void shouldReadSpanishAmounts(String text, List<Expected> expected) {
        assertMentions("es", text, expected);
    }

    @Test
    void shouldReadEveryLanguageTheSameWayUnderATurkishDefaultLocale() {
        // Given a JVM whose default locale lower-cases "I" to a dotless "ı"
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            // When every table is parsed again, in upper case where case does not matter
            assertMentions("en", "SOFTBANK INVESTS MORE THAN $10 BILLION", List.of(money("10E9", "USD", MORE_THAN,
                    "MORE THAN $10 BILLION")));
            assertMentions("it", "INVESTIMENTO DI OLTRE 10 MILIARDI DI DOLLARI", List.of(money("10E9", "USD", MORE_THAN,
                    "OLTRE 10 MILIARDI DI DOLLARI")));
            Stream.of(english().map(a -> withLanguage("en", a)), italian().map(a -> withLanguage("it", a)),
                            german().map(a -> withLanguage("de", a)), french().map(a -> withLanguage("fr", a)),
                            spanish().map(a -> withLanguage("es", a)))
                    .flatMap(s -> s)
                    // Then they read exactly as under the root locale
                    .forEach(a -> assertMentions((String) a[0], (String) a[1], castExpected(a[2])));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void shouldIgnoreNumbersThatAreNotMoney() {
        // Given years, percentages, counts and a multibillion-dollar adjective
        String text = "In 2019 it cut 15% of its 1,400 staff; a multibillion-dollar deal for 10 million users; "
                + "its founder has two billion-dollar exits.";

        // When / Then
        assertEquals(List.of(), parser.find(text, "en"));
    }

    @Test
    void shouldLendTheSentenceCurrencyToAnAmountWrittenWithoutOne() {
        // Given an amount with a scale but no currency next to one in dollars
        String text = "Microsoft invested $1bn in 2019 and 10 billion in 2023. It has 10 million users.";

        // When
        List<MoneyMention> mentions = parser.find(text, "en");

        // Then the bare amount is in dollars, the count of users is not money
        assertEquals(2, mentions.size(), mentions::toString);
        assertEquals("USD", mentions.get(1).currency());
        assertEquals(0, mentions.get(1).amount().compareTo(new BigDecimal("10E9")));
    }

    static Stream<Arguments> currencyFromAnEarlierSentence() {
        return Stream.of(
                Arguments.of("en", "Acme raised $40 million in 2022. This week it raised 120 millions from funds.",
                        "120E6", "USD"),
                Arguments.of("fr", "Acme a levé 30 millions d'euros. Un an plus tard, elle a levé 12 milliards en mars.",
                        "12E9", "EUR"),
                Arguments.of("it", "Il gruppo ha speso 3 miliardi di dollari. Ne spenderà altri sette miliardi.",
                        "7E9", "USD"),
                Arguments.of("de", "Der Bund gibt 4 Milliarden Euro. Weitere drei Milliarden sollen später folgen.",
                        "3E9", "EUR"),
                // a word saying "more" after the bare amount is no count of something
                Arguments.of("fr", "Acme a levé 90 millions de dollars en mai, puis 40 millions supplémentaires en juin.",
                        "40E6", "USD"),
                Arguments.of("es", "Acme recaudó 90 millones de dólares en mayo y luego 40 millones más en junio.",
                        "40E6", "USD"),
                Arguments.of("it", "Acme ha raccolto 90 milioni di dollari a maggio e poi 40 milioni in più a giugno.",
                        "40E6", "USD"),
                Arguments.of("en", "Acme raised $90 million in May and then 40 million more in June.", "40E6", "USD"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("currencyFromAnEarlierSentence")
    void shouldTakeTheCurrencyOfAnEarlierSentenceWhenTheAmountHasNone(String language, String text, String amount,
                                                                      String currency) {
        // When
        List<MoneyMention> mentions = parser.find(text, language);

        // Then the second amount carries the currency named before it
        assertEquals(2, mentions.size(), mentions::toString);
        assertEquals(currency, mentions.get(1).currency());
        assertEquals(0, mentions.get(1).amount().compareTo(new BigDecimal(amount)), mentions::toString);
    }

    @Test
    void shouldNotLendAnEarlierCurrencyToACount() {
        // Given counts after an amount in euros, one of them with an adjective before the counted noun
        String german = "Der Konzern investiert 2 Milliarden Euro. Er will 3 Mio. neue Kunden und 1 Mio. Geräte.";
        String english = "Acme raised $40 million. It now has 5 million users.";

        // When / Then only the amount of money is found
        assertEquals(1, parser.find(german, "de").size(), () -> parser.find(german, "de").toString());
        assertEquals(1, parser.find(english, "en").size(), () -> parser.find(english, "en").toString());
    }

    @Test
    void shouldNotGuessACurrencyWhenTheSentenceHasNone() {
        // English has no usual currency; in Italian the amount follows no deal word
        assertEquals(List.of(), parser.find("The fund has raised 10 billion.", "en"));
        assertEquals(List.of(), parser.find("Il fondo vale 10 miliardi.", "it"));
    }

    @Test
    void shouldReadTheLanguagesUsualCurrencyAfterADealWordOnAPageWithNone() {
        List<MoneyMention> found = parser.find("Il fondo ha raccolto 10 miliardi.", "it");

        assertEquals(1, found.size(), found::toString);
        assertEquals("EUR", found.get(0).currency());
    }

    @Test
    void shouldReadAnUnknownLanguageAsEnglish() {
        List<MoneyMention> mentions = parser.find("It raised $1.5 billion.", "pt");
        assertEquals(1, mentions.size());
        assertEquals(0, mentions.get(0).amount().compareTo(new BigDecimal("1.5E9")));
    }

    @Test
    void shouldStoreAmountsWithoutExponentSoEqualValuesAreEqual() {
        MoneyMention a = new MoneyMention(new BigDecimal("1E10"), null, "USD", EXACT, 0, 3);
        MoneyMention b = new MoneyMention(new BigDecimal("10000000000.00"), null, "USD", EXACT, 0, 3);
        assertEquals(a, b);
        assertEquals("10000000000", a.amount().toPlainString());
        assertEquals("10000000000", a.amount().toString());
    }

    private static Object[] withLanguage(String language, Arguments arguments) {
        Object[] args = arguments.get();
        return new Object[] {language, args[0], args[1]};
    }

    @SuppressWarnings("unchecked")
    private static List<Expected> castExpected(Object value) {
        return (List<Expected>) value;
    }

    private void assertMentions(String language, String text, List<Expected> expected) {
        List<MoneyMention> actual = parser.find(text, language);
        String context = language + " \"" + text + "\" -> " + actual;
        assertEquals(expected.size(), actual.size(), context);
        for (int i = 0; i < expected.size(); i++) {
            Expected e = expected.get(i);
            MoneyMention a = actual.get(i);
            assertEquals(0, a.amount().compareTo(new BigDecimal(e.amount())), context);
            if (e.high() == null) {
                assertEquals(null, a.amountHigh(), context);
            } else {
                assertTrue(a.amountHigh() != null && a.amountHigh().compareTo(new BigDecimal(e.high())) == 0, context);
            }
            assertEquals(e.currency(), a.currency(), context);
            assertEquals(e.qualifier(), a.qualifier(), context);
            assertEquals(e.span(), text.substring(a.start(), a.end()), context);
        }
    }
}
