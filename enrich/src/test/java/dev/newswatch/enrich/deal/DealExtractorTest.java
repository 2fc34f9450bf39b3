package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.deal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealStage;
import dev.newswatch.core.model.DealType;
import dev.newswatch.core.model.Qualifier;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DealExtractorTest {

    private static final SimpleMentionFinder FINDER = DealCases.FINDER;

    private final DealExtractor extractor = DealCases.EXTRACTOR;

    static Arguments of(String language, String text, DealCases.Expected... deals) {
        return Arguments.of(language, text, List.of(deals));
    }

    static Stream<Arguments> english() {
        return Stream.of(
                // X invests N in Y
                of("en", "Amazon is in talks to invest more than $10 billion in OpenAI.", deal("OpenAI", "Amazon", "10E9", "USD")),
                of("en", "Google has agreed to invest up to $2 billion in Anthropic, the AI start-up behind the Claude chatbot.",
                        deal("Anthropic", "Google", "2E9", "USD")),
                of("en", "Meta is investing $14.3bn in Scale AI for a 49% stake.", deal("Scale AI", "Meta", "14.3E9", "USD")),
                // X commits N to Y
                of("en", "Microsoft committed $2bn to Mistral AI.", deal("Mistral AI", "Microsoft", "2E9", "USD")),
                // Y in talks with X about an investment: X pays
                of("en", "OpenAI is in talks with Amazon about an investment of more than $10bn.",
                        deal("OpenAI", "Amazon", "10E9", "USD")),
                // Y raised N led by / from X
                of("en", "Anthropic raised $3.5 billion in a Series E round led by Lightspeed Venture Partners.",
                        deal("Anthropic", "Lightspeed Venture Partners", "3.5E9", "USD")),
                of("en", "Paris-based Mistral AI raised €600 million in equity and debt in a round led by General Catalyst.",
                        deal("Mistral AI", "General Catalyst", "600E6", "EUR")),
                of("en", "Scale AI secured a $14.3bn investment from Meta.", deal("Scale AI", "Meta", "14.3E9", "USD")),
                // X led Y's round
                of("en", "Thrive Capital led OpenAI's $6.6bn funding round.", deal("OpenAI", "Thrive Capital", "6.6E9", "USD")),
                of("en", "SoftBank will lead a $40 billion funding round in OpenAI.", deal("OpenAI", "SoftBank", "40E9", "USD")),
                // X acquires Y for N; Y was acquired by X
                of("en", "Nvidia is acquiring Israeli AI infrastructure start-up Run:ai for about $700 million.",
                        deal("Run:ai", "Nvidia", "700E6", "USD")),
                of("en", "Broadcom completed its $69 billion acquisition of cloud software company VMware.",
                        deal("VMware", "Broadcom", "69E9", "USD")),
                of("en", "VMware was acquired by Broadcom for $69 billion.", deal("VMware", "Broadcom", "69E9", "USD")),
                of("en", "Run:ai, acquired by Nvidia for $700m, will join the company.", deal("Run:ai", "Nvidia", "700E6", "USD")),
                // a deal "valued at" is the deal's amount, not a company valuation
                of("en", "AMD said it would acquire Silo AI, Europe's largest private AI lab, in an all-cash deal valued at "
                        + "approximately $665 million.", deal("Silo AI", "AMD", "665E6", "USD")),
                // A buys capacity from B: A pays B
                of("en", "OpenAI agreed to buy $38 billion of cloud capacity from AWS.", deal("AWS", "OpenAI", "38E9", "USD")),
                of("en", "Meta will spend $10 billion on Google cloud services under a six-year agreement.",
                        deal("Google", "Meta", "10E9", "USD")),
                of("en", "Apple will pay Google about $1bn a year for Gemini.", deal("Google", "Apple", "1E9", "USD")),
                // passive with the money as subject
                of("en", "Between $1bn and $2bn will be invested by Google in Anthropic.", deal("Anthropic", "Google", "1E9", "USD")),
                // a secondary sale of a stake: the company whose shares are sold is the target
                of("en", "SoftBank sold its entire $5.8bn stake in Nvidia.", deal("Nvidia", null, "5.8E9", "USD")),
                // several payers named together: no single investor
                // several payers named together: the first of them (session 31)
                of("en", "Microsoft and Nvidia will invest up to $15bn in Anthropic.",
                        deal("Anthropic", "Microsoft", "15E9", "USD")),
                // two deals in one sentence
                of("en", "Microsoft invested $1bn in OpenAI in 2019 and $10bn in 2023.",
                        deal("OpenAI", "Microsoft", "1E9", "USD"), deal("OpenAI", "Microsoft", "10E9", "USD")),
                of("en", "Nvidia agreed to invest $5 billion in Intel, while Microsoft committed $2bn to Mistral AI.",
                        deal("Intel", "Nvidia", "5E9", "USD"), deal("Mistral AI", "Microsoft", "2E9", "USD")),
                // the valuation next to the raise is not a deal
                of("en", "OpenAI completed a $6.6 billion round of funding led by Thrive Capital, valuing it at $157 billion.",
                        deal("OpenAI", "Thrive Capital", "6.6E9", "USD")),
                of("en", "Databricks raised $10bn at a $62bn valuation from investors including Thrive Capital and a16z.",
                        deal("Databricks", "Thrive Capital", "10E9", "USD")),
                of("en", "OpenAI's revenue reached $13 billion this year, while Anthropic raised $13bn.",
                        deal("Anthropic", null, "13E9", "USD")),
                // the agent after the deal word is the payer, not the backer named in a relative clause
                of("en", "Anthropic, which is backed by Amazon, raised $2 billion in a round led by Google.",
                        deal("Anthropic", "Google", "2E9", "USD")),
                of("en", "Amazon-backed Anthropic raised $4 billion from Google.", deal("Anthropic", "Google", "4E9", "USD")),
                of("en", "Perplexity's valuation rose to $20 billion after a $200 million funding round led by Nvidia.",
                        deal("Perplexity", "Nvidia", "200E6", "USD")),
                of("en", "OpenAI plans to raise up to $40 billion in a round that could value it at $300 billion.",
                        deal("OpenAI", null, "40E9", "USD")),
                of("en", "The $6.5 billion Ampere acquisition by SoftBank closed on Tuesday.",
                        deal("Ampere", "SoftBank", "6.5E9", "USD")),
                of("en", "Salesforce will acquire Informatica for $25 per share, or about $8 billion in total.",
                        deal("Informatica", "Salesforce", "8E9", "USD")),
                of("en", "Meta has poured more than $14 billion into Scale AI.", deal("Scale AI", "Meta", "14E9", "USD")),
                // the payer is named as the company's investor
                of("en", "Amazon remains Anthropic's largest backer, having committed $8 billion.",
                        deal("Anthropic", "Amazon", "8E9", "USD")),
                // plural contracts with unnamed counterparts are a sum of several deals, none of its own (news
                // labels record no such deal; SumOfContractsTest)
                of("en", "OpenAI has signed deals worth about $1.4 trillion with chipmakers and cloud providers."),
                // amount formats from real news: a glued code, a glued symbol, a hyphenated scale
                of("en", "Microsoft announced a USD3.2 billion-investment in Mistral AI.",
                        deal("Mistral AI", "Microsoft", "3.2E9", "USD")),
                of("en", "Nvidia invests a whopping$4 billion in xAI.", deal("xAI", "Nvidia", "4E9", "USD")),
                of("en", "Meta is investing $9,5-billion in Scale AI.", deal("Scale AI", "Meta", "9.5E9", "USD")));
    }

    static Stream<Arguments> italian() {
        return Stream.of(
                // "in trattative con X per un investimento": X pays, the subject receives
                of("it", "OpenAI sarebbe in trattative avanzate con Amazon per un investimento che potrebbe superare i 10 miliardi "
                        + "di dollari.", deal("OpenAI", "Amazon", "10E9", "USD")),
                of("it", "Microsoft ha investito oltre 13 miliardi di dollari in OpenAI dal 2019.",
                        deal("OpenAI", "Microsoft", "13E9", "USD")),
                of("it", "Microsoft investirà 10 miliardi di dollari in OpenAI.", deal("OpenAI", "Microsoft", "10E9", "USD")),
                of("it", "La mossa ricorda quella di Microsoft, che qualche settimana prima ha annunciato un "
                        + "investimento fino a 4 miliardi di dollari in Anthropic.",
                        deal("Anthropic", "Microsoft", "4E9", "USD")),
                of("it", "Mistral AI ha raccolto 600 milioni di euro in un round guidato da General Catalyst.",
                        deal("Mistral AI", "General Catalyst", "600E6", "EUR")),
                of("it", "Anthropic ha ottenuto un investimento da 4 miliardi di dollari da Amazon.",
                        deal("Anthropic", "Amazon", "4E9", "USD")),
                of("it", "Nvidia ha annunciato l'acquisizione della startup israeliana Run:ai per circa 700 milioni di dollari.",
                        deal("Run:ai", "Nvidia", "700E6", "USD")),
                of("it", "Run:ai è stata acquisita da Nvidia per 700 milioni di dollari.", deal("Run:ai", "Nvidia", "700E6", "USD")),
                of("it", "Meta ha rilevato il 49% di Scale AI per 14,3 miliardi di dollari.", deal("Scale AI", "Meta", "14.3E9", "USD")),
                // an agreement to buy capacity "da AWS": OpenAI pays AWS
                of("it", "A novembre, OpenAI ha inoltre firmato un accordo da 36 miliardi di dollari per l’acquisto di "
                        + "capacità cloud da AWS.", deal("AWS", "OpenAI", "36E9", "USD")),
                of("it", "OpenAI ha firmato con Oracle un contratto da 280 miliardi di dollari per l'acquisto di "
                        + "potenza di calcolo.",
                        deal("Oracle", "OpenAI", "280E9", "USD")),
                // commitments with a list of counterparts are recorded on the subject
                of("it", "Negli ultimi mesi OpenAI ha assunto impegni infrastrutturali per oltre 1.400 miliardi di dollari, "
                        + "stipulando accordi con alcuni dei principali produttori di semiconduttori al mondo, tra cui Nvidia, "
                        + "Advanced Micro Devices e Broadcom.", deal("OpenAI", null, "1.4E12", "USD")),
                of("it", "L'investimento di Microsoft in OpenAI vale 13 miliardi di dollari.",
                        deal("OpenAI", "Microsoft", "13E9", "USD")),
                of("it", "SoftBank ha guidato un round da 35 miliardi di dollari in OpenAI, che ora è valutata 260 "
                        + "miliardi.",
                        deal("OpenAI", "SoftBank", "35E9", "USD")),
                of("it", "Secondo indiscrezioni, xAI sarebbe in trattative per raccogliere 10 miliardi di dollari a una "
                        + "valutazione di 200 miliardi.", deal("xAI", null, "10E9", "USD")),
                of("it", "Amazon ha già investito 7 miliardi di dollari in Anthropic, mentre Google ha impegnato 2 "
                        + "miliardi.",
                        deal("Anthropic", "Amazon", "7E9", "USD")),
                of("it", "Nvidia parteciperà al nuovo aumento di capitale di xAI con un investimento fino a 2 miliardi di dollari.",
                        deal("xAI", "Nvidia", "2E9", "USD")),
                of("it", "Google ha investito un ulteriore miliardo di dollari in Anthropic.", deal("Anthropic", "Google", "1E9", "USD")),
                of("it", "Mistral AI incassa 600 milioni di euro da General Catalyst.",
                        deal("Mistral AI", "General Catalyst", "600E6", "EUR")),
                of("it", "Microsoft mette sul piatto 10 miliardi di dollari per OpenAI.", deal("OpenAI", "Microsoft", "10E9", "USD")),
                of("it", "Nvidia punta 2 miliardi di dollari su xAI.", deal("xAI", "Nvidia", "2E9", "USD")),
                // ICONIQ is in no entity file: read as a provisional company after "guidato da"
                of("it", "Anthropic ha incassato 13 miliardi di dollari in un round guidato da ICONIQ, con una valutazione di "
                        + "183 miliardi.", deal("Anthropic", "ICONIQ", "13E9", "USD")));
    }

    static Stream<Arguments> german() {
        return Stream.of(
                of("de", "Microsoft investiert 10 Milliarden Dollar in OpenAI.", deal("OpenAI", "Microsoft", "10E9", "USD")),
                // verb-final clause
                of("de", "Microsoft hat 10 Milliarden Dollar in OpenAI investiert.", deal("OpenAI", "Microsoft", "10E9", "USD")),
                of("de", "Nvidia übernimmt Run:ai für 700 Millionen Dollar.", deal("Run:ai", "Nvidia", "700E6", "USD")),
                of("de", "Nvidia hat Run:ai für 700 Millionen Dollar gekauft.", deal("Run:ai", "Nvidia", "700E6", "USD")),
                // verb-second with the subject after the verb
                of("de", "Für 700 Millionen Dollar übernimmt Nvidia das israelische Start-up Run:ai.",
                        deal("Run:ai", "Nvidia", "700E6", "USD")),
                // passive
                of("de", "Run:ai wurde von Nvidia für rund 700 Millionen Dollar übernommen.", deal("Run:ai", "Nvidia", "700E6", "USD")),
                of("de", "Das Pariser KI-Start-up Mistral AI hat in einer Finanzierungsrunde unter Führung von General Catalyst "
                        + "600 Millionen Euro eingesammelt.", deal("Mistral AI", "General Catalyst", "600E6", "EUR")),
                of("de", "Aleph Alpha hat in einer Finanzierungsrunde 500 Mio. Euro eingesammelt, angeführt von der Schwarz Gruppe.",
                        deal("Aleph Alpha", "Schwarz Gruppe", "500E6", "EUR")),
                of("de", "Die Schwarz Gruppe beteiligt sich mit 500 Millionen Euro an Aleph Alpha.",
                        deal("Aleph Alpha", "Schwarz Gruppe", "500E6", "EUR")),
                of("de", "OpenAI soll mit Amazon über eine Investition von mehr als 10 Milliarden Dollar verhandeln.",
                        deal("OpenAI", "Amazon", "10E9", "USD")),
                of("de", "Broadcom hat die Übernahme des Cloud-Spezialisten VMware für 69 Milliarden Dollar abgeschlossen.",
                        deal("VMware", "Broadcom", "69E9", "USD")),
                of("de", "Der Chipkonzern Nvidia beteiligt sich mit 2 Mrd. Dollar an xAI.", deal("xAI", "Nvidia", "2E9", "USD")),
                of("de", "Nvidia steigt mit fünf Milliarden Dollar bei Intel ein.", deal("Intel", "Nvidia", "5E9", "USD")),
                // two givers named together: no single investor
                of("de", "Aleph Alpha erhält 500 Millionen Euro von SAP und der Schwarz Gruppe.",
                        deal("Aleph Alpha", "SAP", "500E6", "EUR")),
                of("de", "SAP kauft Informatica für 2,1 Milliarden Euro.", deal("Informatica", "SAP", "2.1E9", "EUR")),
                // a spelled-out decimal: 1.4 billion, not 4
                of("de", "ASML investiert einer Komma vier Milliarden Euro in Mistral AI.",
                        deal("Mistral AI", "ASML", "1.4E9", "EUR")));
    }

    static Stream<Arguments> french() {
        return Stream.of(
                of("fr", "Nvidia va racheter la start-up israélienne Run:ai pour environ 700 millions de dollars.",
                        deal("Run:ai", "Nvidia", "700E6", "USD")),
                of("fr", "Run:ai a été racheté par Nvidia pour 700 millions de dollars.", deal("Run:ai", "Nvidia", "700E6", "USD")),
                of("fr", "ASML investit 1,3 milliard d'euros dans Mistral AI.", deal("Mistral AI", "ASML", "1.3E9", "EUR")),
                of("fr", "Mistral AI a levé 1,7 milliard d'euros auprès d'ASML.", deal("Mistral AI", "ASML", "1.7E9", "EUR")),
                of("fr", "Microsoft va investir 10 milliards de dollars dans OpenAI.", deal("OpenAI", "Microsoft", "10E9", "USD")),
                of("fr", "La levée de fonds de 650 millions d'euros de Mistral AI a été menée par General Catalyst.",
                        deal("Mistral AI", "General Catalyst", "650E6", "EUR")),
                of("fr", "OpenAI serait en discussions avec Amazon pour un investissement de plus de 12 milliards de "
                        + "dollars.",
                        deal("OpenAI", "Amazon", "12E9", "USD")),
                // the round in which the investor takes part belongs to the company it invests in
                of("fr", "Nvidia investira jusqu'à 2 milliards de dollars dans xAI, dans le cadre d'une levée de fonds de "
                        + "20 milliards de dollars.", deal("xAI", "Nvidia", "2E9", "USD"), deal("xAI", null, "20E9", "USD")),
                // the relative pronoun names the payer; the same sentence names the target
                of("fr", "La jeune pousse française Mistral AI a finalisé un tour de table de 1,7 milliard d'euros mené par le "
                        + "néerlandais ASML, qui investit 1,3 milliard d'euros et devient son plus gros actionnaire.",
                        deal("Mistral AI", "ASML", "1.7E9", "EUR"), deal("Mistral AI", "ASML", "1.3E9", "EUR")),
                of("fr", "Nvidia injecte 2 milliards de dollars dans xAI.", deal("xAI", "Nvidia", "2E9", "USD")),
                of("fr", "Mistral AI lève 100 millions d'euros auprès de Bpifrance et General Catalyst.",
                        deal("Mistral AI", "Bpifrance", "100E6", "EUR")),
                of("fr", "ASML investit 1,2 Md€ dans Mistral AI.", deal("Mistral AI", "ASML", "1.2E9", "EUR")),
                of("fr", "Nvidia injecte sept milliards d'USD dans xAI.", deal("xAI", "Nvidia", "7E9", "USD")));
    }

    static Stream<Arguments> spanish() {
        return Stream.of(
                of("es", "Microsoft invertirá 10.000 millones de dólares en OpenAI, según fuentes cercanas a la operación.",
                        deal("OpenAI", "Microsoft", "10E9", "USD")),
                of("es", "Telefónica ha adquirido una participación en Cohere por 200 millones de euros.",
                        deal("Cohere", "Telefónica", "200E6", "EUR")),
                of("es", "Nvidia compró Run:ai por unos 700 millones de dólares.", deal("Run:ai", "Nvidia", "700E6", "USD")),
                of("es", "Mistral AI cerró una ronda de financiación de 600 millones de euros liderada por General Catalyst.",
                        deal("Mistral AI", "General Catalyst", "600E6", "EUR")),
                of("es", "Run:ai fue adquirida por Nvidia por 700 millones de dólares.", deal("Run:ai", "Nvidia", "700E6", "USD")),
                of("es", "OpenAI está en conversaciones con Amazon para una inversión de más de 15.000 millones de "
                        + "dólares.",
                        deal("OpenAI", "Amazon", "15E9", "USD")),
                of("es", "Amazon ya ha invertido 8.000 millones de dólares en Anthropic.", deal("Anthropic", "Amazon", "8E9", "USD")),
                of("es", "Microsoft invirtió mil millones de dólares en OpenAI en 2019.", deal("OpenAI", "Microsoft", "1E9", "USD")),
                of("es", "Salesforce ha cerrado un acuerdo para adquirir Informatica por unos 8.000 millones de dólares.",
                        deal("Informatica", "Salesforce", "8E9", "USD")),
                of("es", "Mistral AI estaría en conversaciones para recaudar 1.000 millones de euros con una valoración de "
                        + "10.000 millones, según Bloomberg.", deal("Mistral AI", null, "1E9", "EUR")),
                of("es", "Nvidia inyecta 2.000 millones de dólares en xAI.", deal("xAI", "Nvidia", "2E9", "USD")),
                of("es", "Mistral AI capta 500 millones de euros de General Catalyst.",
                        deal("Mistral AI", "General Catalyst", "500E6", "EUR")),
                of("es", "SoftBank lidera una ronda de 40.000 millones de dólares en OpenAI.",
                        deal("OpenAI", "SoftBank", "40E9", "USD")),
                // Latin-American formats: 8.3 billion, not 8.3 million; 5.2 billion written "5 mil 200 millones"
                of("es", "Microsoft invertirá 8,300 millones de dólares en OpenAI.", deal("OpenAI", "Microsoft", "8.3E9", "USD")),
                of("es", "Nvidia invertirá 5 mil 200 millones de dólares en xAI.", deal("xAI", "Nvidia", "5.2E9", "USD")),
                of("es", "Nvidia inyecta 3 000 millones de dólares en xAI.", deal("xAI", "Nvidia", "3E9", "USD")),
                of("es", "SoftBank invirtió U$S 4.000 millones en OpenAI.", deal("OpenAI", "SoftBank", "4E9", "USD")));
    }

    /** Amounts that are not deals, each next to deal-like words where possible. */
    static Stream<Arguments> distractors() {
        return Stream.of(
                of("en", "Nvidia's stock market value rose above $3 trillion for the first time, overtaking Apple."),
                of("en", "Intel plans to cut more than 15% of its workforce as part of a plan to save $10 billion in costs next year."),
                of("en", "Nvidia reported quarterly revenue of $35.1 billion and net income of $19.3 billion."),
                of("en", "OpenAI expects to lose about $5 billion this year, according to documents."),
                of("en", "The European Commission fined Apple €1.8 billion for abusing its dominance in music streaming."),
                of("en", "The deal values xAI at $200bn."),
                of("en", "Perplexity AI was valued at $14 billion in its latest funding round."),
                of("en", "Meta offered OpenAI researchers pay packages of up to $100 million."),
                of("en", "Nvidia agreed to invest in Intel, buying shares at $23.28 apiece."),
                of("en", "AI could add $7 trillion to global GDP, Microsoft said."),
                of("en", "The EU's AI budget of $20bn will fund gigafactories."),
                of("en", "The market for AI chips alone could reach $400 billion by 2027, Nvidia said."),
                of("en", "Anthropic has agreed to pay $1.5 billion to settle a class-action lawsuit brought by authors."),
                of("en", "Microsoft will invest £2.5 billion in the UK over the next three years."),
                of("en", "The company raised $2 billion from Amazon."),
                of("it", "La capitalizzazione di mercato di Nvidia ha superato i 3.000 miliardi di dollari."),
                of("it", "Il fatturato di Nvidia ha raggiunto i 35 miliardi di dollari nel trimestre."),
                of("it", "L'Antitrust ha inflitto a Google una multa da 4 miliardi di euro."),
                of("it", "OpenAI ha registrato perdite per 5 miliardi di dollari, mentre il suo valore di mercato sale."),
                of("it", "Il gruppo ha completato la cessione di quote a una valutazione complessiva di circa 500 miliardi di dollari."),
                of("it", "Secondo uno studio, l'IA potrebbe aggiungere fino a 312 miliardi di euro al PIL italiano."),
                of("it", "Meta avrebbe offerto stipendi fino a 100 milioni di dollari ai ricercatori di OpenAI."),
                of("de", "Der Börsenwert von Nvidia stieg auf 4 Billionen Dollar."),
                of("de", "Der Umsatz von SAP lag bei 34 Milliarden Euro."),
                of("de", "Helsing wird nach der Finanzierungsrunde mit 12 Milliarden Euro bewertet."),
                of("de", "Die EU-Kommission verhängte gegen Google eine Geldbuße von 2,95 Milliarden Euro."),
                of("de", "SAP erzielte einen Verlust von 1 Milliarde Euro und will durch den Umbau 2 Milliarden Euro einsparen."),
                of("fr", "Le chiffre d'affaires de Nvidia atteint 35 milliards de dollars."),
                of("fr", "Google a écopé d'une amende de 4 milliards d'euros."),
                of("fr", "L'opération valorise Mistral AI à 11,7 milliards d'euros."),
                of("fr", "Le gouvernement a annoncé un budget de 2,5 milliards d'euros pour l'intelligence artificielle."),
                of("es", "Los ingresos de OpenAI alcanzaron los 13.000 millones de dólares."),
                of("es", "La multa impuesta a Google asciende a 4.000 millones de euros."),
                of("es", "Nvidia se convirtió en la primera empresa en superar los 4 billones de dólares de capitalización bursátil."),
                of("es", "Microsoft obtuvo un beneficio neto de 24.700 millones de dólares tras invertir en OpenAI."));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("english")
    void shouldReadWhoPaysWhomInEnglish(String language, String text, List<DealCases.Expected> expected) {
        DealCases.assertDeals(language, text, expected);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("italian")
    void shouldReadWhoPaysWhomInItalian(String language, String text, List<DealCases.Expected> expected) {
        DealCases.assertDeals(language, text, expected);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("german")
    void shouldReadWhoPaysWhomInGerman(String language, String text, List<DealCases.Expected> expected) {
        DealCases.assertDeals(language, text, expected);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("french")
    void shouldReadWhoPaysWhomInFrench(String language, String text, List<DealCases.Expected> expected) {
        DealCases.assertDeals(language, text, expected);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("spanish")
    void shouldReadWhoPaysWhomInSpanish(String language, String text, List<DealCases.Expected> expected) {
        DealCases.assertDeals(language, text, expected);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("distractors")
    void shouldFindNoDealWhenTheAmountIsNotOne(String language, String text, List<DealCases.Expected> expected) {
        DealCases.assertDeals(language, text, expected);
    }

    @Test
    void shouldResolveAnaphorsFromThePreviousSentences() {
        // Given a paragraph in the seed article's manner, where "Il gruppo" is Amazon and "la startup" is Anthropic
        String text = "Amazon scommette da tempo sull'intelligenza artificiale generativa. Il gruppo ha "
                + "già investito almeno 7 miliardi di dollari in Anthropic, una delle rivali più forti di OpenAI.\n"
                + "La mossa ricorda quella di Microsoft, che qualche settimana prima ha annunciato un investimento "
                + "fino a 4 miliardi di dollari in Anthropic. Anche Nvidia ha fatto lo stesso, "
                + "impegnandosi a investire fino a 9 miliardi di dollari nella startup.";

        // When
        List<Deal> deals = DealCases.extract("it", text);

        // Then
        assertEquals(List.of("Anthropic<-Amazon", "Anthropic<-Microsoft", "Anthropic<-Nvidia"),
                deals.stream().map(DealExtractorTest::parties).toList());
        assertEquals(Qualifier.AT_LEAST, deals.get(0).qualifier());
        assertEquals(DealStage.BACKGROUND, deals.get(0).stage());
        assertEquals(Qualifier.UP_TO, deals.get(2).qualifier());
    }

    @Test
    void shouldResolveTheCompanyToTheSubjectOfThePreviousSentence() {
        String text = "Il rafforzamento delle alleanze avviene in parallelo alla crescita della valutazione di OpenAI. In "
                + "ottobre, la società ha completato una vendita secondaria di azioni da 6,4 miliardi di dollari, "
                + "permettendo al personale attuale e passato di vendere quote a una valutazione di circa 480 "
                + "miliardi di dollari.";

        List<Deal> deals = DealCases.extract("it", text);

        assertEquals(1, deals.size(), deals::toString);
        assertEquals("openai", deals.get(0).target().id());
        assertEquals(null, deals.get(0).investor());
        assertEquals(DealType.SECONDARY_SALE, deals.get(0).type());
        assertEquals(DealStage.COMPLETED, deals.get(0).stage());
        assertEquals(0, deals.get(0).amountUsd().compareTo(new BigDecimal("6.4E9")));
    }

    @Test
    void shouldMergeReportsOfTheSameDealAndKeepTheMostAdvancedStage() {
        // Given a headline and two sentences reporting one deal, the first without its investor
        String text = "Mistral AI raises €600 million\n"
                + "Mistral AI is reportedly raising €600 million. Mistral AI closed a €600 million round led by General Catalyst.";

        // When
        List<Deal> deals = DealCases.extract("en", text);

        // Then one deal, with the investor and the completed stage
        assertEquals(1, deals.size(), deals::toString);
        assertEquals("generalcatalyst", deals.get(0).investor().id());
        assertEquals(DealStage.COMPLETED, deals.get(0).stage());
        assertEquals(0, deals.get(0).amountUsd().compareTo(new BigDecimal("648000000")));
        // (the lead named two sentences on completes the headline's report already, so it is the one kept)
        assertEquals(text.substring(deals.get(0).start(), deals.get(0).end()), deals.get(0).evidence());
    }

    @Test
    void shouldKeepDealsWithDifferentAmountsApart() {
        List<Deal> deals = DealCases.extract("en", "Amazon invested $4 billion in Anthropic. Amazon invested $4.5 billion in Anthropic.");
        assertEquals(2, deals.size(), deals::toString);
    }

    @Test
    void shouldTellTypesAndStagesApart() {
        assertTypeAndStage("en", "Broadcom completed its $69 billion acquisition of VMware.", DealType.ACQUISITION,
                DealStage.COMPLETED);
        assertTypeAndStage("en", "Amazon is in talks to invest $10 billion in OpenAI.", DealType.INVESTMENT,
                DealStage.IN_TALKS);
        assertTypeAndStage("en", "Amazon reportedly plans to invest $10 billion in OpenAI.", DealType.INVESTMENT,
                DealStage.RUMOURED);
        assertTypeAndStage("en", "Google has already invested $3bn in Anthropic.", DealType.INVESTMENT, DealStage.BACKGROUND);
        assertTypeAndStage("en", "OpenAI agreed to buy $38 billion of cloud capacity from AWS.", DealType.CONTRACT,
                DealStage.ANNOUNCED);
        assertTypeAndStage("it", "OpenAI sarebbe in trattative con Amazon per un investimento da 10 miliardi di dollari.",
                DealType.INVESTMENT, DealStage.IN_TALKS);
        assertTypeAndStage("de", "Broadcom hat die Übernahme von VMware für 69 Milliarden Dollar abgeschlossen.",
                DealType.ACQUISITION, DealStage.COMPLETED);
        assertTypeAndStage("fr", "Nvidia aurait racheté Run:ai pour 700 millions de dollars.", DealType.ACQUISITION,
                DealStage.RUMOURED);
        assertTypeAndStage("es", "Amazon ya ha invertido 8.000 millones de dólares en Anthropic.", DealType.INVESTMENT,
                DealStage.BACKGROUND);
        assertTypeAndStage("en", "SoftBank sold its entire $5.8bn stake in Nvidia.", DealType.SECONDARY_SALE,
                DealStage.ANNOUNCED);
        assertTypeAndStage("en", "Oracle signed a $300 billion cloud contract with OpenAI.", DealType.CONTRACT,
                DealStage.ANNOUNCED);
    }

    @Test
    void shouldReportNoDealForARunningTotalRaisedFromNoOneInParticular() {
        // a company's running total is no deal (docs/EXTRACTION.md, labelling rules); a named payer's total is one
        for (String[] total : new String[][] {
                {"en", "OpenAI has raised more than $60 billion to date."},
                {"it", "Anthropic ha raccolto finora 27 miliardi di dollari."},
                {"de", "Helsing hat seit seiner Gründung 1,4 Milliarden Euro eingesammelt."},
                {"fr", "Mistral AI a levé 3 milliards d'euros depuis sa création."},
                {"es", "xAI ha recaudado hasta la fecha 22.000 millones de dólares."},
                {"en", "Chip start-ups collectively raised $1.3 billion in the first days of May."},
                {"it", "Dopo tre round, Mistral AI ha raccolto in tutto 900 milioni di euro."},
                {"it", "Anthropic ha già raccolto circa 27 miliardi di dollari e cerca altro capitale."},
                {"fr", "La jeune pousse Mistral AI avait déjà levé environ 500 millions d'euros."},
                {"es", "La empresa xAI ya ha recaudado unos 22.000 millones de dólares."},
                {"en", "Founded in 2021, Cohere has raised more than $900 million and is valued at $5 billion."},
                {"it", "Fondata nel 2019, Cohere ha raccolto più di 900 milioni di dollari."},
                {"fr", "Depuis 2019, Cohere a levé plus de 900 millions de dollars."},
                {"es", "Se trata de Cohere, que ya recaudó unos 900 millones de dólares en cinco años."},
                {"es", "Así, Cohere recaudó ya más de 900 millones de dólares."}}) {
            assertEquals(List.of(), extractor.extract(total[1], total[0], FINDER.find(total[1])), total[1]);
        }
        // the running-total words reach the first amount after them, not the rounds listed after it
        String listed = "Chip start-ups collectively raised $1.3 billion over the week, with Mistral AI securing $400 "
                + "million.";
        List<Deal> deals = extractor.extract(listed, "en", FINDER.find(listed));
        assertEquals(1, deals.size(), deals.toString());
        assertEquals("Mistral AI", deals.get(0).target().name());
        assertEquals(0, deals.get(0).amountUsd().compareTo(new BigDecimal("400000000")));
        assertTypeAndStage("en", "Google has invested about $3 billion in Anthropic so far.", DealType.INVESTMENT,
                DealStage.BACKGROUND);
    }

    @Test
    void shouldConvertAmountsToDollarsWithTheGivenRates() {
        DealExtractor withOwnRates = new DealExtractor(UsdRates.defaults().withOverrides(
                java.util.Map.of("EUR", new BigDecimal("1.10"))));
        String text = "ASML investit 1,3 milliard d'euros dans Mistral AI.";

        List<Deal> deals = withOwnRates.extract(text, "fr", FINDER.find(text));

        assertEquals(1, deals.size());
        assertEquals("EUR", deals.get(0).currency());
        assertEquals(0, deals.get(0).amountUsd().compareTo(new BigDecimal("1.43E9")));
    }

    @Test
    void shouldReadDealsTheSameWayUnderATurkishDefaultLocale() {
        // Given a JVM whose default locale lower-cases "I" to a dotless "ı"
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            // When deal words are written in capitals with an I in them
            List<Deal> italian = DealCases.extract("it", "Microsoft INVESTIRÀ 10 MILIARDI DI DOLLARI IN OpenAI.");
            List<Deal> english = DealCases.extract("en", "Nvidia IS ACQUIRING Run:ai FOR ABOUT $700 MILLION.");

            // Then they read as in lower case
            assertEquals(List.of("OpenAI<-Microsoft"), italian.stream().map(DealExtractorTest::parties).toList());
            assertEquals(List.of("Run:ai<-Nvidia"), english.stream().map(DealExtractorTest::parties).toList());
            assertEquals(Qualifier.ABOUT, english.get(0).qualifier());
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void shouldFindNothingWithoutMentionsOrAmounts() {
        assertEquals(List.of(), DealCases.extract("en", ""));
        // with no mention of the entity table, the company is still read from its place, as a provisional one
        List<Deal> open = extractor.extract("Nvidia is acquiring Run:ai for about $700 million.", "en", List.of());
        assertEquals(1, open.size(), open::toString);
        assertTrue(open.get(0).target().provisional());
        assertEquals(List.of(), DealCases.extract("en", "Nvidia is acquiring Run:ai, the company said."));
    }

    @Test
    void shouldGiveTheSameResultsFromManyThreadsAtOnce() throws Exception {
        // Given one extractor shared by several threads
        List<Object[]> cases = Stream.of(english(), italian(), german(), french(), spanish())
                .flatMap(s -> s).map(Arguments::get).toList();
        List<String> sequential = cases.stream().map(c -> render(DealCases.extract((String) c[0], (String) c[1]))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            // When every case runs concurrently
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (Object[] c : cases) {
                    futures.add(pool.submit(() -> render(DealCases.extract((String) c[0], (String) c[1]))));
                }
            }
            // Then each result equals the sequential one
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(sequential.get(i % cases.size()), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldFindTheEightDealsOfTheSeedArticleAndNoDealForTheValuation() throws Exception {
        // Given the Italian article the project started from
        Path seed = TestData.samplesDir().map(d -> d.resolve("openai-amazon-talks.it.txt")).orElse(null);
        Assumptions.assumeTrue(seed != null && Files.exists(seed), "shared samples not found");
        String text = Files.readString(seed);

        // When
        List<Deal> deals = DealCases.extract("it", text);

        // Then exactly its eight deals, and none for the $500 billion valuation
        assertEquals(List.of("OpenAI<-Amazon 10000000000", "OpenAI<-Microsoft 13000000000", "Anthropic<-Amazon 8000000000",
                "Anthropic<-Microsoft 5000000000", "Anthropic<-Nvidia 10000000000", "OpenAI<-null 1400000000000",
                "AWS<-OpenAI 38000000000", "OpenAI<-null 6600000000"),
                deals.stream().map(d -> parties(d) + " " + d.amountUsd().toPlainString()).toList());
    }

    private void assertTypeAndStage(String language, String text, DealType type, DealStage stage) {
        List<Deal> deals = DealCases.extract(language, text);
        assertEquals(1, deals.size(), text + " -> " + deals);
        assertEquals(type, deals.get(0).type(), text);
        assertEquals(stage, deals.get(0).stage(), text);
    }

    private static String parties(Deal deal) {
        return deal.target().name() + "<-" + (deal.investor() == null ? "null" : deal.investor().name());
    }

    private static String render(List<Deal> deals) {
        return String.join("; ", deals.stream().map(EvaluationReport::summary).toList());
    }
}
