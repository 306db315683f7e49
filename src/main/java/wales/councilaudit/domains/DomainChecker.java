package wales.councilaudit.domains;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import wales.councilaudit.net.FetchResult;
import wales.councilaudit.net.HttpFetcher;
import wales.councilaudit.net.TlsCertificate;
import wales.councilaudit.net.TlsProbe;
import wales.councilaudit.registry.Council;

/**
 * Checks one council's domains: fetches its English and Welsh homepages following redirects, fetches each
 * Welsh-domain name its registry entry lists, reads the final address's certificate and HSTS header, and
 * classifies the result. Thread-safe if its collaborators are.
 */
public final class DomainChecker {

    private final HttpFetcher fetcher;
    private final TlsProbe tlsProbe;
    private final Clock clock;

    public DomainChecker(HttpFetcher fetcher, TlsProbe tlsProbe, Clock clock) {
        this.fetcher = fetcher;
        this.tlsProbe = tlsProbe;
        this.clock = clock;
    }

    /**
     * @return the council's result; network outcomes (blocked, unreachable) are results, not exceptions
     * @throws InterruptedException when interrupted while waiting to retry
     */
    public DomainResult check(Council council) throws InterruptedException {
        URI englishUrl = council.homepage().en();
        FetchResult englishFetch = fetcher.follow(englishUrl);
        SiteCheck english = SiteCheck.of(englishUrl, englishFetch);
        Optional<SiteCheck> welsh = Optional.empty();
        if (council.homepage().cy().isPresent()) {
            URI cy = council.homepage().cy().get();
            welsh = Optional.of(SiteCheck.of(cy, fetcher.follow(cy)));
        }
        List<SiteCheck> probes = new ArrayList<>();
        for (String host : council.hosts()) {
            if (WelshDomains.isWelshDomain(host)) {
                URI probe = probeUrl(englishUrl, host);
                probes.add(SiteCheck.of(probe, fetcher.follow(probe)));
            }
        }
        DomainClassifier.Verdict verdict = DomainClassifier.classify(english, welsh, probes);
        Optional<TlsCertificate> tls = tls(english.finalUrl());
        Optional<String> hsts = Optional.empty();
        if (englishFetch instanceof FetchResult.Answered answered && isHttps(answered.finalUrl())) {
            hsts = answered.header("strict-transport-security");
        }
        return new DomainResult(
                council.id(),
                verdict.status(),
                verdict.reason(),
                englishUrl,
                english.finalUrl(),
                english.status(),
                english.chain(),
                english.detail(),
                tls,
                hsts,
                welsh,
                probes,
                clock.instant());
    }

    /** A listed host is probed with the English homepage's scheme and port (a sandbox or staging port stays). */
    private static URI probeUrl(URI homepage, String host) {
        return URI.create(
                homepage.getScheme() + "://" + host + (homepage.getPort() > 0 ? ":" + homepage.getPort() : "") + "/");
    }

    private Optional<TlsCertificate> tls(URI finalUrl) {
        if (!isHttps(finalUrl)) {
            return Optional.empty();
        }
        int port = finalUrl.getPort() > 0 ? finalUrl.getPort() : 443;
        return tlsProbe.probe(finalUrl.getHost(), port);
    }

    private static boolean isHttps(URI url) {
        return "https".equals(url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT));
    }
}
