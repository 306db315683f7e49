package wales.councilaudit.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import wales.councilaudit.report.CouncilSummary;
import wales.councilaudit.report.SummaryJson;
import wales.councilaudit.schedule.AuditScheduler;
import wales.councilaudit.schedule.RetestOutcome;

/**
 * The JSON API's handlers. Answers are the product's JSON dialect (absent values left out); errors are {@code
 * {"error": "..."}} with the status saying which kind. Thread-safe.
 */
final class ApiHandlers {

    /** Run ids as the store accepts them; anything else cannot be a run. */
    static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");

    static final int MAX_REASON = 500;
    private static final int MAX_BODY = 4096;

    private final LiveResults live;
    private final AuditScheduler scheduler;
    private final Optional<ApiToken> token;

    ApiHandlers(LiveResults live, AuditScheduler scheduler, Optional<ApiToken> token) {
        this.live = live;
        this.scheduler = scheduler;
        this.token = token;
    }

    List<Route> routes() {
        return List.of(
                new Route("GET", "/api/openapi.yaml", this::openApi),
                new Route("GET", "/api/councils", this::councils),
                new Route("GET", "/api/councils/{id}/latest", this::latest),
                new Route("GET", "/api/councils/{id}/diff", this::diff),
                new Route("POST", "/api/councils/{id}/retest", this::retest),
                new Route("GET", "/api/runs", this::runs),
                new Route("GET", "/api/runs/{id}", this::run));
    }

    /** One council in the list: the registry's facts and its latest result. */
    record CouncilListing(
            String id,
            String gss,
            String name,
            String nameCy,
            Optional<String> latestRun,
            Optional<String> status,
            Optional<Integer> stars,
            Optional<Integer> previousStars,
            String trend) {}

    /** A re-test request's answer. */
    record RetestAnswer(String outcome, String runId, String council, String state, String kind) {}

    /** A council's latest stored result. */
    record Latest(String council, String runId, String runKind, java.time.Instant finished, CouncilSummary summary) {}

    void openApi(Context ctx) {
        ctx.contentType("application/yaml; charset=utf-8").result(openApiText());
    }

    static String openApiText() {
        try (InputStream in =
                Objects.requireNonNull(ApiHandlers.class.getResourceAsStream("openapi.yaml"), "openapi.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled openapi.yaml", e);
        }
    }

    void councils(Context ctx) {
        List<CouncilListing> list = new ArrayList<>();
        for (CouncilState c : live.councils()) {
            Optional<CouncilSummary> latest = c.latest().map(StoredResult::summary);
            Optional<Integer> previous = c.previousScored().flatMap(CouncilSummary::overall);
            list.add(new CouncilListing(
                    c.council().id(),
                    c.council().gss(),
                    c.council().name().en(),
                    c.council().name().cy(),
                    c.latest().map(StoredResult::runId),
                    latest.map(s -> s.status().name()),
                    latest.flatMap(CouncilSummary::overall),
                    previous,
                    c.row(0).map(r -> r.trend()).orElse("new")));
        }
        json(ctx, HttpStatus.OK, list);
    }

    void latest(Context ctx) {
        Optional<CouncilState> council = council(ctx);
        if (council.isEmpty()) {
            return;
        }
        Optional<StoredResult> latest = council.get().latest();
        if (latest.isEmpty()) {
            error(
                    ctx,
                    HttpStatus.NOT_FOUND,
                    "council " + council.get().council().id() + " has no result yet");
            return;
        }
        StoredResult r = latest.get();
        json(ctx, HttpStatus.OK, new Latest(r.summary().id(), r.runId(), r.runKind(), r.finished(), r.summary()));
    }

    void diff(Context ctx) {
        Optional<CouncilState> council = council(ctx);
        if (council.isEmpty()) {
            return;
        }
        council.get()
                .diff()
                .ifPresentOrElse(
                        d -> json(ctx, HttpStatus.OK, d),
                        () -> error(
                                ctx,
                                HttpStatus.NOT_FOUND,
                                "council " + council.get().council().id() + " has fewer than two results to compare"));
    }

