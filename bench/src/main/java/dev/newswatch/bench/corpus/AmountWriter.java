package dev.newswatch.bench.corpus;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Writes a deal amount the way news in each language writes it: "$2.5 billion", "2,5 miliardi di dollari",
 * "2,5 Milliarden Dollar", "2,5 milliards de dollars", "2.500 millones de dólares" (and the euro forms).
 * Stateless.
 */
public final class AmountWriter {

    private static final int MILLIONS_PER_BILLION = 1000;

    private AmountWriter() {
    }

    /**
     * @param millions amount in millions of the currency, at least 1
     * @param euro     euros when true, US dollars otherwise
     * @param language en, it, de, fr or es (anything else is written as English)
     */
    public static String write(int millions, boolean euro, String language) {
        if (millions < 1) {
            throw new IllegalArgumentException("amount must be at least one million: " + millions);
        }
        boolean billions = millions >= MILLIONS_PER_BILLION;
        String number = billions ? decimal(millions, language) : String.valueOf(millions);
        return switch (language) {
            case "it" -> number + (billions ? " miliardi di " : " milioni di ") + (euro ? "euro" : "dollari");
            case "de" -> number + (billions ? " Milliarden " : " Millionen ") + (euro ? "Euro" : "Dollar");
            case "fr" -> number + (billions ? " milliards " : " millions ") + (euro ? "d'euros" : "de dollars");
            // Spanish news counts thousands of millions ("2.500 millones") rather than "billones" (10^12).
            case "es" -> String.format(Locale.GERMANY, "%,d", millions) + " millones de " + (euro ? "euros" : "dólares");
            default -> (euro ? "€" : "$") + number + (billions ? " billion" : " million");
        };
    }

    /** Billions with at most one decimal, with the language's decimal separator ("2.5" or "2,5"). */
    private static String decimal(int millions, String language) {
        String plain = new BigDecimal(millions).movePointLeft(3).stripTrailingZeros().toPlainString();
        return "en".equals(language) || !isKnown(language) ? plain : plain.replace('.', ',');
    }

    private static boolean isKnown(String language) {
        return switch (language) {
            case "en", "it", "de", "fr", "es" -> true;
            default -> false;
        };
    }
}
