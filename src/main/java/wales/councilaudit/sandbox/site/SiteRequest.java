package wales.councilaudit.sandbox.site;

import java.util.Map;
import java.util.Optional;

/**
 * A request to a simulated host.
 *
 * @param method {@code GET}, {@code POST}, ...
 * @param host the host name from the {@code Host} header, lower case, without port
 * @param path the decoded path
 * @param query the decoded query parameters (the first value of each)
 * @param rawQuery the query string as sent, or an empty string
 * @param headers the request headers, names in lower case
 * @param form the decoded form fields of a POST
 */
public record SiteRequest(
        String method,
        String host,
        String path,
        Map<String, String> query,
        String rawQuery,
        Map<String, String> headers,
        Map<String, String> form) {

    public SiteRequest {
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
        form = Map.copyOf(form);
    }

    public Optional<String> param(String name) {
        return Optional.ofNullable(query.get(name));
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    /** The path with its query, as a page's address is written. */
    public String pathAndQuery() {
        return rawQuery.isEmpty() ? path : path + "?" + rawQuery;
    }

    /** Whether the request carries the cookie {@code name}. */
    public boolean hasCookie(String name) {
        return header("cookie")
                .map(c -> (" " + c.replace(";", " ") + " ").contains(" " + name + "="))
                .orElse(false);
    }
}
