package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.Entity;
import dev.newswatch.core.model.EntityMention;
import dev.newswatch.enrich.deal.DealExtractor;
import dev.newswatch.enrich.deal.UsdRates;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name read as a company that is the short form of one known entity's name ("Quorvel" of the table's "Quorvel AI")
 * is that entity, unless another entity has the same short form or that name.
 */
class ShortFormOwnersTest {

    private static final List<Entity> TABLE = List.of(
            entity("quorvel-ai", "Quorvel AI"),
            entity("brightmoor", "Brightmoor Technologies Inc."),
            entity("velantis-mobility", "Velantis Mobility"),
            // two entities with the short form "Ondara": it names neither
            entity("ondara-labs", "Ondara Labs"),
            entity("ondara-robotics", "Ondara Robotics"),
            // a short form that is another entity's name: "Korvia" is Korvia itself
            entity("korvia", "Korvia"),
            entity("korvia-cloud", "Korvia Cloud"),
            // a fund of a company, even as a company: "Nuvelle" is not "Nuvelle Technologies Capital"
            entity("nuvelle-capital", "Nuvelle Technologies Capital"),
            // funds are named in full: "Halvora" is not the fund "Halvora Capital"
            new Entity("halvora-capital", "Halvora Capital", List.of(), "investor", null, null));

    private final EntityLinker linker = EntityLinker.of(TABLE);
    private final DealExtractor extractor = new DealExtractor(UsdRates.defaults());

    private static Entity entity(String id, String name) {
        return new Entity(id, name, List.of(), "company", null, null);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Quorvel|quorvel-ai",
        "Brightmoor|brightmoor",
        "Velantis|velantis-mobility",
    })
    void shouldGiveAShortFormToTheOneEntityThatHasIt(String name, String id) {
        EntityMention read = new EntityMention("x", name, name, 0, name.length(), true);

        EntityMention owner = linker.ownerOfShortForm(read);

        assertEquals(id, owner.entityId());
        assertFalse(owner.provisional());
        assertEquals(read.start(), owner.start());
        assertEquals(read.end(), owner.end());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Ondara", "Korvia", "Nuvelle", "Zentrix", "Halvora"})
    void shouldLeaveANameThatNoOneEntityOwnsProvisional(String name) {
        EntityMention read = new EntityMention("x", name, name, 0, name.length(), true);

        assertSame(read, linker.ownerOfShortForm(read));
    }

    @Test
    void shouldLeaveKnownMentionsAsTheyAre() {
        EntityMention known = new EntityMention("korvia", "Korvia", "Korvia", 0, 6, false);

        assertSame(known, linker.ownerOfShortForm(known));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Zentrix AI, Zentrix", "Zentrix Technologies Inc., Zentrix",
        "Zentrix Holdings Ltd, Zentrix"})
    void shouldDropLegalFormsAndOneGenericWord(String name, String shortForm) {
        assertEquals(shortForm, ShortFormOwners.shortForm(name));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Zentrix", "Labs AI", "AI", "Zentrix Technologies Capital"})
    void shouldHaveNoShortFormWithoutAGenericWordOrWithoutAName(String name) {
        assertNull(ShortFormOwners.shortForm(name));
    }

    @Test
    void shouldReportTheDealOfTheKnownCompanyNamedByItsShortForm() {
        // Given a headline naming a known company without its generic word
        String text = "Quorvel raises $70 million to build humanoid robots";

        // When the deals are extracted with the owners of short forms
        List<Deal> deals = extractor.extract(text, "en", linker.link(text), id -> false, id -> false, id -> false,
                id -> null, linker::ownerOfShortForm);

        // Then the company is the table's, not a new one
        assertEquals(1, deals.size(), deals::toString);
        assertEquals("quorvel-ai", deals.get(0).target().id());
        assertFalse(deals.get(0).target().provisional());
    }
}
