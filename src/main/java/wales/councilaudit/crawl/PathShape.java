package wales.councilaudit.crawl;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The traps a path shows on its own, without any crawl state: too many segments, a segment repeated too often, a
 * run of segments repeated at once (the mark of a relative link that resolves deeper on every page). Stateless and
 * thread-safe. Segments are compared as written in the normalised URL; empty segments are ignored.
 */
final class PathShape {

    private PathShape() {}

    /**
     * Whether {@code rawPath} crosses a path limit.
     *
     * @param rawPath a URL's raw path ({@code /a/b/}), possibly empty
     * @return the cut, {@link TrapKind#DEEP_PATH} before {@link TrapKind#REPEATED_SEGMENTS}; empty when none applies
     */
    static Optional<TrapCut> check(String rawPath, TrapLimits limits) {
        List<String> segments =
                Arrays.stream(rawPath.split("/")).filter(s -> !s.isEmpty()).toList();
        if (segments.size() > limits.maxPathSegments()) {
            return Optional.of(new TrapCut(
                    TrapKind.DEEP_PATH, segments.size() + " path segments (limit " + limits.maxPathSegments() + ")"));
        }
        return repeatedSegment(segments, limits.maxSegmentOccurrences())
                .or(() -> repeatedRun(segments, limits.repeatedRunLength()));
    }

    private static Optional<TrapCut> repeatedSegment(List<String> segments, int maxOccurrences) {
        Map<String, Integer> counts = new HashMap<>();
        for (String segment : segments) {
            int count = counts.merge(segment, 1, Integer::sum);
            if (count > maxOccurrences) {
                return Optional.of(new TrapCut(
                        TrapKind.REPEATED_SEGMENTS,
                        "segment '" + segment + "' occurs " + count + " times (limit " + maxOccurrences + ")"));
            }
        }
        return Optional.empty();
    }

    /** The first run of at least {@code minLength} segments that is immediately followed by itself. */
    private static Optional<TrapCut> repeatedRun(List<String> segments, int minLength) {
        int n = segments.size();
        for (int length = minLength; 2 * length <= n; length++) {
            for (int start = 0; start + 2 * length <= n; start++) {
                List<String> run = segments.subList(start, start + length);
                if (run.equals(segments.subList(start + length, start + 2 * length))) {
                    return Optional.of(new TrapCut(
                            TrapKind.REPEATED_SEGMENTS,
                            "segments '" + String.join("/", run) + "' repeated at once (runs of " + minLength
                                    + " or more may not repeat)"));
                }
            }
        }
        return Optional.empty();
    }
}
