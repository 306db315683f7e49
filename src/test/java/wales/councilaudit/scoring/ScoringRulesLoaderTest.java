package wales.councilaudit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringRulesLoaderTest {

    private static final String BUNDLED = "wales/councilaudit/scoring/annex-b.yaml";

    /** A fixture under {@code src/test/resources/scoring/}, as a file path like the one a user would pass. */
    static Path fixture(String name) {
        URL url = ScoringRulesLoaderTest.class.getResource("/scoring/" + name);
        assertThat(url).as("fixture %s", name).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void bundledProfileHoldsTheBriefsOverallTable() {
        ScoringRules rules = ScoringRulesLoader.bundled();

        assertThat(rules.profile()).isEqualTo("annex-b").isEqualTo(ScoringRulesLoader.DEFAULT_PROFILE);
        assertThat(rules.label()).contains("automated approximation of the Better Connected method");
        OverallRules overall = rules.overall();
        assertThat(overall.baseTasks()).isEqualTo(4);
        assertThat(overall.bands())
                .containsExactly(
                        new Band(4, 12, 3, 3, 2), //
                        new Band(3, 9, 2, 2, 0),
                        new Band(2, 6, 1, 1, 0));
        assertThat(overall.otherwise()).isEqualTo(1);
        assertThat(overall.mobileZeroDrop()).isEqualTo(1);
        assertThat(overall.accessibilityZeroDrop()).isEqualTo(1);
    }

    @Test
    void bundledProfileHoldsTheBriefsComponentNumbers() {
        ScoringRules rules = ScoringRulesLoader.bundled();

        assertThat(rules.tasks())
                .isEqualTo(
                        new TaskRules(new ShareBands(List.of(new ShareBand(4, 0.9), new ShareBand(3, 0.7)), 2), 1, 1));
        assertThat(rules.tools().stars().otherwise()).as("tools run from 1").isEqualTo(1);
        assertThat(rules.tools().minSearchBoxShare())
                .as("a search box on every page")
                .isEqualTo(1.0);
        assertThat(rules.mobile().maxOverflowShare())
                .as("no horizontal overflow")
                .isEqualTo(0.0);
        assertThat(rules.mobile().stars().otherwise())
                .as("0 is only 'not adapted'")
                .isEqualTo(1);
        assertThat(rules.accessibility().zeroFromDistinctCriteria()).isEqualTo(7);
        assertThat(rules.accessibility().impactCaps()).isEqualTo(Map.of(Impact.CRITICAL, 1, Impact.SERIOUS, 2));
    }

    @Test
    void bundledProfileCanBeNamed() throws RulesException {
        assertThat(ScoringRulesLoader.bundled("annex-b")).isEqualTo(ScoringRulesLoader.bundled());
    }

    @ParameterizedTest
    @CsvSource({"annex-c", "../registry/wales-councils", "Annex-B", "''"})
    void unknownBundledProfileIsRefused(String profile) {
        assertThatThrownBy(() -> ScoringRulesLoader.bundled(profile))
                .isInstanceOf(RulesException.class)
                .hasMessageContaining("no bundled scoring profile of that name");
    }

    @Test
    void aCopyOfTheBundledFileLoadsByPathToTheSameRules(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("my-rules.yaml");
        try (InputStream in = ScoringRulesLoader.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            Files.copy(in, copy);
        }

        assertThat(ScoringRulesLoader.load(copy)).isEqualTo(ScoringRulesLoader.bundled());
    }

    @Test
    void loadsAnotherRulesFileByPath() throws RulesException {
        Path file = fixture("valid-custom.yaml");

        ScoringRules rules = ScoringRulesLoader.load(file);

        assertThat(rules.profile()).isEqualTo("lenient-mobile");
        assertThat(rules.overall().bands()).extracting(Band::mobile).containsOnly(0);
        assertThat(rules.tasks().noneApplicable()).isEqualTo(2);
        assertThat(rules.tools().minSearchBoxShare()).isEqualTo(0.95);
        assertThat(rules.mobile().stars().bands()).containsExactly(new ShareBand(4, 1.0), new ShareBand(2, 0.5));
        assertThat(rules.mobile().minJourneyShare()).isEqualTo(1.0);
        assertThat(rules.accessibility().impactCaps()).isEqualTo(Map.of(Impact.MODERATE, 2, Impact.CRITICAL, 0));
    }

    @ParameterizedTest(name = "{0}: line {1}, {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            unknown-top-level-key.yaml      |  4 | unknown key 'version' (known: accessibility, label, mobile, overall, profile, tasks, tools)
            unknown-band-key.yaml           |  8 | unknown key 'tool' in overall.bands[2] (known: accessibility, mobile, stars, tasks, tools)
            unknown-demotion.yaml           | 14 | unknown key 'tools-zero' in overall.demotions (known: accessibility-zero, mobile-zero)
            missing-section.yaml            |  2 | missing key 'tools'
            missing-key.yaml                | 14 | missing key 'none-applicable' in tasks
            missing-band-key.yaml           |  9 | missing key 'mobile' in overall.bands[3]
            not-a-number.yaml               |  7 | overall.bands[1].tasks: expected a whole number from 0 to 16, got 'twelve'
            fraction-for-whole-number.yaml  |  5 | overall.base-tasks: expected a whole number from 1 to 100, got '4.5'
            quoted-number.yaml              | 38 | got '5' as text (write numbers without quotes)
            out-of-range.yaml               |  8 | overall.bands[2].mobile: expected a whole number from 0 to 4, got '5'
            task-minimum-above-maximum.yaml |  7 | overall.bands[1].tasks: expected a whole number from 0 to 16, got '17'
            share-above-one.yaml            | 17 | tasks.bands[2].min-share: expected a share from 0 to 1 (like 0.9), got '1.5'
            share-as-percent.yaml           | 27 | tools.min-search-box-share: expected a share from 0 to 1 (like 0.9), got '95%'
            empty-value.yaml                | 34 | mobile.max-small-target-share: expected a share from 0 to 1 (like 0.9), got nothing
            bands-out-of-order.yaml         |  4 | overall: bands must be listed highest first (band 3 follows band 2)
            minimum-rises.yaml              |  4 | overall: band 3: tasks minimum 13 is above band 4's (12)
            otherwise-not-below.yaml        |  4 | overall: otherwise must be at least 1 and below the last band's stars, not 2
            share-bands-out-of-order.yaml   | 14 | tasks: bands must be listed highest first, stars and min-share both falling
            share-otherwise-too-high.yaml   | 14 | tasks: otherwise (3) must be below the last band's stars (3)
            unknown-impact.yaml             | 40 | accessibility.impact-caps.severe: not an axe impact (known: critical, minor, moderate, serious)
            impact-caps-inverted.yaml       | 37 | accessibility: impact-caps.critical (2) is above the cap of a less severe impact (1)
            bands-not-a-list.yaml           | 22 | 'tools.bands' must be a list of mappings
            section-not-a-mapping.yaml      | 28 | 'mobile' must be a mapping
            duplicate-key.yaml              | 35 | duplicate key 'max-small-target-share' (first at line 34)
            blank-profile.yaml              |  2 | profile: expected text, got '  '
            broken-yaml.yaml                | 17 | not valid YAML: while parsing a flow mapping; expected ',' or '}', but got {
            two-documents.yaml              | 43 | more than one YAML document
            not-a-mapping.yaml              |  2 | expected a mapping of rules (profile, overall, ...)
            empty-file.yaml                 |  1 | the file is empty
            """)
    void rejectsABadRulesFileNamingFileAndLine(String name, int line, String problem) {
        Path file = fixture(name);

        assertThatThrownBy(() -> ScoringRulesLoader.load(file)).isInstanceOfSatisfying(RulesException.class, e -> {
            assertThat(e.source()).isEqualTo(file.toString());
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.problem()).contains(problem);
            assertThat(e.getMessage())
                    .isEqualTo(file + ":" + line + ": " + e.problem())
                    .doesNotContain("\n");
        });
    }

    @Test
    void missingFileIsReportedWithoutALine(@TempDir Path dir) {
        Path file = dir.resolve("no-such-rules.yaml");

        assertThatThrownBy(() -> ScoringRulesLoader.load(file))
                .isInstanceOf(RulesException.class)
                .hasMessage(file + ": no such file");
    }

    @Test
    void parseNamesTheGivenSourceInMessages() {
        byte[] yaml = "profile: x\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ScoringRulesLoader.parse(new ByteArrayInputStream(yaml), "pasted text"))
                .isInstanceOf(RulesException.class)
                .hasMessage("pasted text:1: missing key 'label'");
    }
}
