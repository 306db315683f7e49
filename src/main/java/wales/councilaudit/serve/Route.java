package wales.councilaudit.serve;

import io.javalin.http.Handler;
import java.util.Objects;

/**
 * One route of the dashboard: its method, its path in Javalin's (and OpenAPI's) {@code {param}} syntax, and its
 * handler. The server registers exactly the routes listed, so the list is what the OpenAPI file is checked against.
 */
record Route(String method, String path, Handler handler) {

    Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(handler, "handler");
    }

    boolean api() {
        return path.startsWith("/api/");
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
