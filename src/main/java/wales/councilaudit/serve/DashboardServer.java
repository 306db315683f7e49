package wales.councilaudit.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import wales.councilaudit.registry.Registry;
import wales.councilaudit.schedule.AuditScheduler;
import wales.councilaudit.store.ResultStore;

/**
 * The dashboard and the JSON API on Javalin: {@link #start} binds and serves until {@link #close}. Reads need
 * nothing; {@code POST /api/councils/{id}/retest} needs the {@link ApiToken}. Every answer carries a
 * Content-Security-Policy that allows the dashboard's own script and styles only. The store and the scheduler are the
 * caller's, opened before and closed after. Thread-safe.
 */
public final class DashboardServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardServer.class);

    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /** Set on a request whose answer a handler wrote, so the error handlers leave it as it is. */
    static final String ANSWERED = "council-audit.answered";

    private final Javalin app;
    private final String host;

    private DashboardServer(Javalin app, String host) {
        this.app = app;
        this.host = host;
    }

    /**
     * Binds to {@code settings.bind()} and {@code settings.port()} and serves.
     *
     * @throws ServeBindException when the address and port cannot be bound
     */
    public static DashboardServer start(
            ServeSettings settings, ResultStore store, Registry registry, AuditScheduler scheduler) {
        Objects.requireNonNull(settings, "settings");
        LiveResults live = new LiveResults(store, registry, settings.resultsDir());
        PageHandlers pages = new PageHandlers(live, scheduler, settings);
        List<Route> routes = routes(new ApiHandlers(live, scheduler, settings.token()), pages);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.maxRequestSize = 64 * 1024L;
            config.jetty.modifyServer(server -> server.setStopTimeout(2000));
        });
        app.before(DashboardServer::securityHeaders);
        for (Route route : routes) {
            app.addHttpHandler(HandlerType.valueOf(route.method()), route.path(), route.handler());
        }
        app.error(404, ctx -> {
            if (ctx.attribute(ANSWERED) == null) { // no route matched: Javalin's own text is replaced
                if (ctx.path().startsWith("/api/")) {
                    ApiHandlers.error(
                            ctx, HttpStatus.NOT_FOUND, "no such resource: " + ctx.method() + " " + ctx.path());
                } else {
                    pages.notFound(ctx, ctx.path().startsWith("/cy/") ? "cy" : "en");
                }
            }
        });
        app.error(405, ctx -> {
            if (ctx.attribute(ANSWERED) == null) {
                ApiHandlers.error(ctx, HttpStatus.METHOD_NOT_ALLOWED, "method not allowed: " + ctx.method());
            }
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            ApiHandlers.error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error: " + e.getMessage());
        });
        try {
            app.start(settings.bind(), settings.port());
        } catch (io.javalin.util.JavalinBindException e) {
            app.stop();
            throw new ServeBindException(
                    "cannot listen on " + settings.bind() + ":" + settings.port() + ": " + e.getMessage(), e);
        }
        return new DashboardServer(app, settings.bind());
    }

    /** Every route, pages and API, in the order registered. */
    static List<Route> routes(ApiHandlers api, PageHandlers pages) {
        List<Route> all = new ArrayList<>(api.routes());
        all.addAll(pages.routes());
        return List.copyOf(all);
    }

    /** The port bound (the one picked, when asked for port 0). */
    public int port() {
        return app.port();
    }

    /** The dashboard's address, for example {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + h + ":" + port() + "/");
    }

    /** Stops serving; requests in flight are given up to two seconds. */
    @Override
    public void close() {
        app.stop();
    }

    /** Headers every answer carries. */
    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }
}
