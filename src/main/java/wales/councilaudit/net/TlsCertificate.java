package wales.councilaudit.net;

import java.time.Instant;
import java.util.List;

/**
 * What a host's TLS certificate says, as evidence.
 *
 * @param host the host name the certificate was checked against
 * @param valid whether the chain is trusted, in date and issued for {@code host}
 * @param problems why not, for people; empty when {@code valid}
 * @param subject the leaf certificate's subject DN
 * @param issuer the leaf certificate's issuer DN
 * @param notAfter when the leaf certificate expires
 * @param daysToExpiry whole days from the check to {@code notAfter}; negative once expired
 * @param protocol the negotiated TLS protocol, for example {@code TLSv1.3}
 */
public record TlsCertificate(
        String host,
        boolean valid,
        List<String> problems,
        String subject,
        String issuer,
        Instant notAfter,
        long daysToExpiry,
        String protocol) {

    public TlsCertificate {
        problems = List.copyOf(problems);
    }
}
