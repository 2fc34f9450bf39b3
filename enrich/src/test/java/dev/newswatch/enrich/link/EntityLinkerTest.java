package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.Entity;
import dev.newswatch.core.model.EntityMention;
import dev.newswatch.enrich.text.TextNormalizer;
import dev.newswatch.testkit.RepoPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityLinkerTest {

    private static EntityLinker linker;

    @BeforeAll
    static void loadDefaultEntities() {
        linker = EntityLinker.of(EntityCatalog.load(RepoPaths.resolve("config/entities")));
    }

    /** "id:surface" for each mention, in order. */
    private static List<String> linked(String text) {
        return linker.link(text).stream().map(m -> m.entityId() + ":" + m.surface()).toList();
    }

    @Test
    void shouldPreferTheLongestNameAndReportOriginalOffsets() {
        // Given
        String text = "Amazon Web Services (AWS) is Amazon’s cloud; “Open AI” and OpenAI.";

        // When
        List<EntityMention> mentions = linker.link(text);

        // Then
        int openAi = text.indexOf("Open AI");
        int openAiAgain = text.lastIndexOf("OpenAI");
        assertEquals(List.of(
                new EntityMention("aws", "AWS", "Amazon Web Services", 0, 19),
                new EntityMention("aws", "AWS", "AWS", 21, 24),
                new EntityMention("amazon", "Amazon", "Amazon", 29, 35),
                new EntityMention("openai", "OpenAI", "Open AI", openAi, openAi + 7),
                new EntityMention("openai", "OpenAI", "OpenAI", openAiAgain, openAiAgain + 6)), mentions);
        for (EntityMention m : mentions) {
            assertEquals(m.surface(), text.substring(m.start(), m.end()));
        }
    }

    @Test
    void shouldLinkAccentedAndDifferentlyCasedNamesWithTheSurfaceAsWritten() {
        // Given
        EntityLinker small = EntityLinker.of(List.of(
                new Entity("bpifrance", "Bpifrance", List.of("Banque publique d'investissement"), "investor", null, null),
                new Entity("eib", "European Investment Bank", List.of("Europäische Investitionsbank"), "investor", null, null)));
        String text = "La BANQUE PUBLIQUE D’INVESTISSEMENT et l'Europaische Investitionsbank";

        // When
        List<EntityMention> mentions = small.link(text);

        // Then
        assertEquals(List.of(
                new EntityMention("bpifrance", "Bpifrance", "BANQUE PUBLIQUE D’INVESTISSEMENT", 3, 35),
                new EntityMention("eib", "European Investment Bank", "Europaische Investitionsbank", 41, 69)), mentions);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '#', value = {
            // name | text | expected "id:surface" mentions, space-separated, or empty for none
            "Arm|Arm Holdings shares rose after Arm said it would design chips.|arm:Arm_Holdings arm:Arm",
            "Arm|The arms race in AI, and the arm of the law.|",
            "Arm|ARM licenses its designs.|arm:ARM",
            "Meta|Meta Platforms and Meta's Llama models.|meta:Meta_Platforms meta:Meta",
            "Meta|La meta del viaggio e la meta-analisi; la meta es clara.|",
            "Meta|A meta-analysis of 40 studies.|",
            "Apple|Apple invests in OpenAI.|apple:Apple openai:OpenAI",
            "Apple|She baked an apple pie.|",
            "Scale|Scale AI raised $1 billion.|scale-ai:Scale_AI",
            "Scale|Deploying AI at scale helps firms scale up.|",
            "Scale|Le scale ai piani superiori.|",
            "Mistral|Mistral raises €600 million.|mistral:Mistral",
            "Mistral|Il mistral soffia forte; le mistral est froid.|",
            "Intel|Intel cuts costs.|intel:Intel",
            "Intel|We got fresh intel from the field.|",
            "Character|Character.AI and Character AI signed a deal.|character-ai:Character.AI character-ai:Character_AI",
            "Character|A character in the film is an AI.|",
            "Cohere|Cohere raised $500 million.|cohere:Cohere",
            "Cohere|The pieces cohere well.|",
            "Inflection|Inflection AI hired staff.|inflection:Inflection_AI",
            "Inflection|Inflection, the AI start-up, pivoted.|inflection:Inflection",
            "Inflection|We reached an inflection point. Inflection point reached.|",
            "Runway|Runway raises $308 million for video AI.|runway:Runway",
            "Runway|Runway ML released a model.|runway:Runway_ML",
            "Runway|The plane left the runway. Runway lights failed.|",
            "Adept|Adept AI was founded in 2022.|adept:Adept_AI",
            "Adept|She is an adept negotiator. Adept players win.|",
            "Figure|Figure AI raised funds.|figure-ai:Figure_AI",
            "Figure|Figure 1 shows the AI results; figure ai vertici.|",
            "Together|Together AI raised $305 million.|together:Together_AI",
            "Together|Together with Nvidia, we work together.|nvidia:Nvidia",
            "Perplexity|Perplexity raised funds.|perplexity:Perplexity",
            "Perplexity|To our perplexity, the model's perplexity fell.|",
            "Anthropic|Anthropic and anthropic.|anthropic:Anthropic anthropic:anthropic",
            "Dell|Dell Technologies and Dell sell servers.|dell:Dell_Technologies dell:Dell",
            "Dell|La corsa dell'intelligenza artificiale.|",
            "Lambda|AWS Lambda runs functions.|aws:AWS",
            "Lambda|Lambda raised $480 million.|lambda:Lambda",
    })
    void shouldLinkAmbiguousNamesOnlyWhenTheyNameTheCompany(String name, String text, String expected) {
        // Given
        List<String> want = expected == null ? List.of() : List.of(expected.replace('_', ' ').split(" (?=[a-z0-9-]+:)"));

        // When
        List<String> got = linked(text);

        // Then
        assertEquals(want, got, name + " in: " + text);
    }

    @Test
    void shouldLinkACueAliasWhenTheEntityIsNamedElsewhereInTheText() {
        // Given: the second "Harvey" has no cue word nearby, but "Harvey AI" names the company
        String text = "Harvey AI opened an office in London. Later, Harvey hired lawyers.";

        // When
        List<String> got = linked(text);

        // Then
        assertEquals(List.of("harvey:Harvey AI", "harvey:Harvey"), got);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en|Runway buys a small animation studio.",
            "it|Runway acquista un piccolo studio di animazione.",
            "it|Con l'acquisto di un piccolo studio, Runway cresce.",
            "fr|Runway rachète un petit studio d'animation.",
            "es|Runway adquiere un pequeño estudio de animación.",
            "de|Runway kauft ein kleines Animationsstudio.",
    })
    void shouldLinkACueAliasNextToAPurchaseWord(String language, String text) {
        // Given: a purchase word within the cue window is the only cue

        // When
        List<String> got = linked(text);

        // Then
        assertEquals(List.of("runway:Runway"), got, language + ": " + text);
    }

    @Test
    void shouldNotLookForCuesAcrossSentences() {
        // Given
        String text = "Runway. Raises are rare.";

        // When / Then
        assertEquals(List.of(), linked(text));
    }

    @Test
    void shouldLinkTheSameUnderATurkishDefaultLocale() {
        // Given
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            // When
            List<String> got = linked("INTEL AND NVIDIA INVEST IN İSTANBUL; Intel and Nvidia.");

            // Then: Intel is case-sensitive, so only its written form links
            assertEquals(List.of("nvidia:NVIDIA", "intel:Intel", "nvidia:Nvidia"), got);
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void shouldGiveTheSameMentionsForTextAndNormalizedText() {
        // Given
        String text = "Microsoft invertirá 10.000 millones de dólares en OpenAI.";

        // When / Then
        assertEquals(linker.link(text), linker.link(TextNormalizer.normalize(text)));
    }

    @Test
    void shouldLinkTheEntityWithTheSmallerIdWhenTwoShareAName() {
        // Given
        EntityLinker shared = EntityLinker.of(List.of(
                new Entity("zeta", "Lambda", List.of(), "company", null, null),
                new Entity("alpha", "Alpha", List.of("Lambda"), "company", null, null)));

        // When
        List<EntityMention> mentions = shared.link("Lambda");

        // Then
        assertEquals(List.of(new EntityMention("alpha", "Alpha", "Lambda", 0, 6)), mentions);
    }

    @Test
    void shouldHonourCaseSensitiveAndCueAttributesOfEntitiesFromTheTopic() {
        // Given: entities as they arrive on the entities topic, flags in attributes
        EntityLinker fromTopic = EntityLinker.of(List.of(
                new Entity("apple", "Apple", List.of("Apple Inc"), "company", null, Map.of("case-sensitive", "true")),
                new Entity("glean", "Glean", List.of(), "company", null, Map.of("cue-aliases", "Glean"))));

        // When
        List<String> got = fromTopic.link("apple inc and Apple; Glean raised money; we glean facts. Glean works.")
                .stream().map(m -> m.entityId() + ":" + m.surface()).toList();

        // Then
        assertEquals(List.of("apple:Apple", "glean:Glean"), got);
    }

    @Test
    void shouldFindTheCueOfACueAliasPastTheDotsOfAnAbbreviation() {
        // Given: the cue word of the apposition comes after "U.S.", whose dots end no sentence
        EntityLinker linker = EntityLinker.of(List.of(
                new Entity("glean", "Glean", List.of(), "company", null, Map.of("cue-aliases", "Glean"))));

        // When
        List<String> got = linker.link("Glean, a U.S. AI search firm, opened an office. Glean. Nothing else.")
                .stream().map(m -> m.entityId() + ":" + m.start()).toList();

        // Then: the first is linked; the second "Glean" stands alone between two full stops
        assertEquals(List.of("glean:0"), got);
    }

    @Test
    void shouldTakeADealWordAsTheCueOfACueAlias() {
        // Given: no company word near "Glean", but a payment and its counterpart
        EntityLinker linker = EntityLinker.of(List.of(
                new Entity("glean", "Glean", List.of(), "company", null, Map.of("cue-aliases", "Glean"))));

        // When
        List<String> got = linker.link("Oracle pays $2 billion to Glean for GPU servers. Glean the facts.")
                .stream().map(m -> m.entityId() + ":" + m.start()).toList();

        // Then
        assertEquals(List.of("glean:26"), got);
    }

    @Test
    void shouldLinkNothingWithoutEntities() {
        // Given
        EntityLinker empty = EntityLinker.of(List.of());

        // When / Then
        assertEquals(List.of(), empty.link("OpenAI and Amazon"));
        assertEquals(0, empty.size());
    }

    @Test
    void shouldBuildFromTenThousandEntities() {
        // Given: 10,000 entities with three names each
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            String base = "Company " + Integer.toString(i, 36).toUpperCase(Locale.ROOT);
            entities.add(new Entity("e" + i, base + " Holdings", List.of(base, base + " Inc"), "company", null,
                    i % 7 == 0 ? Map.of("case-sensitive", "true") : Map.of()));
        }

        // When (how fast it builds is measured by the benchmarks in bench/, not here)
        EntityLinker big = EntityLinker.of(entities);

        // Then
        assertEquals(10_000, big.size());
        assertEquals(List.of("e35", "e36"),
                big.link("Company Z Holdings bought company 10 inc.").stream().map(EntityMention::entityId).toList());
    }
}
