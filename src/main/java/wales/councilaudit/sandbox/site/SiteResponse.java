package wales.councilaudit.sandbox.site;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a simulated host answers.
 *
 * @param status the HTTP status
 * @param headers response headers (Content-Type included)
 * @param body the bytes sent
 */
public record SiteResponse(int status, Map<String, String> headers, byte[] body) {

    public SiteResponse {
        headers = Map.copyOf(headers);
    }

    public static SiteResponse html(int status, String html) {
        return of(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    public static SiteResponse html(int status, String html, Charset charset) {
        return of(
                status,
                "text/html; charset=" + charset.name().toLowerCase(java.util.Locale.ROOT),
                html.getBytes(charset));
    }

    public static SiteResponse text(int status, String contentType, String text) {
        return of(status, contentType + "; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    public static SiteResponse of(int status, String contentType, byte[] body) {
        return new SiteResponse(status, Map.of("Content-Type", contentType), body);
    }

    public static SiteResponse redirect(int status, String location) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Location", location);
        headers.put("Content-Type", "text/plain; charset=utf-8");
        return new SiteResponse(status, headers, ("Moved to " + location).getBytes(StandardCharsets.UTF_8));
    }

    public static SiteResponse notFound() {
        return html(
                404,
                "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Page not found</title>"
                        + "</head><body><main><h1>Page not found</h1><p>Sorry, we cannot find that page.</p></main></body></html>");
    }

    public SiteResponse withHeader(String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put(name, value);
        return new SiteResponse(status, all, body);
    }
}
