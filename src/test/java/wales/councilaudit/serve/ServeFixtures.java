package wales.councilaudit.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Map;
import java.util.Optional;
import wales.councilaudit.json.Json;
import wales.councilaudit.report.CouncilDetail;
import wales.councilaudit.report.CouncilSummary;
import wales.councilaudit.report.RunSummary;
import wales.councilaudit.report.SummaryJson;
import wales.councilaudit.store.CouncilResultRow;
import wales.councilaudit.store.ResultStore;
import wales.councilaudit.store.RunRecord;
import wales.councilaudit.store.RunStatus;

/** Writes report fixtures' runs into a store, as the audit would have saved them. */
final class ServeFixtures {

    private ServeFixtures() {}

    static void save(ResultStore store, String kind, RunSummary run, Map<String, CouncilDetail> details) {
        RunSummary.RunInfo info = run.run();
        store.startRun(new RunRecord(info.id(), kind, info.start(), Optional.empty(), RunStatus.RUNNING, "test"));
        for (CouncilSummary c : run.councils()) {
            CouncilDetail detail = details.getOrDefault(c.id(), CouncilDetail.empty(c.id(), Optional.empty()));
            store.saveCouncilResult(new CouncilResultRow(
                    info.id(),
                    c.id(),
                    c.status().name(),
                    info.start().plusSeconds(60),
                    json(c),
                    SummaryJson.detailText(detail)));
        }
        store.finishRun(info.id(), RunStatus.COMPLETED, info.end().orElse(info.start()));
    }

    static String json(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
