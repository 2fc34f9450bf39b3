package dev.newswatch.ingest.fulltext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt (RFC 9309) for one crawler: the group naming the crawler's product token, else
 * the {@code *} group. {@link #allows} applies the longest matching {@code Allow}/{@code Disallow} path (an
 * {@code Allow} wins a tie), with {@code *} and a final {@code $} as in the RFC. Immutable and thread-safe.
 */
public final class RobotsRules {

    /** Everything allowed: no robots.txt (4xx), or an empty one. */
    public static final RobotsRules ALLOW_ALL = new RobotsRules(List.of());
    /** Everything disallowed: robots.txt unreachable (5xx, network failure), as RFC 9309 asks. */
    public static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(new Rule("/", false)));

    private record Rule(String pattern, boolean allow) {
    }

    private final List<Rule> rules;

    private RobotsRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * Parses {@code text} for the crawler called {@code productToken} (such as "newswatch"; matched without
     * regard to case).
     */
    public static RobotsRules parse(String text, String productToken) {
        String token = productToken.toLowerCase(Locale.ROOT);
        List<Rule> mine = new ArrayList<>();
        List<Rule> star = new ArrayList<>();
        boolean mineFound = false;
        List<String> agents = new ArrayList<>();
        boolean inRules = false;
        List<Rule> current = null;
        for (String rawLine : text.split("\r\n|\r|\n")) {
            int hash = rawLine.indexOf('#');
            String line = (hash >= 0 ? rawLine.substring(0, hash) : rawLine).strip();
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (inRules) {
                    agents.clear();
                    inRules = false;
                }
                agents.add(value.toLowerCase(Locale.ROOT));
                current = null;
            } else if (key.equals("allow") || key.equals("disallow")) {
                if (!inRules) {
                    inRules = true;
                    boolean forMe = agents.stream().anyMatch(a -> token.equals(a.split("/")[0].strip()));
                    if (forMe) {
                        mineFound = true;
                        current = mine;
                    } else {
                        current = agents.contains("*") ? star : null;
                    }
                }
                if (current != null && !value.isEmpty()) {
                    current.add(new Rule(value, key.equals("allow")));
                }
            }
        }
        return new RobotsRules(mineFound ? mine : star);
    }

    /** True when {@code pathAndQuery} (such as "/news/a?id=1") may be fetched. */
    public boolean allows(String pathAndQuery) {
        String path = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        Rule best = null;
        for (Rule rule : rules) {
            if (matches(rule.pattern(), path) && (best == null || rule.pattern().length() > best.pattern().length()
                    || (rule.pattern().length() == best.pattern().length() && rule.allow()))) {
                best = rule;
            }
        }
        return best == null || best.allow();
    }

    private static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String body = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        return matchFrom(body, 0, path, 0, anchored);
    }

    private static boolean matchFrom(String pattern, int p, String path, int s, boolean anchored) {
        while (p < pattern.length()) {
            char c = pattern.charAt(p);
            if (c == '*') {
                for (int next = s; next <= path.length(); next++) {
                    if (matchFrom(pattern, p + 1, path, next, anchored)) {
                        return true;
                    }
                }
                return false;
            }
            if (s >= path.length() || path.charAt(s) != c) {
                return false;
            }
            p++;
            s++;
        }
        return !anchored || s == path.length();
    }
}
