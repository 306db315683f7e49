package wales.councilaudit.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import wales.councilaudit.domains.DomainStatus;
import wales.councilaudit.registry.Council;
import wales.councilaudit.registry.Registry;

/**
 * A first, domain-only slice of Sandbox Wales: one local HTTP server that answers for every council's host names
 * (dispatching on the {@code Host} header) with a planted {@link DomainScenario}, and the registry and
 * {@code --resolve} rules that point the product at it. Deterministic: the same registry gives the same hosts,
 * scenarios and bytes. Binds to 127.0.0.1 only. Close it to stop the server.
 */
public final class DomainSandbox implements AutoCloseable {

    /** The scenarios planted, by council id; every other council is {@link DomainScenario#GOV_UK_ONLY}. */
    private static final Map<String, DomainScenario> PLANTED = Map.of(
            "gwynedd", DomainScenario.ON_WELSH_DOMAIN,
            "carmarthenshire", DomainScenario.ON_WELSH_DOMAIN,
            "isle-of-anglesey", DomainScenario.REDIRECTS_TO_WELSH_DOMAIN,
            "cardiff", DomainScenario.WELSH_DOMAIN_REDIRECTS_HOME,
            "swansea", DomainScenario.WELSH_DOMAIN_REDIRECTS_HOME,
            "conwy", DomainScenario.FORBIDS_BOTS,
            "powys", DomainScenario.FORBIDS_BOTS,
            "wrexham", DomainScenario.ALWAYS_UNAVAILABLE,
            "torfaen", DomainScenario.REDIRECT_LOOP);

    private final HttpServer server;
    private final ExecutorService executor;
    private final Registry registry;
    private final Map<String, DomainScenario> scenarios;
    private final Map<String, Route> routes;

    private record Route(Council council, DomainScenario scenario, String role) {}

    private DomainSandbox(
            HttpServer server,
            ExecutorService executor,
            Registry registry,
            Map<String, DomainScenario> scenarios,
            Map<String, Route> routes) {
        this.server = server;
        this.executor = executor;
        this.registry = registry;
        this.scenarios = scenarios;
        this.routes = routes;
    }

    /**
     * Starts the sandbox for the councils of {@code real}, on {@code port} (0 for any free port).
     */
    public static DomainSandbox start(Registry real, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        int bound = server.getAddress().getPort();
        Map<String, DomainScenario> scenarios = new LinkedHashMap<>();
        Map<String, Route> routes = new LinkedHashMap<>();
        List<Council> simulated = new ArrayList<>();
        for (Council council : real.councils()) {
            DomainScenario scenario = planted(council.id());
            scenarios.put(council.id(), scenario);
            simulated.add(simulate(council, scenario, bound, routes));
        }
        ExecutorService executor = Executors.newFixedThreadPool(4);
        DomainSandbox sandbox = new DomainSandbox(
                server,
                executor,
                new Registry("Sandbox Wales (domains) on port " + bound, simulated),
                scenarios,
                routes);
        server.createContext("/", sandbox::handle);
        server.setExecutor(executor);
        server.start();
        return sandbox;
    }

    /** The simulated councils, with their sandbox addresses (port included). */
    public Registry registry() {
        return registry;
    }

    /** The planted status each council's domain check must find, by council id. */
    public Map<String, DomainStatus> answerKey() {
        Map<String, DomainStatus> answers = new LinkedHashMap<>();
        scenarios.forEach((id, scenario) -> answers.put(id, scenario.expectedStatus()));
        return answers;
    }

