package wales.councilaudit.registry;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** One council as written in the file, before validation; only {@link RegistryLoader} sees it. */
record RegistryEntry(String id, String gss, NameEntry name, HomepageEntry homepage, List<String> hosts) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern GSS = Pattern.compile("[EKNSW]\\d{8}");
    private static final Pattern HOST =
            Pattern.compile("(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?");

    record NameEntry(String en, String cy) {}

    record HomepageEntry(String en, String cy) {}

    Council toCouncil(String source, int line) throws RegistryException {
        String label = id == null ? "council" : "council '" + id + "'";
        require(source, line, label, "id", id);
        if (!SLUG.matcher(id).matches()) {
            throw new RegistryException(
                    source, line, "id '" + id + "' must be a lower-case slug (letters, digits and single hyphens)");
        }
        require(source, line, label, "gss", gss);
        if (!GSS.matcher(gss).matches()) {
            throw new RegistryException(
                    source,
                    line,
                    label + ": gss '" + gss + "' is not a GSS code (a letter and eight digits, e.g. W06000015)");
        }
        require(source, line, label, "name.en", name == null ? null : name.en());
        require(source, line, label, "name.cy", name.cy());
        require(source, line, label, "homepage.en", homepage == null ? null : homepage.en());
        URI en = url(source, line, label, "homepage.en", homepage.en());
        Optional<URI> cy = homepage.cy() == null
                ? Optional.empty()
                : Optional.of(url(source, line, label, "homepage.cy", homepage.cy()));
        List<String> others = new ArrayList<>();
        for (String host : hosts == null ? List.<String>of() : hosts) {
            String h = host == null ? "" : host.trim().toLowerCase(Locale.ROOT);
            if (!HOST.matcher(h).matches()) {
                throw new RegistryException(source, line, label + ": hosts entry '" + host + "' is not a host name");
            }
            others.add(h);
        }
        return new Council(
                id, gss, new Council.Names(name.en().trim(), name.cy().trim()), new Council.Homepages(en, cy), others);
    }

    private static void require(String source, int line, String label, String key, String value)
            throws RegistryException {
        if (value == null || value.isBlank()) {
            throw new RegistryException(source, line, label + ": " + key + " is missing");
        }
    }

    private static URI url(String source, int line, String label, String key, String text) throws RegistryException {
        String problem;
        try {
            URI uri = new URI(text.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                problem = "must be an absolute http or https URL";
            } else if (uri.getHost() == null) {
                problem = "has no valid host name";
            } else if (uri.getUserInfo() != null) {
                problem = "must not contain a user name or password";
            } else {
                return uri.getPath() == null || uri.getPath().isEmpty() ? uri.resolve("/") : uri;
            }
        } catch (URISyntaxException e) {
            problem = "is malformed (" + e.getReason() + " at index " + e.getIndex() + ")";
        }
        throw new RegistryException(source, line, label + ": " + key + " '" + text + "' " + problem);
    }
}
