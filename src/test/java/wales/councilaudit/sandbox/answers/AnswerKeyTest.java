package wales.councilaudit.sandbox.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import wales.councilaudit.domains.DomainStatus;
import wales.councilaudit.json.Json;
import wales.councilaudit.registry.RegistryLoader;
import wales.councilaudit.sandbox.profile.CouncilProfile;
import wales.councilaudit.scoring.Overall;

/** The answer key of the 22 bundled profiles, and the spread the sandbox must have (issue: point 4). */
class AnswerKeyTest {

    private static AnswerKey key;
    private static String summary;

    @BeforeAll
    static void build() {
        key = AnswerKey.of(RegistryLoader.bundled());
        summary = key.councils().stream()
                .map(c -> c.council() + "="
                        + c.overall()
                                .map(o -> o.stars() + "(" + o.beforeDemotion() + ")")
                                .orElse(c.status())
                        + c.components().map(Object::toString).orElse(""))
                .collect(Collectors.joining("\n"));
    }

    private static List<Overall> overalls() {
        return key.councils().stream().flatMap(c -> c.overall().stream()).toList();
    }

    @Test
    void coversAllTwentyTwoCouncilsEveryQuestionAndComponent() {
        assertThat(key.schema()).isEqualTo(AnswerKey.SCHEMA);
        assertThat(key.councils()).hasSize(22);
        for (AnswerKey.CouncilAnswer council : key.councils()) {
            if (council.status().equals("AUDITED")) {
                assertThat(council.tasks()).get().satisfies(tasks -> {
                    assertThat(tasks).extracting(t -> t.taskId()).containsExactlyElementsOf(CouncilProfile.TASKS);
                    tasks.forEach(t -> assertThat(t.answers()).hasSize(9));
                });
                assertThat(council.tools()).isPresent();
                assertThat(council.mobile()).isPresent();
                assertThat(council.accessibility()).isPresent();
                assertThat(council.overall()).isPresent();
            } else {
                assertThat(council.overall()).as(council.council()).isEmpty();
            }
        }
    }

    @Test
    void everyStarLevelAppearsAndMostCouncilsHaveTwoOrThree() {
        Map<Integer, Long> byStars = new TreeMap<>(
                overalls().stream().collect(Collectors.groupingBy(Overall::stars, Collectors.counting())));
        assertThat(byStars.keySet()).as(summary).containsExactly(1, 2, 3, 4);
        long twoOrThree = byStars.get(2) + byStars.get(3);
        assertThat(twoOrThree).as(summary).isGreaterThan(overalls().size() / 2);
    }

    @Test
    void everyDemotionRuleApplies() {
        List<AnswerKey.CouncilAnswer> audited =
                key.councils().stream().filter(c -> c.overall().isPresent()).toList();
        assertThat(audited).as(summary).anySatisfy(c -> {
            assertThat(c.components().orElseThrow().accessibility()).isZero();
            assertThat(c.overall().orElseThrow().stars())
                    .isLessThan(c.overall().orElseThrow().beforeDemotion());
        });
        // Under annex-b every band above one star needs mobile >= 1, so a mobile score of 0 is already one star:
        // the rule applies ("unless one star already") without changing the result. It must still be exercised.
        assertThat(audited).as(summary).anySatisfy(c -> {
            assertThat(c.components().orElseThrow().mobile()).isZero();
            assertThat(c.overall().orElseThrow().why())
                    .anySatisfy(w -> assertThat(w).containsIgnoringCase("mobile"));
        });
    }

    @Test
    void everyDomainStatusAppears() {
        Set<DomainStatus> statuses = EnumSet.noneOf(DomainStatus.class);
        key.councils().forEach(c -> statuses.add(c.domain()));
        assertThat(statuses).containsExactlyInAnyOrder(DomainStatus.values());
    }

    @Test
    void writesAsJsonAndIsStable() throws Exception {
        String once = Json.mapper().writeValueAsString(key);
        assertThat(Json.mapper().writeValueAsString(AnswerKey.of(RegistryLoader.bundled())))
                .isEqualTo(once);
        assertThat(once)
                .contains("\"schema\" : \"council-audit/sandbox-answers/v1\"")
                .contains("\"overall\"");
    }
}
