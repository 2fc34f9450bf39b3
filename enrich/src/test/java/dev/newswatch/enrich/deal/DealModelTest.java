package dev.newswatch.enrich.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DealModelTest {

    private static final DealModel MODEL = DealModel.parse(List.of(
            "# a comment",
            "threshold\tamount\t0.8",
            "amount\tbias\t-1",
            "amount\tcue=RAISE_VERB\t3",
            "target\tc:side=before\t2",
            ""));

    @Test
    void shouldScoreTheSumOfTheWeightsOfTheFeaturesItKnows() {
        double p = MODEL.probability(DealModel.AMOUNT, List.of("bias", "cue=RAISE_VERB", "unknown"));

        assertEquals(1 / (1 + Math.exp(-2)), p, 1e-12);
    }

    @Test
    void shouldShareTheChoiceByTheSoftmaxOfTheScoresAndOfNone() {
        List<Double> shares = MODEL.choice(DealModel.TARGET, List.of(List.of("c:side=before"), List.of("c:side=after")));

        assertEquals(Math.exp(2) / (Math.exp(2) + 1 + 1), shares.get(0), 1e-12);
        assertEquals(1 / (Math.exp(2) + 1 + 1), shares.get(1), 1e-12, "none of them scores 0 as well");
    }

    @Test
    void shouldNeverReachAThresholdTheWeightsDoNotGive() {
        assertEquals(0.8, MODEL.threshold(DealModel.AMOUNT));
        assertEquals(1.0, MODEL.threshold(DealModel.INVESTOR));
        assertEquals(0.5, MODEL.probability(DealModel.INVESTOR, List.of("bias")));
    }

    @Test
    void shouldRejectALineWithoutThreeCells() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DealModel.parse(List.of("amount\tbias")));

        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void shouldReadTheBundledWeights() {
        DealModel bundled = DealModel.bundled();

        assertTrue(bundled.threshold(DealModel.AMOUNT) > 0.5 && bundled.threshold(DealModel.AMOUNT) <= 1.0);
    }
}
