package dev.newswatch.enrich.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelReaderTest {

    // A backtest label: no text, the article named by its URL, the deal marked as the item's main deal.
    private static final String WITHOUT_TEXT = "{\"id\":\"l-1\",\"lang\":\"en\",\"url\":\"https://example.test/a\","
            + "\"expect\":{\"deals\":[{\"target\":\"Photoroom\",\"usd\":20000000,\"main\":true}]}}";

    @Test
    void shouldReadTheUrlAndTheMainDealOfALabel() {
        List<LabelReader.Label> labels = LabelReader.parse(WITHOUT_TEXT + "\n\n", "inline", LabelReader.Text.OPTIONAL);

        assertEquals(1, labels.size());
        LabelReader.Label label = labels.get(0);
        assertEquals("https://example.test/a", label.url());
        assertEquals("", label.item().text());
        assertTrue(label.item().deals().get(0).main());
        assertNull(label.item().deals().get(0).investor());
    }

    @Test
    void shouldRejectALabelWithoutTextWhenTextIsRequired() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> LabelReader.parse(WITHOUT_TEXT, "labels.jsonl", LabelReader.Text.REQUIRED));

        assertTrue(error.getMessage().contains("labels.jsonl line 1"), error.getMessage());
    }

    @Test
    void shouldKeepARawLineSeparatorInsideAJsonString() {
        // U+2028 may appear unescaped in a JSON string; it ends no line of the file.
        String jsonl = "{\"id\":\"a\",\"title\":\"T\",\"text\":\"one\u2028two\",\"expect\":{}}";

        List<LabelReader.Label> labels = LabelReader.parse(jsonl, "inline", LabelReader.Text.REQUIRED);

        assertEquals("one\u2028two", labels.get(0).item().text());
        assertNull(labels.get(0).url());
    }
}
