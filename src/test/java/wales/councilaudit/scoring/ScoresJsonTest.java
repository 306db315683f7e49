package wales.councilaudit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import wales.councilaudit.json.Json;

/** Scores and facts are stored and reported as JSON: they must read back as they were written. */
class ScoresJsonTest {

    private static final ObjectMapper JSON = Json.mapper();
    private static final Scorer ANNEX_B = new Scorer(ScoringRulesLoader.bundled());

    @Test
    void taskScoreReadsBackEqualWithoutDerivedFields() throws JsonProcessingException {
        TaskScore score = ANNEX_B.task(
                "report-missed-bin",
                List.of(
                        QuestionAnswer.essential("online-form", Answer.YES, "a form"),
                        QuestionAnswer.of("a-z", Answer.NOT_APPLICABLE, "no A–Z")));

        String json = JSON.writeValueAsString(score);

        assertThat(JSON.readValue(json, TaskScore.class)).isEqualTo(score);
        assertThat(json).doesNotContain("\"share\"").doesNotContain("\"applicable\" : true");
    }

    @Test
    void componentScoresAndOverallReadBackEqual() throws JsonProcessingException {
        ComponentScore accessibility = ANNEX_B.accessibility(new AccessibilityFacts(
                false, false, Set.of("1.4.3", "1.1.1"), List.of(new PageImpact("https://x.example/", Impact.SERIOUS))));
        Overall overall = ANNEX_B.overall(new Components(10, 3, 3, 0), 4);

        assertThat(JSON.readValue(JSON.writeValueAsString(accessibility), ComponentScore.class))
                .isEqualTo(accessibility);
        assertThat(JSON.readValue(JSON.writeValueAsString(overall), Overall.class))
                .isEqualTo(overall);
    }

    @Test
    void factsReadBackEqual() throws JsonProcessingException {
        MobileFacts mobile = new MobileFacts(true, false, false, 12, 0, 0.05, 0.97, 4, 3);
        ToolsFacts tools =
                new ToolsFacts(List.of(new ContentLookup("council-tax", true, false, true)), true, true, 12, 12, false);
        AccessibilityFacts accessibility = new AccessibilityFacts(true, false, Set.of("2.4.7"), List.of());

        assertThat(JSON.readValue(JSON.writeValueAsString(mobile), MobileFacts.class))
                .isEqualTo(mobile);
        assertThat(JSON.readValue(JSON.writeValueAsString(tools), ToolsFacts.class))
                .isEqualTo(tools);
        assertThat(JSON.readValue(JSON.writeValueAsString(accessibility), AccessibilityFacts.class))
                .isEqualTo(accessibility);
    }
}
