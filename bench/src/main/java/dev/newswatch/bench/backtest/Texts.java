package dev.newswatch.bench.backtest;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The sentences {@link ArchiveGenerator} writes items with, in English, Italian, German, French and Spanish:
 * a funding round led by an investor, a company's revenue, and ordinary product news, plus filler sentences with
 * no company and no amount. Stateless.
 */
final class Texts {

    private static final String[][] FILLER = {
        {"The company did not give further details and declined to comment on its plans beyond the statement.",
            "Analysts said the move reflects the race among cloud providers and chipmakers to secure demand for AI.",
            "Shares were little changed in early trading as investors waited for more information about the terms.",
            "The announcement comes as businesses across Europe look for ways to put generative models to work."},
        {"La società non ha fornito ulteriori dettagli e non ha commentato i propri piani oltre al comunicato.",
            "Secondo gli analisti la mossa riflette la corsa dei fornitori di cloud e dei produttori di chip all'IA.",
            "Il titolo è rimasto poco mosso nelle prime contrattazioni in attesa di maggiori informazioni.",
            "L'annuncio arriva mentre le imprese europee cercano modi per usare i modelli generativi."},
        {"Weitere Einzelheiten nannte das Unternehmen nicht und äußerte sich über die Mitteilung hinaus nicht.",
            "Analysten sehen darin ein Zeichen für den Wettlauf der Cloud-Anbieter und Chiphersteller um KI-Kunden.",
            "Die Aktie bewegte sich im frühen Handel kaum, Anleger warteten auf weitere Informationen.",
            "Die Ankündigung kommt zu einer Zeit, in der europäische Firmen generative Modelle einsetzen wollen."},
        {"L'entreprise n'a pas donné plus de détails et n'a pas commenté ses projets au-delà du communiqué.",
            "Selon les analystes, cette décision reflète la course des fournisseurs de cloud et des fabricants de puces.",
            "Le titre a peu bougé en début de séance, les investisseurs attendant davantage d'informations.",
            "L'annonce intervient alors que les entreprises européennes cherchent à utiliser les modèles génératifs."},
        {"La empresa no dio más detalles y declinó comentar sus planes más allá del comunicado.",
            "Según los analistas, la decisión refleja la carrera de los proveedores de nube y los fabricantes de chips.",
            "La acción apenas se movió en las primeras operaciones mientras los inversores esperaban más información.",
            "El anuncio llega cuando las empresas europeas buscan formas de usar los modelos generativos."}};

    private Texts() {
    }

    static String[] filler(String language, SplittableRandom random) {
        String[] all = FILLER[index(language)];
        int skip = random.nextInt(all.length);
        String[] out = new String[all.length - 1];
        for (int i = 0, j = 0; i < all.length; i++) {
            if (i != skip) {
                out[j++] = all[i];
            }
        }
        return out;
    }

    static String dealTitle(String language, String investor, String target, long millions) {
        String money = money(language, millions);
        return switch (language) {
            case "it" -> target + " raccoglie " + money + " in un round guidato da " + investor;
            case "de" -> target + " sammelt " + money + " ein";
            case "fr" -> target + " lève " + money + " lors d'un tour mené par " + investor;
            case "es" -> target + " recauda " + money + " en una ronda liderada por " + investor;
            default -> target + " raises " + money + " in a round led by " + investor;
        };
    }

    static String dealLead(String language, String investor, String target, long millions) {
        String money = money(language, millions);
        return switch (language) {
            case "it" -> target + " ha raccolto " + money + " in un round di finanziamento guidato da " + investor
                    + ", ha annunciato la società.";
            case "de" -> target + " hat in einer von " + investor + " angeführten Finanzierungsrunde " + money
                    + " eingesammelt.";
            case "fr" -> target + " a levé " + money + " lors d'un tour de table mené par " + investor
                    + ", a annoncé la société.";
            case "es" -> target + " ha recaudado " + money + " en una ronda de financiación liderada por " + investor
                    + ", anunció la compañía.";
            default -> target + " has raised " + money + " in a funding round led by " + investor
                    + ", the company said.";
        };
    }

    static String revenueTitle(String language, String company, long millions) {
        String money = money(language, millions);
        return switch (language) {
            case "it" -> company + ", ricavi in crescita a " + money;
            case "de" -> company + " steigert Umsatz auf " + money;
            case "fr" -> company + " voit son chiffre d'affaires grimper à " + money;
            case "es" -> company + " eleva sus ingresos a " + money;
            default -> company + " revenue rises to " + money;
        };
    }

    static String revenueLead(String language, String company, long millions) {
        String money = money(language, millions);
        return switch (language) {
            case "it" -> company + " ha registrato ricavi per " + money + " nel trimestre.";
            case "de" -> company + " hat im Quartal einen Umsatz von " + money + " erzielt.";
            case "fr" -> company + " a réalisé un chiffre d'affaires de " + money + " au trimestre.";
            case "es" -> company + " registró unos ingresos de " + money + " en el trimestre.";
            default -> company + " said revenue rose to " + money + " in the quarter.";
        };
    }

    static String newsTitle(String language, String company, String other) {
        return switch (language) {
            case "it" -> company + " presenta un nuovo assistente di intelligenza artificiale con " + other;
            case "de" -> company + " stellt mit " + other + " einen neuen KI-Assistenten vor";
            case "fr" -> company + " présente un nouvel assistant d'intelligence artificielle avec " + other;
            case "es" -> company + " presenta un nuevo asistente de inteligencia artificial con " + other;
            default -> company + " launches a new AI assistant with " + other;
        };
    }

    static String newsLead(String language, String company, String other) {
        return switch (language) {
            case "it" -> company + " ha presentato un assistente sviluppato con " + other + " per le aziende europee.";
            case "de" -> company + " hat gemeinsam mit " + other + " einen Assistenten für europäische Firmen vorgestellt.";
            case "fr" -> company + " a dévoilé un assistant conçu avec " + other + " pour les entreprises européennes.";
            case "es" -> company + " ha presentado un asistente desarrollado con " + other + " para empresas europeas.";
            default -> company + " has unveiled an assistant built with " + other + " for European businesses.";
        };
    }

    /** An amount in dollars as the language writes it ("2,5 miliardi di dollari", "$2.5 billion"). */
    static String money(String language, long millions) {
        boolean billions = millions >= 1000;
        String number = billions ? String.format(Locale.ROOT, "%.1f", millions / 1000.0) : String.valueOf(millions);
        return switch (language) {
            case "it" -> number.replace('.', ',') + (billions ? " miliardi di dollari" : " milioni di dollari");
            case "de" -> number.replace('.', ',') + (billions ? " Milliarden Dollar" : " Millionen Dollar");
            case "fr" -> number.replace('.', ',') + (billions ? " milliards de dollars" : " millions de dollars");
            case "es" -> number.replace('.', ',') + (billions ? " mil millones de dólares" : " millones de dólares");
            default -> "$" + number + (billions ? " billion" : " million");
        };
    }

    private static int index(String language) {
        return switch (language) {
            case "it" -> 1;
            case "de" -> 2;
            case "fr" -> 3;
            case "es" -> 4;
            default -> 0;
        };
    }
}
