package dev.newswatch.alerts.chat;

import dev.newswatch.alerts.channel.AlertView;
import java.util.List;

/**
 * How one chat platform shows alerts: the JSON bodies to post. One alert gives one message; a digest gives as
 * few messages as the platform's limits allow, the alerts in the order given. Implementations are stateless
 * and thread-safe.
 */
public interface ChatFormat {

    /**
     * Renders {@code alerts} as messages.
     *
     * @param alerts at least one alert
     * @return one JSON body per message to post, in order, never empty
     */
    List<String> messages(List<AlertView> alerts);

    /** Splits {@code alerts} into runs of at most {@code size}. */
    static List<List<AlertView>> chunks(List<AlertView> alerts, int size) {
        if (alerts.isEmpty()) {
            throw new IllegalArgumentException("a chat message needs at least one alert");
        }
        java.util.ArrayList<List<AlertView>> out = new java.util.ArrayList<>();
        for (int i = 0; i < alerts.size(); i += size) {
            out.add(List.copyOf(alerts.subList(i, Math.min(alerts.size(), i + size))));
        }
        return out;
    }
}
