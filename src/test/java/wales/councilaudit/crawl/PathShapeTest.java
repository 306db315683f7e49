package wales.councilaudit.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathShapeTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "KEPT", textBlock = """
            # path                                         | trap (KEPT: not cut)
            ''                                             | KEPT
            /                                              | KEPT
            /cy/gwasanaethau/biniau-ac-ailgylchu/          | KEPT
            /a/b/a/                                        | KEPT
            /news/news/                                    | KEPT
            /events/2026/11/11/                            | KEPT
            /a/b/c/d/e/f/g/h/i/j/k/l/m/n/o                 | KEPT
            /a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p               | DEEP_PATH
            /a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/              | DEEP_PATH
            /a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a             | DEEP_PATH
            /a/b/a/b/a/b/                                  | REPEATED_SEGMENTS
            /a/b/a/c/a/                                    | REPEATED_SEGMENTS
            /cy/cy/cy                                      | REPEATED_SEGMENTS
            /a/b/a/b/                                      | REPEATED_SEGMENTS
            /en/council/en/council/tax                     | REPEATED_SEGMENTS
            /x/en/news/2026/en/news/                       | KEPT
            /x/en/news/en/news/2026/                       | REPEATED_SEGMENTS
            /a/b/c/a/b/c                                   | REPEATED_SEGMENTS
            """)
    void cutsPathsThatAreTooDeepOrRepeat(String path, TrapKind expected) {
        Optional<TrapCut> cut = PathShape.check(path, TrapLimits.DEFAULTS);

        assertThat(cut.map(TrapCut::kind)).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "[{index}] {0} with limits {1}/{2}/{3} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "KEPT", textBlock = """
            # path          | max segments | max occurrences | repeated run length | trap
            /a/b/c          | 2            | 2               | 2                   | DEEP_PATH
            /a/b/c          | 3            | 2               | 2                   | KEPT
            /a/a/a          | 15           | 3               | 2                   | KEPT
            /a/a/a/a        | 15           | 3               | 2                   | REPEATED_SEGMENTS
            /news/news/     | 15           | 2               | 1                   | REPEATED_SEGMENTS
            /a/b/c/a/b/c    | 15           | 2               | 3                   | REPEATED_SEGMENTS
            /a/b/c/a/b/c    | 15           | 2               | 4                   | KEPT
            """)
    void followsItsLimits(String path, int maxSegments, int maxOccurrences, int runLength, TrapKind expected) {
        TrapLimits limits = new TrapLimits(50, 24, 12, maxSegments, maxOccurrences, runLength, 100);

        assertThat(PathShape.check(path, limits).map(TrapCut::kind)).isEqualTo(Optional.ofNullable(expected));
    }
}
