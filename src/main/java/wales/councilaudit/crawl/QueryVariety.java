package wales.councilaudit.crawl;

import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Counts the distinct query strings seen on each path, to cut a query explosion. It keeps a 64-bit {@link
 * Fingerprint} of each path and of each admitted query, at most {@link TrapLimits#maxQueriesPerPath()} per path and for at most {@link
 * TrapLimits#maxTrackedPatterns()} paths, so its memory is bounded whatever the site. A query's parameters are sorted
 * before it is fingerprinted, so {@code ?a=x&b=y} and {@code ?b=y&a=x} are one query, and numeric values count as
 * one (see {@link #fingerprint}). Not thread-safe: {@link
 * TrapDetector} guards it.
 */
final class QueryVariety {

    private static final Pattern NUMERIC_VALUE = Pattern.compile("^([^=]*)=\\d{1,18}$");

    private final TrapLimits limits;
    private final Map<Long, Fingerprints> byPath = new HashMap<>();

    QueryVariety(TrapLimits limits) {
        this.limits = limits;
    }

    /**
     * Admits {@code url}'s query on its path, or cuts it.
     *
     * @return empty when the URL has no query, its query was admitted before, there is room for one more on its
     *     path, or the path cannot be tracked any more; otherwise a {@link TrapKind#QUERY_EXPLOSION}
     */
    Optional<TrapCut> admit(URI url) {
        String query = url.getRawQuery();
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        String path = url.getRawAuthority() + url.getRawPath();
        long pathKey = Fingerprint.of(path);
        Fingerprints seen = byPath.get(pathKey);
        if (seen == null) {
            if (byPath.size() >= limits.maxTrackedPatterns()) {
                return Optional.empty();
            }
            seen = new Fingerprints();
            byPath.put(pathKey, seen);
        }
        long fingerprint = fingerprint(query);
        if (seen.contains(fingerprint)) {
            return Optional.empty();
        }
        if (seen.size() >= limits.maxQueriesPerPath()) {
            return Optional.of(new TrapCut(
                    TrapKind.QUERY_EXPLOSION,
                    "more than " + limits.maxQueriesPerPath() + " distinct query strings on " + path));
        }
        seen.add(fingerprint);
        return Optional.empty();
    }

    /**
     * The fingerprint of the query's parameters in sorted order, joined by {@code &}, each all-digit value counted
     * as one ({@code ?doc=7} and {@code ?doc=8} are one query). A legacy CMS addresses every page by a numeric id
     * ({@code doc.asp?doc=N&language=1}) and must not look like a trap; an explosion is of combinations (facets,
     * sorts, session ids), which differ in more than a number. A numeric chain with no end (page 1, 2, 3...) is cut
     * by the depth limit instead, as each step is one click deeper.
     */
    static long fingerprint(String rawQuery) {
        String[] parameters = Arrays.stream(rawQuery.split("&"))
                .filter(p -> !p.isEmpty())
                .map(p -> NUMERIC_VALUE.matcher(p).replaceFirst("$1=#"))
                .sorted()
                .toArray(String[]::new);
        return Fingerprint.of(String.join("&", parameters));
    }

    /** A small growable set of fingerprints; a linear search is the fastest at these sizes (tens). */
    private static final class Fingerprints {
        private long[] values = new long[4];
        private int size;

        boolean contains(long value) {
            for (int i = 0; i < size; i++) {
                if (values[i] == value) {
                    return true;
                }
            }
            return false;
        }

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }
    }
}
