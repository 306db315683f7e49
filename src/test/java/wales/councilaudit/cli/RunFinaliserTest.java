package wales.councilaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wales.councilaudit.json.Json;
import wales.councilaudit.registry.Council;
import wales.councilaudit.report.CouncilDetail;
import wales.councilaudit.report.CouncilSummary;
import wales.councilaudit.report.ReportFixtures;
import wales.councilaudit.report.RunSummary;
import wales.councilaudit.report.SummaryJson;
import wales.councilaudit.scoring.ScoringRulesLoader;
import wales.councilaudit.store.CouncilResultRow;
import wales.councilaudit.store.ResultStore;
import wales.councilaudit.store.RunRecord;
import wales.councilaudit.store.RunStatus;
import wales.councilaudit.store.StoreConfig;

class RunFinaliserTest {

    private static final Instant START = Instant.parse("2026-10-01T01:00:00Z");
    private static final String RUN = "20261001-010000-benchmark";

    @TempDir
    Path tmp;

    private final RunSummary fixture = ReportFixtures.run(RUN, START);
    private final Map<String, CouncilDetail> details = ReportFixtures.details(fixture);
    private final List<Council> councils = ReportFixtures.REGISTRY.councils();
    private final Clock clock = Clock.fixed(START.plusSeconds(3600), ZoneOffset.UTC);

    @Test
    void writesWhatIsSavedSoFarAndCompletesTheRunWithTheLastCouncil() throws Exception {
        Path folder = tmp.resolve(RUN);
        try (ResultStore store = ResultStore.open(StoreConfig.embedded(tmp))) {
            store.startRun(new RunRecord(RUN, "benchmark", START, Optional.empty(), RunStatus.RUNNING, "test"));
            for (int i = 0; i < councils.size() - 1; i++) {
                save(store, fixture.councils().get(i));
            }

            RunFinaliser.Finalised partial = finalise(store, folder);

            assertThat(partial.complete()).isFalse();
            assertThat(partial.passes()).isEqualTo(1);
            assertThat(partial.summary().councils()).hasSize(councils.size() - 1);
            assertThat(SummaryJson.readSummary(folder.resolve("summary.json")).councils())
                    .hasSize(councils.size() - 1);
            assertThat(store.run(RUN).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
            assertThat(folder.resolve("report")).doesNotExist();

            save(store, fixture.councils().get(councils.size() - 1));
            RunFinaliser.Finalised done = finalise(store, folder);

            assertThat(done.complete()).isTrue();
            RunSummary written = SummaryJson.readSummary(folder.resolve("summary.json"));
            assertThat(written.councils()).isEqualTo(fixture.councils());
            assertThat(written.councils().stream().map(CouncilSummary::id))
                    .containsExactlyElementsOf(
                            councils.stream().map(Council::id).toList());
            assertThat(SummaryJson.detailFile(folder, councils.get(0).id())).isRegularFile();
            assertThat(folder.resolve("report").resolve("index.html")).isRegularFile();
            assertThat(store.run(RUN).orElseThrow().status()).isEqualTo(RunStatus.COMPLETED);
        }
    }

    @Test
    void writesAgainWhenACouncilIsSavedWhileItWrites() throws Exception {
        Path folder = tmp.resolve(RUN);
        try (ResultStore store = ResultStore.open(StoreConfig.embedded(tmp))) {
            store.startRun(new RunRecord(RUN, "benchmark", START, Optional.empty(), RunStatus.RUNNING, "test"));
            for (int i = 0; i < councils.size() - 1; i++) {
                save(store, fixture.councils().get(i));
            }
            CouncilSummary last = fixture.councils().get(councils.size() - 1);
            // Another node saves the last council while this one writes its first pass: the clock is read once
            // per pass, after the rows, so the save lands between the read and the check.
            Clock racing = new Clock() {
                private boolean saved;

                @Override
                public ZoneOffset getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    if (!saved) {
                        saved = true;
                        save(store, last);
                    }
                    return clock.instant();
                }
            };

            RunFinaliser.Finalised done = RunFinaliser.finalise(
                    store, RUN, councils, folder, ScoringRulesLoader.bundled(), Optional.empty(), racing);

            assertThat(done.passes()).isEqualTo(2);
            assertThat(done.complete()).isTrue();
            assertThat(SummaryJson.readSummary(folder.resolve("summary.json")).councils())
                    .hasSize(councils.size());
            assertThat(store.run(RUN).orElseThrow().status()).isEqualTo(RunStatus.COMPLETED);
        }
    }

    private RunFinaliser.Finalised finalise(ResultStore store, Path folder) throws Exception {
        return RunFinaliser.finalise(
                store, RUN, councils, folder, ScoringRulesLoader.bundled(), Optional.empty(), clock);
    }

    private void save(ResultStore store, CouncilSummary summary) {
        try {
            store.saveCouncilResult(new CouncilResultRow(
                    RUN,
                    summary.id(),
                    summary.status().name(),
                    START,
                    Json.mapper().writeValueAsString(summary),
                    SummaryJson.detailText(details.get(summary.id()))));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
