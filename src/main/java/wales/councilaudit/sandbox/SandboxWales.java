package wales.councilaudit.sandbox;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import wales.councilaudit.registry.Council;
import wales.councilaudit.registry.Registry;
import wales.councilaudit.sandbox.profile.CouncilProfile;
import wales.councilaudit.sandbox.profile.ProfileLoader;
import wales.councilaudit.sandbox.site.Lang;
import wales.councilaudit.sandbox.site.SimulatedSite;
import wales.councilaudit.sandbox.site.SiteContext;
import wales.councilaudit.sandbox.site.SitePlan;
import wales.councilaudit.sandbox.site.SitePlanner;
import wales.councilaudit.sandbox.site.Text;
import wales.councilaudit.sandbox.site.ThirdPartyLinks;
import wales.councilaudit.sandbox.site.styles.Styles;
import wales.councilaudit.sandbox.thirdparty.ThirdPartySites;

/**
 * Sandbox Wales: 22 simulated council websites, one per real council, generated from the bundled profiles and
 * served on 127.0.0.1 under the councils' real host names, with the third-party hosts their task journeys leave
 * to. Gives the registry and {@code --resolve} rules that point the product at it, and records every form
 * submission. Close it to stop serving.
 */
public final class SandboxWales implements AutoCloseable {

    private final SandboxServer server;
    private final Registry registry;
    private final Map<String, CouncilProfile> profiles;
    private final Map<String, SimulatedSite> sites;
    private final Set<String> councilHosts;
    private final SubmissionLog submissions;

    private SandboxWales(
            SandboxServer server,
            Registry registry,
            Map<String, CouncilProfile> profiles,
            Map<String, SimulatedSite> sites,
            Set<String> councilHosts,
            SubmissionLog submissions) {
        this.server = server;
        this.registry = registry;
        this.profiles = profiles;
        this.sites = sites;
        this.councilHosts = councilHosts;
        this.submissions = submissions;
    }

    /**
     * Generates and serves the sandbox for the councils of {@code real} (each needs a bundled profile).
     *
     * @param port the port to listen on, 0 for any free port
     * @throws IllegalArgumentException when a council has no sandbox profile
     */
    public static SandboxWales start(Registry real, int port) throws IOException {
        SandboxServer server = SandboxServer.bind(port);
        try {
            return build(server, real);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static SandboxWales build(SandboxServer server, Registry real) {
        int bound = server.port();
        SubmissionLog submissions = new SubmissionLog();
        Map<String, CouncilProfile> profiles = new LinkedHashMap<>();
        Map<String, SimulatedSite> sites = new LinkedHashMap<>();
        Set<String> councilHosts = new LinkedHashSet<>();
        List<Council> simulated = new ArrayList<>();
        for (Council council : real.councils()) {
            CouncilProfile profile = ProfileLoader.bundled(council.id());
            CouncilHosting hosting = CouncilHosting.of(council, profile);
            SiteContext context = context(council, profile, hosting, bound);
            SitePlan plan = context.plan();
            SimulatedSite site = new SimulatedSite(context, submissions);
            HostGate gate = new HostGate(profile.domain(), hosting, bound, site::respond);
            for (String host : hosting.allHosts()) {
                server.host(host, gate);
                councilHosts.add(host);
            }
            profiles.put(council.id(), profile);
            sites.put(council.id(), site);
            simulated.add(hosting.registryEntry(
                    council, context.address(plan.home(), Lang.EN), context.address(plan.home(), Lang.CY), bound));
        }
        ThirdPartySites thirdParty = new ThirdPartySites(submissions);
        for (String host : ThirdPartyLinks.hosts(List.copyOf(profiles.keySet()))) {
            server.host(host, thirdParty::respond);
        }
        server.start();
        return new SandboxWales(
                server,
                new Registry("Sandbox Wales on port " + bound, simulated),
                profiles,
                sites,
                councilHosts,
                submissions);
    }

    /**
     * The sites {@link #start} would serve for the councils of {@code real} on {@code port}, in registry order,
     * planned and addressed but not served: what the answer key is computed from without a running sandbox.
     *
     * @throws IllegalArgumentException when a council has no sandbox profile
     */
    public static List<SiteContext> plan(Registry real, int port) {
        List<SiteContext> sites = new ArrayList<>();
        for (Council council : real.councils()) {
            CouncilProfile profile = ProfileLoader.bundled(council.id());
            sites.add(context(council, profile, CouncilHosting.of(council, profile), port));
        }
        return List.copyOf(sites);
    }

    private static SiteContext context(Council council, CouncilProfile profile, CouncilHosting hosting, int port) {
        return new SiteContext(
                SitePlanner.plan(profile),
                new Text(council.name().en(), council.name().cy()),
                Styles.of(profile.style()),
                hosting.englishHost(),
                hosting.welshHost(),
                port);
    }

    /** The simulated councils with their sandbox addresses (port included), in the real registry's order. */
    public Registry registry() {
        return registry;
    }

    public int port() {
        return server.port();
    }

    /** Every host name served, councils' and third parties'. */
    public List<String> hosts() {
        List<String> hosts = new ArrayList<>(councilHosts);
        server.hostNames().stream()
                .filter(h -> !councilHosts.contains(h))
                .sorted()
                .forEach(hosts::add);
        return hosts;
    }

    /**
     * The hosts where forms may be submitted: the simulated councils' own hosts. Third-party hosts are not on it,
     * so a test can prove the product submits nowhere else.
     */
    public Set<String> submissionAllowList() {
        return Set.copyOf(councilHosts);
    }

    public Map<String, CouncilProfile> profiles() {
        return Map.copyOf(profiles);
    }

    public SimulatedSite site(String councilId) {
        SimulatedSite site = sites.get(councilId);
        if (site == null) {
            throw new IllegalArgumentException("no simulated council " + councilId);
        }
        return site;
    }

    public SubmissionLog submissions() {
        return submissions;
    }

    @Override
    public void close() {
        server.close();
    }
}
