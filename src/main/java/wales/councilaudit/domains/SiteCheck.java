package wales.councilaudit.domains;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import wales.councilaudit.net.FailureKind;
import wales.councilaudit.net.FetchResult;
import wales.councilaudit.net.Hop;

/**
 * The evidence of one address fetched by the domain check.
 *
 * @param requested the address we asked for
 * @param chain every hop, redirects included
 * @param finalUrl where the chain ended (the answer's URL, or the URL whose request failed)
 * @param status the final HTTP status; 0 when no answer came
 * @param failure why no answer came; empty when one did
 * @param detail the failure's description, or an empty string
 */
public record SiteCheck(
        URI requested, List<Hop> chain, URI finalUrl, int status, Optional<FailureKind> failure, String detail) {

    public SiteCheck {
        chain = List.copyOf(chain);
    }

    public static SiteCheck of(URI requested, FetchResult result) {
        if (result instanceof FetchResult.Answered a) {
            return new SiteCheck(requested, a.chain(), a.finalUrl(), a.status(), Optional.empty(), "");
        }
        FetchResult.Failed f = (FetchResult.Failed) result;
        return new SiteCheck(requested, f.chain(), f.url(), 0, Optional.of(f.kind()), f.detail());
    }

    /** Whether an answer came with a 2xx status. */
    public boolean succeeded() {
        return failure.isEmpty() && status >= 200 && status < 300;
    }

    /** Whether any address in the chain is a Welsh-domain name. */
    public boolean touchesWelshDomain() {
        return chain.stream()
                .anyMatch(hop -> WelshDomains.isWelshDomain(hop.url().getHost()));
    }
}
