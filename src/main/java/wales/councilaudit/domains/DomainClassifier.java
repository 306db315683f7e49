package wales.councilaudit.domains;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import wales.councilaudit.net.FailureKind;

/**
 * Decides a council's {@link DomainStatus} from the evidence, as the brief defines the statuses. Pure: no I/O.
 */
public final class DomainClassifier {

    /** A status and the sentence that explains it. */
    public record Verdict(DomainStatus status, String reason) {}

    private DomainClassifier() {}

    /**
     * @param english the English homepage's check
     * @param welsh the Welsh homepage's check, when it has its own address
     * @param probes the Welsh-domain names listed for the council, each fetched
     */
    public static Verdict classify(SiteCheck english, Optional<SiteCheck> welsh, List<SiteCheck> probes) {
        if (english.failure().isPresent()) {
            FailureKind kind = english.failure().get();
            return new Verdict(
                    DomainStatus.UNREACHABLE,
                    "could not load " + english.finalUrl() + ": " + describe(kind) + " (" + english.detail() + ")");
        }
        int status = english.status();
        int attempts = english.chain().get(english.chain().size() - 1).attempts();
        if (status == 401 || status == 403) {
            return new Verdict(DomainStatus.BLOCKED, english.finalUrl() + " answered " + status + " to our agent");
        }
        if (status == 429) {
            return new Verdict(
                    DomainStatus.BLOCKED,
                    english.finalUrl() + " answered 429 (too many requests) after " + attempts + " attempts");
        }
        if (!english.succeeded()) {
            return new Verdict(
                    DomainStatus.UNREACHABLE,
                    english.finalUrl() + " answered " + status + " after " + attempts + " attempts");
        }
        String primaryHost = english.finalUrl().getHost();
        if (WelshDomains.isWelshDomain(primaryHost)) {
            return new Verdict(
                    DomainStatus.MIGRATED,
                    "the English homepage is on " + primaryHost
                            + (english.chain().size() > 1 ? " (reached from " + english.requested() + ")" : ""));
        }
        List<SiteCheck> others = new ArrayList<>();
        welsh.ifPresent(others::add);
        others.addAll(probes);
        for (SiteCheck other : others) {
            if (other.succeeded() && other.touchesWelshDomain()) {
                String welshHost = other.chain().stream()
                        .map(hop -> hop.url().getHost())
                        .filter(WelshDomains::isWelshDomain)
                        .findFirst()
                        .orElseThrow();
                return new Verdict(
                        DomainStatus.PARTIAL,
                        welshHost + " answers for the council (" + other.requested() + " ends at " + other.finalUrl()
                                + ") but the English homepage is on " + primaryHost);
            }
        }
        String probed = others.isEmpty() ? "no Welsh-domain name is listed" : "no listed Welsh-domain name answered";
        return new Verdict(DomainStatus.NOT_MIGRATED, "the English homepage is on " + primaryHost + "; " + probed);
    }

    private static String describe(FailureKind kind) {
        return switch (kind) {
            case DNS -> "the name does not resolve";
            case REFUSED_ADDRESS -> "it resolves to a non-public address";
            case UNSUPPORTED_SCHEME -> "not an http or https address";
            case CONNECT -> "the connection failed";
            case TIMEOUT -> "it timed out";
            case TLS -> "the TLS handshake failed";
            case REDIRECT_LOOP -> "its redirects loop";
            case TOO_MANY_REDIRECTS -> "too many redirects";
            case BAD_REDIRECT -> "a redirect without a usable address";
            case PROTOCOL -> "the answer was not valid HTTP";
        };
    }
}
