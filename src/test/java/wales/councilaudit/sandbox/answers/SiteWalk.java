package wales.councilaudit.sandbox.answers;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import wales.councilaudit.sandbox.answers.CrawlAnswer.Address;
import wales.councilaudit.sandbox.site.Lang;
import wales.councilaudit.sandbox.site.SimulatedSite;
import wales.councilaudit.sandbox.site.SiteRequest;
import wales.councilaudit.sandbox.site.SiteResponse;

/**
 * A small breadth-first crawl of one simulated site, in process (no server, no host gate), independent of the
 * answer key: from the English home page it follows every {@code a}, {@code area} and {@code link href} on the
 * site's hosts (what the crawler's {@code PageLinks} reads), obeys the robots
 * disallow list, fetches the events calendar's first page but no month, and follows redirects on the site's
 * hosts. It records every answer and who links to what, so a test can compare them with the answer key.
 */
final class SiteWalk {

    static final int PORT = 8088;
    private static final int MAX_FETCHES = 5000;

    /**
     * One answer.
     *
     * @param location where a redirect leads, resolved
     * @param document the parsed page, for HTML answering 200
     */
    record Fetched(
            Address address,
            int status,
            String contentType,
            Optional<Address> location,
            Optional<Document> document,
            byte[] body) {}

    private final SimulatedSite site;
    private final Set<String> hosts;
    private final List<String> disallow;
    private final Map<Address, Fetched> fetched = new LinkedHashMap<>();
    private final Map<Address, Set<Address>> linkedFrom = new LinkedHashMap<>();
    private final Deque<Address> queue = new ArrayDeque<>();

    private SiteWalk(SimulatedSite site, List<String> disallow) {
        this.site = site;
        this.hosts = new LinkedHashSet<>(
                List.of(site.context().host(Lang.EN), site.context().host(Lang.CY)));
        this.disallow = disallow;
    }

    static SiteWalk of(SimulatedSite site, List<String> disallow) {
        SiteWalk walk = new SiteWalk(site, disallow);
        walk.run();
        return walk;
    }

    Map<Address, Fetched> fetched() {
        return fetched;
    }

    /** Who links to an address (pages and calendar months fetched, by {@code a href}). */
    Set<Address> linkedFrom(Address target) {
        return linkedFrom.getOrDefault(target, Set.of());
    }

    /** Every address linked to, fetched or not (calendar months and disallowed addresses are not). */
    Set<Address> linked() {
        return linkedFrom.keySet();
    }

    private void run() {
        Address home = new Address(
                site.context().host(Lang.EN),
                site.context().address(site.context().plan().home(), Lang.EN));
        queue.add(home);
        Set<Address> queued = new LinkedHashSet<>(queue);
        while (!queue.isEmpty()) {
            if (fetched.size() >= MAX_FETCHES) {
                throw new IllegalStateException("more than " + MAX_FETCHES + " fetches: a trap was not cut");
            }
            Address address = queue.poll();
            Fetched answer = fetch(address);
            fetched.put(address, answer);
            answer.location().filter(queued::add).ifPresent(queue::add);
            answer.document().ifPresent(doc -> {
                for (Element a : doc.select("a[href], area[href], link[href]")) {
                    local(a.absUrl("href")).ifPresent(target -> {
                        linkedFrom
                                .computeIfAbsent(target, t -> new LinkedHashSet<>())
                                .add(address);
                        if (follow(target) && queued.add(target)) {
                            queue.add(target);
                        }
                    });
                }
            });
        }
    }

    private boolean follow(Address target) {
        String path = target.path();
        if (path.startsWith("/events?")) {
            return false; // a calendar month: the trap is cut at its first page
        }
        return disallow.stream().noneMatch(path::startsWith);
    }

    /** An absolute URL on one of the site's hosts as an address, without its fragment. */
    private Optional<Address> local(String url) {
        if (url.isEmpty()) {
            return Optional.empty();
        }
        URI uri = URI.create(url);
        if (!"http".equals(uri.getScheme())
                || uri.getHost() == null
                || !hosts.contains(uri.getHost())
                || uri.getPort() != PORT) {
            return Optional.empty();
        }
        String path = uri.getPath().isEmpty() ? "/" : uri.getPath();
        return Optional.of(
                new Address(uri.getHost(), uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery()));
    }

    private Fetched fetch(Address address) {
        SiteResponse response = site.respond(request(address));
        String type = response.headers().getOrDefault("Content-Type", "");
        Optional<Address> location = Optional.ofNullable(response.headers().get("Location"))
                .flatMap(l -> local(base(address).resolve(l).toString()));
        Optional<Document> document = Optional.empty();
        if (response.status() == 200 && type.startsWith("text/html")) {
            String html = new String(response.body(), charset(type));
            document = Optional.of(Jsoup.parse(html, base(address).toString()));
        }
        return new Fetched(address, response.status(), type, location, document, response.body());
    }

    static Charset charset(String contentType) {
        int at = contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
        return at < 0 ? StandardCharsets.UTF_8 : Charset.forName(contentType.substring(at + "charset=".length()));
    }

    private static URI base(Address address) {
        return URI.create("http://" + address.host() + ":" + PORT + address.path());
    }

    private static SiteRequest request(Address address) {
        String pathAndQuery = address.path();
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        String raw = q < 0 ? "" : pathAndQuery.substring(q + 1);
        Map<String, String> query = new HashMap<>();
        for (String pair : raw.split("&")) {
            if (!pair.isEmpty()) {
                String[] kv = pair.split("=", 2);
                query.putIfAbsent(kv[0], URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
            }
        }
        return new SiteRequest(
                "GET", address.host(), path, query, raw, Map.of("user-agent", "council-audit/test"), Map.of());
    }
}
