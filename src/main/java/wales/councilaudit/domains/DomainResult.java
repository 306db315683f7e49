package wales.councilaudit.domains;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import wales.councilaudit.net.Hop;
import wales.councilaudit.net.TlsCertificate;

/**
 * One council's domain check: the status and the evidence for it. The top-level {@code finalUrl},
 * {@code finalStatus} and {@code chain} describe the English homepage. Immutable.
 *
 * @param council the council's id
 * @param status the Annex F status
 * @param reason one sentence saying why, for people
 * @param requested the English homepage from the registry
 * @param finalUrl where its redirect chain ended
 * @param finalStatus the final HTTP status; 0 when no answer came
 * @param chain every hop from {@code requested} to {@code finalUrl}
 * @param failure what went wrong when no answer came, or an empty string
 * @param tls the certificate of the final address; empty when it is plain http or no handshake could be made
 * @param hsts the final answer's {@code Strict-Transport-Security} header, if it sent one over https
 * @param welsh the Welsh homepage's check, when the registry gives it its own address
 * @param probes the Welsh-domain names from the registry's {@code hosts}, each fetched
 * @param checkedAt when the check finished
 */
public record DomainResult(
        String council,
        DomainStatus status,
        String reason,
        URI requested,
        URI finalUrl,
        int finalStatus,
        List<Hop> chain,
        String failure,
        Optional<TlsCertificate> tls,
        Optional<String> hsts,
        Optional<SiteCheck> welsh,
        List<SiteCheck> probes,
        Instant checkedAt) {

    public DomainResult {
        chain = List.copyOf(chain);
        probes = List.copyOf(probes);
    }
}
