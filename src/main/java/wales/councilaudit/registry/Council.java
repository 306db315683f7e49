package wales.councilaudit.registry;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One council in the registry. Validated by {@link RegistryLoader}; immutable.
 *
 * @param id a lower-case slug, unique in the registry, for example {@code cardiff}
 * @param gss the GSS code, for example {@code W06000015}
 * @param name the council's name in English and Welsh
 * @param homepage the English homepage and, where the Welsh site has its own address, the Welsh one
 * @param hosts the council's other host names (an old domain, a Welsh-language domain), lower case; may be empty
 */
public record Council(String id, String gss, Names name, Homepages homepage, List<String> hosts) {

    public Council {
        if (id == null || gss == null || name == null || homepage == null) {
            throw new IllegalArgumentException("id, gss, name and homepage are required");
        }
        hosts = hosts == null ? List.of() : List.copyOf(hosts);
    }

    /** A name in both languages. */
    public record Names(String en, String cy) {
        public Names {
            if (en == null || cy == null) {
                throw new IllegalArgumentException("both names are required");
            }
        }
    }

    /**
     * @param en the English homepage, an absolute http(s) URL
     * @param cy the Welsh homepage when it has its own address
     */
    public record Homepages(URI en, Optional<URI> cy) {
        public Homepages {
            if (en == null || cy == null) {
                throw new IllegalArgumentException("the English homepage is required; use Optional.empty() for cy");
            }
        }
    }

    /** Every host the council answers on, homepages' hosts first, lower case, without duplicates. */
    public Set<String> allHosts() {
        Set<String> all = new LinkedHashSet<>();
        all.add(homepage.en().getHost().toLowerCase(Locale.ROOT));
        homepage.cy().ifPresent(cy -> all.add(cy.getHost().toLowerCase(Locale.ROOT)));
        all.addAll(hosts);
        return all;
    }
}