    /** Every host name the sandbox answers for, each to be mapped to 127.0.0.1 with {@code --resolve}. */
    public List<String> hosts() {
        return List.copyOf(routes.keySet());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static DomainScenario planted(String councilId) {
        return PLANTED.getOrDefault(councilId, DomainScenario.GOV_UK_ONLY);
    }

    /** The council as the sandbox serves it: its hosts, with the scenario's Welsh-domain names added. */
    private static Council simulate(Council council, DomainScenario scenario, int port, Map<String, Route> routes) {
        String home = council.homepage().en().getHost().toLowerCase(Locale.ROOT);
        String stem = council.id().replace("-", "");
        List<String> hosts = new ArrayList<>(council.hosts());
        routes.put(home, new Route(council, scenario, "home"));
        council.homepage().cy().ifPresent(cy -> routes.putIfAbsent(cy.getHost(), new Route(council, scenario, "cy")));
        switch (scenario) {
            case REDIRECTS_TO_WELSH_DOMAIN -> {
                routes.put("www." + stem + ".gov.wales", new Route(council, scenario, "welsh-home"));
                hosts.add("www." + stem + ".gov.wales");
            }
            case WELSH_DOMAIN_REDIRECTS_HOME -> {
                routes.put("www." + stem + ".gov.wales", new Route(council, scenario, "welsh-alias"));
                hosts.add("www." + stem + ".gov.wales");
            }
            case REDIRECT_LOOP -> routes.put(home, new Route(council, scenario, "loop"));
            default -> {}
        }
        for (String host : council.hosts()) {
            routes.putIfAbsent(host, new Route(council, scenario, "alias"));
        }
        URI en = URI.create(
                "http://" + home + ":" + port + council.homepage().en().getRawPath());
        Optional<URI> cy =
                council.homepage().cy().map(u -> URI.create("http://" + u.getHost() + ":" + port + u.getRawPath()));
        return new Council(council.id(), council.gss(), council.name(), new Council.Homepages(en, cy), hosts);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String hostHeader = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Host"))
                    .orElse("");
            String host = hostHeader.replaceFirst(":\\d+$", "").toLowerCase(Locale.ROOT);
            Route route = routes.get(host);
            if (route == null) {
                send(exchange, 404, "text/plain", "Sandbox Wales does not serve " + host);
                return;
            }
            respond(exchange, route, host);
        }
    }

    private void respond(HttpExchange exchange, Route route, String host) throws IOException {
        Council c = route.council();
        String stem = c.id().replace("-", "");
        String homeHost = c.homepage().en().getHost();
        switch (route.scenario()) {
            case FORBIDS_BOTS ->
                send(exchange, 403, "text/html", page(c, "Access denied", "Automated access is not permitted."));
            case ALWAYS_UNAVAILABLE -> {
                exchange.getResponseHeaders().add("Retry-After", "1");
                send(exchange, 503, "text/html", page(c, "Service unavailable", "Please try again later."));
            }
            case REDIRECT_LOOP -> {
                String path = exchange.getRequestURI().getPath();
                redirect(exchange, "http://" + host + ":" + port() + (path.equals("/") ? "/home" : "/"));
            }
            case REDIRECTS_TO_WELSH_DOMAIN -> {
                if (route.role().equals("welsh-home")) {
                    send(
                            exchange,
                            200,
                            "text/html",
                            page(c, c.name().en(), "Welcome to " + c.name().en() + "."));
                } else {
                    redirect(exchange, "http://www." + stem + ".gov.wales:" + port() + "/");
                }
            }
            case WELSH_DOMAIN_REDIRECTS_HOME -> {
                if (route.role().equals("welsh-alias")) {
                    redirect(exchange, "http://" + homeHost + ":" + port() + "/");
                } else {
                    send(
                            exchange,
                            200,
                            "text/html",
                            page(c, c.name().en(), "Welcome to " + c.name().en() + "."));
                }
            }
            default ->
                send(
                        exchange,
                        200,
                        "text/html",
                        page(c, c.name().en(), "Welcome to " + c.name().en() + "."));
        }
    }

    private void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        send(exchange, 301, "text/plain", "Moved to " + location);
    }

    private static String page(Council c, String title, String text) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + " | "
                + c.name().en() + " (Sandbox Wales)</title></head><body><h1>" + title + "</h1><p>" + text
                + "</p></body></html>";
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
