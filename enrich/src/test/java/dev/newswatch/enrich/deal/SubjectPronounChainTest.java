package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A chain of subject pronouns (session 17): "Nvidia ... Earlier, it signed with its customer Cohere. Then it invested
 * $2bn in CoreWeave": a sentence whose subject is a pronoun goes on with the subject told before it, so the company it
 * names after the pronoun (its object) is no candidate for the next pronoun; the pronoun of the deal looks past it.
 * A pronoun after a sentence whose subject is a name still stands for that name.
 */
class SubjectPronounChainTest {

    static Stream<Arguments> aPronounGoesOnWithTheSubjectOfTheSentenceBeforeIt() {
        return Stream.of(
                Arguments.of("en", "Nvidia keeps backing its customers. Earlier this month, it signed a partnership "
                        + "with its customer Cohere. In September, it invested $2 billion in CoreWeave.", "Nvidia"),
                Arguments.of("fr", "Nvidia soutient ses clients. Au début du mois, il a signé un partenariat avec "
                        + "son client Cohere. En septembre, il a investi 2 milliards de dollars dans CoreWeave.",
                        "Nvidia"),
                Arguments.of("en", "Nvidia keeps backing its customers. Earlier this month, Cohere signed a "
                        + "partnership with Nvidia. In September, it invested $2 billion in CoreWeave.", "Cohere"),
                Arguments.of("fr", "Nvidia soutient ses clients. Plus tôt ce mois-ci, Cohere a signé un partenariat "
                        + "avec Nvidia. En septembre, elle a investi 2 milliards de dollars dans CoreWeave.", "Cohere"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aPronounGoesOnWithTheSubjectOfTheSentenceBeforeIt(String language, String text, String investor) {
        assertOneDeal(language, text, "CoreWeave", investor, "2E9", "USD");
    }
}
