package wales.councilaudit.serve;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How the dashboard serves. Immutable.
 *
 * @param bind the address to listen on; {@code 127.0.0.1} unless the operator says otherwise
 * @param port the port, 0 for any free one
 * @param token what requests that start work must carry; empty: such requests are refused (403)
 * @param resultsDir the results folder, where runs' screenshots are read from
 * @param toolVersion council-audit's version, for the pages' footer
 */
public record ServeSettings(String bind, int port, Optional<ApiToken> token, Path resultsDir, String toolVersion) {

    public static final String DEFAULT_BIND = "127.0.0.1";

    public ServeSettings {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(resultsDir, "resultsDir");
        Objects.requireNonNull(toolVersion, "toolVersion");
        if (bind.isBlank()) {
            throw new IllegalArgumentException("the address to bind to is empty");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
    }
}
