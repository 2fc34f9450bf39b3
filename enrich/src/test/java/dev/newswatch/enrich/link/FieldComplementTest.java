package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A description whose complement is a field after a participle ("la startup canadienne spécialisée en robotique,
 * Zentrix", "la startup specializzata in robotica Zentrix", "la startup especializada en pagos Zentrix"): the name
 * after it is a company; a name right after the preposition is not.
 */
class FieldComplementTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|Le groupe va acquérir la start-up canadienne spécialisée en intelligence artificielle, Nuvelle, pour "
                + "400 millions.|Nuvelle",
        "fr|Le fonds entre au capital de la société spécialisée dans la cybersécurité Orvane.|Orvane",
        "it|Il gruppo ha comprato la startup specializzata in robotica Velantis per 90 milioni.|Velantis",
        "es|El grupo compró la startup especializada en pagos digitales Ondara por 90 millones.|Ondara"})
    void shouldReadTheNameAfterAFieldComplementAsACompany(String language, String text, String expected) {
        assertEquals(List.of(expected.split(";")), names(text, language));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|Le groupe prépare la société active en Bretagne pour la vente.",
        "it|Il gruppo prepara la società attiva in Lombardia per la vendita.",
        "es|El grupo prepara la empresa activa en Galicia para la venta.",
        // a place after a participle and a preposition that ends no complement
        "fr|Le fonds a rencontré la start-up en robotique basée à Lyon lundi.",
        "fr|Le fonds investit dans la société à l'origine du modèle d'IA Quorva."})
    void shouldNotReadAPlaceAfterThePrepositionAsACompany(String language, String text) {
        assertEquals(List.of(), names(text, language));
    }
}
