package dev.newswatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.app.it.TrackedDeals;
import dev.newswatch.core.model.Party;
import dev.newswatch.core.model.TrackedDeal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which provisional entities {@code entities provisional} lists, in which order, and the command it suggests. */
class ProvisionalEntitiesTest {

    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");
    private static final Party NVIDIA = Party.of("nvidia", "Nvidia");
    private static final Party ZENTRIX = Party.provisional("Zentrix Robotics");
    private static final Party HALVORA = Party.provisional("Halvora Capital");
    private static final Party QUILLFIRE = Party.provisional("Quillfire");

    @Test
    void shouldCountDealsAndReportsPerProvisionalPartyMostDealsFirst() {
        // Given three deals: Zentrix in two of them (three reports), Halvora and Quillfire in one each
        List<TrackedDeal> deals = List.of(
                TrackedDeals.announced("deal-1", HALVORA, ZENTRIX, "Zentrix Robotics raised $300 million from Halvora Capital.",
                        T0, 2),
                TrackedDeals.announced("deal-2", NVIDIA, ZENTRIX, "Nvidia invests $150 million in Zentrix Robotics.",
                        T0.plusSeconds(3600), 1),
                TrackedDeals.announced("deal-3", NVIDIA, QUILLFIRE, "Nvidia invests $200 million in Quillfire.", T0.plusSeconds(60), 1));

        // When
        List<ProvisionalEntities.Seen> seen = ProvisionalEntities.of(deals, Set.of("nvidia"));

        // Then: most deals first; at one deal each, more reports first (Halvora has two)
        assertEquals(List.of("zentrix-robotics", "halvora-capital", "quillfire"),
                seen.stream().map(ProvisionalEntities.Seen::id).toList());
        ProvisionalEntities.Seen zentrix = seen.get(0);
        assertEquals("Zentrix Robotics", zentrix.name());
        assertEquals(2, zentrix.deals());
        assertEquals(3, zentrix.reports());
        assertEquals(T0.plusSeconds(3600), zentrix.lastSeen());
        assertEquals("Nvidia invests $150 million in Zentrix Robotics.", zentrix.example(), "the newest deal's sentence");
        assertEquals(List.of("target"), zentrix.roles());
        assertEquals(List.of("investor"), seen.get(1).roles());
    }

    @Test
    void shouldLeaveOutKnownPartiesAndProvisionalIdsAddedToTheTableSince() {
        List<TrackedDeal> deals = List.of(TrackedDeals.announced("deal-1", HALVORA, ZENTRIX, "...", T0, 1));

        List<ProvisionalEntities.Seen> seen = ProvisionalEntities.of(deals, Set.of("zentrix-robotics"));

        assertEquals(List.of("halvora-capital"), seen.stream().map(ProvisionalEntities.Seen::id).toList());
    }

    @Test
    void shouldPreferTheMoreRecentlySeenWhenDealsAndReportsTie() {
        List<TrackedDeal> deals = List.of(
                TrackedDeals.announced("deal-1", NVIDIA, QUILLFIRE, "...", T0, 1),
                TrackedDeals.announced("deal-2", NVIDIA, ZENTRIX, "...", T0.plusSeconds(60), 1));

        List<ProvisionalEntities.Seen> seen = ProvisionalEntities.of(deals, Set.of());

        assertEquals(List.of("zentrix-robotics", "quillfire"), seen.stream().map(ProvisionalEntities.Seen::id).toList());
    }

    @Test
    void shouldFlattenAFeedNameWithControlCharactersAndQuoteItSafelyInThePromoteCommand() {
        // Given a name from a hostile feed: a terminal escape and a command substitution
        Party hostile = new Party("evil-corp", "Evil\u001b[2J $(rm -rf ~) Corp", null, true);

        ProvisionalEntities.Seen seen = ProvisionalEntities.of(List.of(TrackedDeals.announced("deal-1", NVIDIA, hostile, "...", T0, 1)),
                Set.of()).get(0);

        assertEquals("Evil [2J $(rm -rf ~) Corp", seen.name());
        assertEquals("newswatch entities add evil-corp 'Evil [2J $(rm -rf ~) Corp'", seen.promoteCommand());
    }

    @Test
    void shouldQuoteNamesForAPosixShell() {
        assertEquals("\"Zentrix Robotics\"", ProvisionalEntities.shellQuote("Zentrix Robotics"));
        assertEquals("\"O'Neil & Partners\"", ProvisionalEntities.shellQuote("O'Neil & Partners"));
        assertEquals("'Say \"Hi\" AI'", ProvisionalEntities.shellQuote("Say \"Hi\" AI"));
        assertEquals("'It'\\''s \"$5\"'", ProvisionalEntities.shellQuote("It's \"$5\""));
        assertEquals("'Yahoo!'", ProvisionalEntities.shellQuote("Yahoo!"));
    }
}
