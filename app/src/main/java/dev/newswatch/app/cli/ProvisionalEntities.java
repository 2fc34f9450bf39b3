package dev.newswatch.app.cli;

import dev.newswatch.alerts.channel.PlainText;
import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.Party;
import dev.newswatch.core.model.TrackedDeal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The provisional entities of {@code newswatch entities provisional}: the companies that deals name but the
 * entity table does not know, counted over the latest record of each tracked deal, most seen first. Pure.
 */
final class ProvisionalEntities {

    /** A name that needs no more than double quotes in a POSIX shell. */
    private static final Pattern DOUBLE_QUOTABLE = Pattern.compile("[^\"$`\\\\!]*");
    private static final int MAX_NAME_LENGTH = 200;
    private static final int MAX_EXAMPLE_LENGTH = 2_000;

    private ProvisionalEntities() {
    }

    /**
     * One provisional entity.
     *
     * @param id       the id the entity gets when it is added: {@link Party#provisionalId(String)} of its name
     * @param name     its name in the newest deal that names it, on one line
     * @param deals    how many tracked deals name it
     * @param reports  how many reports (sources) those deals have, together
     * @param lastSeen the newest {@code lastSeen} of those deals
     * @param example  the evidence sentence of the newest of those deals, on one line
     * @param roles    "investor", "target" or both, in that order
     */
    record Seen(String id, String name, int deals, int reports, Instant lastSeen, String example, List<String> roles) {

        Seen {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            roles = List.copyOf(roles);
        }

        /** The command that adds it to the entity table, quoted for a POSIX shell. */
        String promoteCommand() {
            return "newswatch entities add " + id + " " + shellQuote(name);
        }
    }

    /**
     * The provisional parties of {@code deals} (the latest record of each deal), less those whose id
     * {@code tableIds} holds (added since), most deals first, then most reports, then most recently seen.
     */
    static List<Seen> of(Collection<TrackedDeal> deals, Set<String> tableIds) {
        Map<String, Tally> byId = new LinkedHashMap<>();
        for (TrackedDeal tracked : deals) {
            Deal deal = tracked.deal();
            count(byId, tableIds, tracked, deal.investor(), "investor");
            count(byId, tableIds, tracked, deal.target(), "target");
        }
        return byId.values().stream()
                .map(Tally::seen)
                .sorted(Comparator.comparingInt(Seen::deals).reversed()
                        .thenComparing(Comparator.comparingInt(Seen::reports).reversed())
                        .thenComparing(Seen::lastSeen, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Seen::id))
                .toList();
    }

    /** {@code text} as one shell word: in double quotes when that is safe, else in single quotes. */
    static String shellQuote(String text) {
        if (DOUBLE_QUOTABLE.matcher(text).matches()) {
            return "\"" + text + "\"";
        }
        return "'" + text.replace("'", "'\\''") + "'";
    }

    private static void count(Map<String, Tally> byId, Set<String> tableIds, TrackedDeal tracked, Party party,
                              String role) {
        if (party == null || !party.provisional() || tableIds.contains(party.id())) {
            return;
        }
        byId.computeIfAbsent(party.id(), Tally::new).add(tracked, party, role);
    }

    /** What is known so far about one provisional entity. */
    private static final class Tally {
        private final String id;
        private final Set<String> dealIds = new TreeSet<>();
        private final Set<String> roles = new TreeSet<>();
        private int reports;
        private TrackedDeal newest;
        private String name;

        Tally(String id) {
            this.id = id;
        }

        void add(TrackedDeal tracked, Party party, String role) {
            roles.add(role);
            if (dealIds.add(tracked.dealId())) {
                reports += tracked.sources().size();
            }
            if (newest == null || isAfter(tracked.lastSeen(), newest.lastSeen())) {
                newest = tracked;
                name = party.name() == null ? party.id() : party.name();
            }
        }

        Seen seen() {
            String shown = PlainText.oneLine(name, MAX_NAME_LENGTH);
            return new Seen(id, shown.isEmpty() ? id : shown, dealIds.size(), reports, newest.lastSeen(),
                    PlainText.oneLine(newest.deal().evidence(), MAX_EXAMPLE_LENGTH), new ArrayList<>(roles));
        }

        private static boolean isAfter(Instant a, Instant b) {
            return a != null && (b == null || a.isAfter(b));
        }
    }
}