    void retest(Context ctx) {
        if (token.isEmpty()) {
            error(
                    ctx,
                    HttpStatus.FORBIDDEN,
                    "re-tests are turned off: no token is configured. Start serve with the "
                            + "environment variable COUNCIL_AUDIT_TOKEN or --token-file FILE to allow them");
            return;
        }
        if (!token.get().accepts(Optional.ofNullable(ctx.header("Authorization")))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"council-audit\"");
            error(ctx, HttpStatus.UNAUTHORIZED, "this needs the token, as the header Authorization: Bearer TOKEN");
            return;
        }
        Optional<CouncilState> council = council(ctx);
        if (council.isEmpty()) {
            return;
        }
        Optional<String> reason;
        try {
            reason = reason(ctx.body());
        } catch (IllegalArgumentException e) {
            error(ctx, HttpStatus.BAD_REQUEST, e.getMessage());
            return;
        }
        RetestOutcome outcome = scheduler.retest(council.get().council().id(), reason);
        ctx.header("Location", "/api/runs/" + outcome.runId());
        json(
                ctx,
                HttpStatus.ACCEPTED,
                new RetestAnswer(
                        outcome.joined() ? "joined" : "queued",
                        outcome.runId(),
                        outcome.councilId(),
                        outcome.state().name().toLowerCase(java.util.Locale.ROOT),
                        outcome.joinedKind().label()));
    }

    /** The optional body {@code {"reason": "..."}}: nothing else, a string of at most 500 characters. */
    static Optional<String> reason(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        if (body.length() > MAX_BODY) {
            throw new IllegalArgumentException("the body is at most " + MAX_BODY + " characters");
        }
        JsonNode tree;
        try {
            tree = SummaryJson.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the body is not JSON: " + e.getOriginalMessage());
        }
        if (tree == null || !tree.isObject()) {
            throw new IllegalArgumentException("the body must be a JSON object, {\"reason\": \"...\"}");
        }
        List<String> unknown = new ArrayList<>();
        tree.fieldNames().forEachRemaining(n -> {
            if (!n.equals("reason")) {
                unknown.add(n);
            }
        });
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown field(s) " + unknown + "; the body may only hold \"reason\"");
        }
        JsonNode reason = tree.get("reason");
        if (reason == null || reason.isNull()) {
            return Optional.empty();
        }
        if (!reason.isTextual()) {
            throw new IllegalArgumentException("\"reason\" must be a string");
        }
        String text = reason.asText().strip();
        if (text.length() > MAX_REASON) {
            throw new IllegalArgumentException(
                    "\"reason\" is at most " + MAX_REASON + " characters, got " + text.length());
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    void runs(Context ctx) {
        json(ctx, HttpStatus.OK, live.runs());
    }

    void run(Context ctx) {
        String id = ctx.pathParam("id");
        Optional<RunProgress> run = RUN_ID.matcher(id).matches() ? live.run(id, scheduler.status()) : Optional.empty();
        run.ifPresentOrElse(r -> json(ctx, HttpStatus.OK, r), () -> error(ctx, HttpStatus.NOT_FOUND, "no run " + id));
    }

    private Optional<CouncilState> council(Context ctx) {
        String id = ctx.pathParam("id");
        Optional<CouncilState> council = live.council(id);
        if (council.isEmpty()) {
            error(ctx, HttpStatus.NOT_FOUND, "no council with id " + id);
        }
        return council;
    }

    static void json(Context ctx, HttpStatus status, Object body) {
        try {
            ctx.attribute(DashboardServer.ANSWERED, true);
            ctx.status(status)
                    .contentType("application/json; charset=utf-8")
                    .result(SummaryJson.mapper().writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an API answer could not be written as JSON", e);
        }
    }

    static void error(Context ctx, HttpStatus status, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", message);
        json(ctx, status, body);
    }
}
