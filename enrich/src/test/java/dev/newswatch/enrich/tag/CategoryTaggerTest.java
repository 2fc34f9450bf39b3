package dev.newswatch.enrich.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.model.CategoryTag;
import dev.newswatch.enrich.text.TextNormalizer;
import dev.newswatch.testkit.RepoPaths;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CategoryTaggerTest {

    private static CategoryTagger tagger;

    @BeforeAll
    static void loadDefaultTaxonomy() {
        tagger = new CategoryTagger(Taxonomy.load(RepoPaths.resolve("config/taxonomy.yml")));
    }

    private static Set<String> categories(String text) {
        return tagger.tag(TextNormalizer.normalize(text)).stream().map(CategoryTag::category).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '#', value = {
            "ai-funding|en|OpenAI completed a $6.6 billion round of funding led by Thrive Capital.",
            "ai-funding|it|La startup di intelligenza artificiale chiude un round di finanziamento da 100 milioni.",
            "ai-funding|de|Das KI-Start-up hat in einer Finanzierungsrunde 600 Millionen Euro eingesammelt.",
            "ai-funding|fr|La start-up d'IA générative annonce une levée de fonds de 200 millions d'euros.",
            "ai-funding|es|La empresa de inteligencia artificial cerró una ronda de financiación de 50 millones.",
            "ai-funding|en|Amazon invests in Anthropic.",
            "ai-funding|es|Microsoft invertirá 10.000 millones de dólares en OpenAI.",
            "cloud|en|AWS will expand its data centers in Virginia.",
            "cloud|it|Il gruppo costruirà nuovi centri dati in Lombardia.",
            "cloud|de|Der Konzern baut ein neues Rechenzentrum in Frankfurt.",
            "cloud|fr|Le groupe ouvre un centre de données près de Paris.",
            "cloud|es|La compañía abrirá un centro de datos en Madrid.",
            "chips|en|The chipmaker reported record demand for its GPUs.",
            "chips|it|Il produttore di semiconduttori aumenta la produzione.",
            "chips|de|Der Halbleiterkonzern meldet einen Rekordumsatz.",
            "chips|fr|Le fabricant de puces annonce une nouvelle usine.",
            "chips|es|El fabricante de chips anuncia una nueva planta.",
            "ai-models|en|OpenAI launched a new reasoning model that tops benchmarks.",
            "ai-models|it|Mistral presenta un nuovo modello di intelligenza artificiale.",
            "ai-models|de|Das KI-Unternehmen stellt ein neues Modell vor.",
            "ai-models|fr|Mistral dévoile un nouveau modèle d'IA.",
            "ai-models|es|Google lanza un nuevo modelo de inteligencia artificial.",
            "regulation|en|The FTC opened an antitrust probe into the deal.",
            "regulation|it|L'Antitrust avvia un'indagine e il Garante annuncia una multa.",
            "regulation|de|Das Bundeskartellamt prüft den Fall.",
            "regulation|fr|L'Autorité de la concurrence inflige une amende au groupe.",
            "regulation|es|La Comisión Europea impone una multa por la nueva regulación.",
            "m-and-a|en|Broadcom completed its acquisition of VMware.",
            "m-and-a|it|Nvidia ha annunciato l'acquisizione della startup israeliana Run:ai.",
            "m-and-a|de|SAP übernimmt das Berliner Start-up.",
            "m-and-a|fr|Nvidia va racheter la start-up israélienne Run:ai.",
            "m-and-a|es|AMD adquiere la empresa finlandesa Silo AI.",
    })
    void shouldTagEachCategoryInEachLanguage(String category, String language, String text) {
        // Given / When
        Set<String> tags = categories(text);

        // Then
        assertTrue(tags.contains(category), language + " text tagged " + tags + ", expected " + category);
    }

    @ParameterizedTest(name = "not {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '#', value = {
            // Italian "ai" (to the) is not AI: a funding word alone does not make ai-funding
            "ai-funding|La banca offre sconti ai clienti che investono in fondi.",
            // "scale ai piani" (stairs to the floors) is not Scale AI
            "ai-funding|Le scale ai piani superiori richiedono un investimento.",
            // raising concerns is not raising money
            "ai-funding|The AI model raises concerns about privacy.",
            // no AI at all, however much money
            "ai-funding|The club secured a $200 million investment in a Series B round.",
            "chips|Blue-chip stocks rallied as investors chip in.",
            "chips|The payment processor signed a startup accelerator deal.",
            "cloud|A cloud of uncertainty hangs over the market.",
            "regulation|The bill was paid on time.",
            "m-and-a|Data acquisition pipelines feed AI training.",
            "ai-funding|Data acquisition pipelines feed AI training.",
            // Spanish "se llama" (is called): two weak model words are not enough
            "ai-models|Ella se llama Maria y presenta un modelo de negocio de inteligencia artificial.",
            "ai-models|The meta-analysis covers apple pie and arms races.",
    })
    void shouldNotTagDistractors(String category, String text) {
        // Given / When
        Set<String> tags = categories(text);

        // Then
        assertFalse(tags.contains(category), "tagged " + tags + " for: " + text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '#', value = {
            // the development set: id | expected categories | title and text
            "d-en-01|ai-funding|Microsoft extends OpenAI partnership. Microsoft announced a multiyear, multibillion-dollar investment in OpenAI, reported to be worth $10 billion.",
            "d-en-02|ai-funding|Google commits $2 billion to Anthropic. Google has agreed to invest up to $2 billion in Anthropic, the AI start-up behind the Claude chatbot.",
            "d-en-03|ai-funding|Anthropic raises Series E. Anthropic raised $3.5 billion in a Series E round led by Lightspeed Venture Partners at a $61.5 billion post-money valuation.",
            "d-en-04|ai-funding|OpenAI closes $6.6B round. OpenAI completed a $6.6 billion round of funding led by Thrive Capital, valuing the company at $157 billion.",
            "d-en-05|chips|Nvidia to buy Run:ai. Nvidia is acquiring Israeli AI infrastructure start-up Run:ai for about $700 million.",
            "d-en-06|ai-funding chips|AMD to acquire Silo AI. AMD said it would acquire Silo AI, Europe's largest private AI lab, in an all-cash deal valued at approximately $665 million.",
            "d-en-07|cloud chips|Broadcom completes VMware deal. Broadcom completed its $69 billion acquisition of cloud software company VMware after securing Chinese regulatory approval.",
            "d-en-08|ai-funding|Mistral raises €600 million. Paris-based Mistral AI raised €600 million in equity and debt in a round led by General Catalyst.",
            "d-en-n1|chips|Nvidia briefly tops $3 trillion. Nvidia's stock market value rose above $3 trillion for the first time, overtaking Apple.",
            "d-en-n2|chips|Intel cuts costs. Intel plans to cut more than 15% of its workforce as part of a plan to save $10 billion in costs next year.",
            "d-it-01|chips|Nvidia compra Run:ai. Nvidia ha annunciato l'acquisizione della startup israeliana Run:ai per circa 700 milioni di dollari.",
            "d-it-02|cloud|Broadcom chiude l'acquisizione di VMware. Broadcom ha completato l'acquisizione di VMware per 69 miliardi di dollari dopo il via libera delle autorità cinesi.",
            "d-it-n1|chips|Capitalizzazione record per Nvidia. La capitalizzazione di mercato di Nvidia ha superato i 3.000 miliardi di dollari.",
            "d-de-01|ai-funding|Mistral sammelt 600 Millionen Euro ein. Das Pariser KI-Start-up Mistral AI hat in einer Finanzierungsrunde unter Führung von General Catalyst 600 Millionen Euro eingesammelt.",
            "d-fr-01|chips|Nvidia rachète Run:ai. Nvidia va racheter la start-up israélienne Run:ai pour environ 700 millions de dollars.",
            "d-es-01|ai-funding|Microsoft y OpenAI. Microsoft invertirá 10.000 millones de dólares en OpenAI, según fuentes cercanas a la operación.",
            "seed-it|ai-funding cloud chips|OpenAI in trattative con Amazon per un investimento oltre i 10 miliardi di dollari. OpenAI sarebbe in trattative avanzate con Amazon per un investimento che potrebbe superare i 10 miliardi di dollari, segnando un possibile nuovo capitolo negli equilibri dell’industria globale dell’intelligenza artificiale. Al centro delle discussioni ci sarebbe anche l’utilizzo dei chip per l’intelligenza artificiale sviluppati da Amazon. Una maggiore flessibilità che sembra ora tradursi in un’intensa attività di negoziazione con più colossi del cloud e dei semiconduttori.",
    })
    void shouldTagTheDevelopmentSetWithItsExpectedCategories(String id, String expected, String text) {
        // Given
        Set<String> required = Set.of(expected.split(" "));

        // When
        Set<String> tags = categories(text);

        // Then
        assertTrue(tags.containsAll(required), id + ": tagged " + tags + ", expected at least " + required);
    }

    @Test
    void shouldReportDistinctTermsInOrderAndScoreLongestMatchesOnce() {
        // Given: "funding round" hides "funding" and "round led by"; "OpenAI" twice counts once
        String text = "OpenAI closed a funding round led by Thrive Capital; OpenAI funding.";

        // When
        List<CategoryTag> tags = tagger.tag(TextNormalizer.normalize(text));

        // Then
        CategoryTag funding = tags.stream().filter(t -> t.category().equals("ai-funding")).findFirst().orElseThrow();
        assertEquals(List.of("OpenAI", "funding round", "funding"), funding.terms());
        assertEquals(3.0, funding.score());
    }

    @Test
    void shouldMatchCaseSensitiveTermsOnlyWithTheirCase() {
        // Given
        String upper = "AI start-up raises funding";
        String lower = "ai clienti: funding per tutti";

        // When
        Set<String> upperTags = categories(upper);
        Set<String> lowerTags = categories(lower);

        // Then
        assertTrue(upperTags.contains("ai-funding"), upperTags.toString());
        assertFalse(lowerTags.contains("ai-funding"), lowerTags.toString());
    }

    @Test
    void shouldReportTagsInTaxonomyOrder() {
        // Given
        String text = "Nvidia invests $2 billion in the AI cloud provider CoreWeave to buy more GPUs.";

        // When
        List<String> tags = tagger.tag(TextNormalizer.normalize(text)).stream().map(CategoryTag::category).toList();

        // Then
        assertEquals(List.of("ai-funding", "cloud", "chips"), tags);
    }

    @Test
    void shouldTagTheSameUnderATurkishDefaultLocale() {
        // Given
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            // When
            Set<String> tags = categories("INTELLIGENZA ARTIFICIALE: INVESTIMENTO DI 2 MILIARDI IN UNA STARTUP DI CHIP");

            // Then
            assertEquals(Set.of("ai-funding", "chips"), tags);
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void shouldTagNothingInTextWithoutTerms() {
        // Given / When
        List<CategoryTag> tags = tagger.tag(TextNormalizer.normalize("The weather in Rome was mild and sunny."));

        // Then
        assertEquals(List.of(), tags);
    }

    @Test
    void shouldRequireEveryRequiredGroup() {
        // Given: a small taxonomy where deals need both a money group and a target group
        Taxonomy taxonomy = Taxonomy.parse("""
                groups:
                  money: {terms: {en: [funding]}}
                  target: {terms: {en: [robot*]}}
                categories:
                  robot-deals: {requires: [money, target], terms: {en: [deal]}}
                """, "inline.yml");
        CategoryTagger small = new CategoryTagger(taxonomy);

        // When
        List<CategoryTag> both = small.tag(TextNormalizer.normalize("A funding deal for robotics."));
        List<CategoryTag> one = small.tag(TextNormalizer.normalize("A funding deal for software."));

        // Then
        assertEquals(List.of(new CategoryTag("robot-deals", List.of("funding", "deal", "robot*"), 1.0)), both);
        assertEquals(List.of(), one);
    }
}
