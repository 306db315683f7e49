package wales.councilaudit.sandbox;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import wales.councilaudit.domains.WelshDomains;
import wales.councilaudit.registry.Council;
import wales.councilaudit.sandbox.profile.CouncilProfile;

/**
 * Which host names a simulated council answers on and what each does, following its {@link DomainScenario}: the
 * host serving English pages, the host serving Welsh ones, and aliases that redirect (an old {@code .gov.uk}
 * name, a {@code .gov.wales} name). Also the council as the sandbox's registry lists it.
 *
 * @param englishHost serves the English pages
 * @param welshHost serves the Welsh pages (usually the same host)
 * @param redirects alias host to the host it redirects to (path kept)
 * @param registryHosts the registry entry's {@code hosts}
 */
record CouncilHosting(String englishHost, String welshHost, Map<String, String> redirects, List<String> registryHosts) {

    static CouncilHosting of(Council real, CouncilProfile profile) {
        String home = real.homepage().en().getHost().toLowerCase(Locale.ROOT);
        String welsh = real.homepage()
                .cy()
                .map(URI::getHost)
                .map(h -> h.toLowerCase(Locale.ROOT))
                .orElse(home);
        String stem = real.id().replace("-", "");
        Map<String, String> redirects = new LinkedHashMap<>();
        List<String> hosts = new ArrayList<>(real.hosts());
        String english = home;
        switch (profile.domain()) {
            case ON_WELSH_DOMAIN -> {
                if (!WelshDomains.isWelshDomain(home)) {
                    throw new IllegalArgumentException(real.id() + ": ON_WELSH_DOMAIN needs a registry homepage on "
                            + ".gov.wales or .llyw.cymru, not " + home);
                }
            }
            case REDIRECTS_TO_WELSH_DOMAIN -> {
                english = "www." + stem + ".gov.wales";
                welsh = welsh.equals(home) ? english : welsh;
                redirects.put(home, english);
                hosts.add(english);
            }
            case WELSH_DOMAIN_REDIRECTS_HOME -> {
                redirects.put("www." + stem + ".gov.wales", home);
                hosts.add("www." + stem + ".gov.wales");
            }
            default -> {}
        }
        for (String alias : real.hosts()) {
            if (!alias.equals(english) && !alias.equals(welsh)) {
                redirects.putIfAbsent(alias, english);
            }
        }
        return new CouncilHosting(english, welsh, redirects, hosts);
    }

    /** Every host name this council answers on. */
    List<String> allHosts() {
        List<String> all = new ArrayList<>();
        all.add(englishHost);
        if (!welshHost.equals(englishHost)) {
            all.add(welshHost);
        }
        redirects.keySet().stream().filter(h -> !all.contains(h)).forEach(all::add);
        return all;
    }

    /** The council as the sandbox's registry lists it: its real names, sandbox addresses with the port. */
    Council registryEntry(Council real, String englishHome, String welshHome, int port) {
        String enHost = real.homepage().en().getHost(); // an old name redirects to the new one itself
        URI en = URI.create("http://" + enHost + ":" + port + englishHome);
        Optional<URI> cy = Optional.of(URI.create("http://" + welshHost + ":" + port + welshHome));
        return new Council(real.id(), real.gss(), real.name(), new Council.Homepages(en, cy), registryHosts);
    }
}
