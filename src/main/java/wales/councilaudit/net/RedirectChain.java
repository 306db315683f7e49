package wales.councilaudit.net;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.hc.client5.http.cookie.BasicCookieStore;
import org.apache.hc.client5.http.protocol.HttpClientContext;

/**
 * Follows redirects to a final answer, one {@link Requester} call per hop: the loop shared by {@link
 * HttpFetcher#follow} and {@link HttpFetcher#fetchPage}. Keeps cookies within the chain, refuses targets the
 * {@link TargetCheck} refuses, detects loops and counts redirects. Stateless; each call has its own chain.
 */
final class RedirectChain {

    /** Why a request gave no usable answer. */
    record Failure(FailureKind kind, String detail) {}

    /**
     * One request of the chain.
     *
     * @param hop its evidence
     * @param headers the answer's headers, names in lower case (empty without an answer)
     * @param failure why it failed, when it did (the hop keeps the status when an answer came)
     * @param body the answer's body, when the requester reads bodies
     */
    record Step(Hop hop, Map<String, String> headers, Optional<Failure> failure, Optional<PageBody> body) {}

    /** Makes the request (with whatever retries it allows) for one hop. */
    @FunctionalInterface
    interface Requester {
        Step request(URI url, HttpClientContext context) throws InterruptedException;
    }

    /** Refuses a target before any connection, or lets it through. */
    @FunctionalInterface
    interface TargetCheck {
        Optional<FetchResult.Failed> check(List<Hop> chain, URI url);
    }

    private RedirectChain() {}

    static FetchResult follow(URI url, int maxRedirects, TargetCheck targets, RequestGate gate, Requester requester)
            throws InterruptedException {
        List<Hop> chain = new ArrayList<>();
        Set<URI> seen = new HashSet<>();
        HttpClientContext context = HttpClientContext.create();
        context.setCookieStore(new BasicCookieStore());
        URI current = url;
        URI previous = url;
        Step last = null;
        while (true) {
            if (last != null && !gate.follows(current, chain.size())) {
                return new FetchResult.Answered(chain, previous, last.hop().status(), last.headers(), last.body());
            }
            Optional<FetchResult.Failed> refused = targets.check(chain, current);
            if (refused.isPresent()) {
                return refused.get();
            }
            if (!seen.add(current)) {
                return new FetchResult.Failed(chain, current, FailureKind.REDIRECT_LOOP, "redirect back to " + current);
            }
            gate.beforeRequest(current, chain.size());
            Step step = requester.request(current, context);
            chain.add(step.hop());
            Optional<FetchResult> end = end(chain, current, step, maxRedirects);
            if (end.isPresent()) {
                return end.get();
            }
            previous = current;
            last = step;
            try {
                current = current.resolve(step.hop().location().replace(" ", "%20"))
                        .normalize();
            } catch (IllegalArgumentException e) {
                return new FetchResult.Failed(
                        chain,
                        current,
                        FailureKind.BAD_REDIRECT,
                        "unusable Location: " + step.hop().location());
            }
        }
    }

    /** The result when {@code step} ends the chain; empty when it redirects within the limit. */
    private static Optional<FetchResult> end(List<Hop> chain, URI current, Step step, int maxRedirects) {
        if (step.failure().isPresent()) {
            Failure f = step.failure().get();
            return Optional.of(new FetchResult.Failed(chain, current, f.kind(), f.detail()));
        }
        Hop hop = step.hop();
        if (!hop.redirects()) {
            if (hop.status() >= 300 && hop.status() < 400) {
                return Optional.of(new FetchResult.Failed(
                        chain,
                        current,
                        FailureKind.BAD_REDIRECT,
                        "redirect " + hop.status() + " without a Location header"));
            }
            return Optional.of(new FetchResult.Answered(chain, current, hop.status(), step.headers(), step.body()));
        }
        if (chain.size() > maxRedirects) {
            return Optional.of(new FetchResult.Failed(
                    chain, current, FailureKind.TOO_MANY_REDIRECTS, "more than " + maxRedirects + " redirects"));
        }
        return Optional.empty();
    }
}
