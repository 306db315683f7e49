package wales.councilaudit.domains;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import wales.councilaudit.net.Hop;
import wales.councilaudit.net.HostResolver;
import wales.councilaudit.net.HttpFetcher;
import wales.councilaudit.net.HttpSettings;
import wales.councilaudit.net.TlsProbe;
import wales.councilaudit.net.TrustMaterial;
import wales.councilaudit.registry.Council;
import wales.councilaudit.testing.LocalSites;
import wales.councilaudit.testing.RecordingSleeper;
import wales.councilaudit.testing.TestCertificates;

/** Each Annex F status, with its evidence, against local HTTP and HTTPS servers (a self-signed certificate). */
class DomainCheckIT {

    private static final TestCertificates CERTS = createCertificates();

    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance()
            .options(wireMockConfig()
                    .dynamicPort()
                    .dynamicHttpsPort()
                    .bindAddress("127.0.0.1")
                    .keystorePath(CERTS.keyStore().toString())
                    .keystoreType("PKCS12")
                    .keystorePassword(CERTS.password())
                    .keyManagerPassword(CERTS.password()))
            .build();

    private final RecordingSleeper sleeper = new RecordingSleeper();

    private static TestCertificates createCertificates() {
        try {
            return TestCertificates.create(
                    Files.createTempDirectory("council-audit-tls"),
                    30,
                    "www.secure.gov.wales",
                    "www.partial.gov.wales",
                    "www.moved.gov.wales",
                    "www.partial.gov.uk");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private DomainResult check(Council council, boolean trustTestCertificate) throws Exception {
        HostResolver resolver = LocalSites.resolver(Map.of());
        HttpSettings settings = LocalSites.settings(
                Duration.ofSeconds(2), trustTestCertificate ? Optional.of(CERTS.certificatePem()) : Optional.empty());
        TrustMaterial trust = TrustMaterial.load(settings.extraTrustStore());
        try (HttpFetcher fetcher = new HttpFetcher(settings, resolver, trust, sleeper, Clock.systemUTC())) {
            TlsProbe probe = new TlsProbe(resolver, trust, Duration.ofSeconds(2), Clock.systemUTC());
            return new DomainChecker(fetcher, probe, Clock.systemUTC()).check(council);
        }
    }

    private static Council council(String id, URI en, Optional<URI> cy, String... hosts) {
        return new Council(
                id,
                "W06000099",
                new Council.Names("Test " + id, "Prawf " + id),
                new Council.Homepages(en, cy),
                List.of(hosts));
    }

    private URI http(String host, String path) {
        return URI.create("http://" + host + ":" + site.getPort() + path);
    }

    private URI https(String host, String path) {
        return URI.create("https://" + host + ":" + site.getHttpsPort() + path);
    }

    @Test
    void migratedOverHttpsWithAValidCertificateAndHsts() throws Exception {
        site.stubFor(get("/").withHost(equalTo("www.secure.gov.wales"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains")));

        DomainResult result = check(council("secure", https("www.secure.gov.wales", "/"), Optional.empty()), true);

        assertThat(result.status()).isEqualTo(DomainStatus.MIGRATED);
        assertThat(result.finalStatus()).isEqualTo(200);
        assertThat(result.hsts()).contains("max-age=31536000; includeSubDomains");
        assertThat(result.tls()).hasValueSatisfying(tls -> {
            assertThat(tls.valid()).isTrue();
            assertThat(tls.problems()).isEmpty();
            assertThat(tls.issuer()).contains(TestCertificates.ISSUER_CN);
            assertThat(tls.daysToExpiry()).isBetween(28L, 30L);
            assertThat(tls.protocol()).startsWith("TLS");
        });
    }

    @Test
    void migratedWhenTheOldAddressRedirectsToTheWelshDomain() throws Exception {
        site.stubFor(get("/").withHost(equalTo("www.moved.gov.uk"))
                .willReturn(aResponse()
                        .withStatus(301)
                        .withHeader(
                                "Location", https("www.moved.gov.wales", "/en/").toString())));
        site.stubFor(get("/en/")
                .withHost(equalTo("www.moved.gov.wales"))
                .willReturn(aResponse().withStatus(200)));

        DomainResult result = check(council("moved", http("www.moved.gov.uk", "/"), Optional.empty()), true);

        assertThat(result.status()).isEqualTo(DomainStatus.MIGRATED);
        assertThat(result.finalUrl()).isEqualTo(https("www.moved.gov.wales", "/en/"));
        assertThat(result.chain()).extracting(Hop::status).containsExactly(301, 200);
        assertThat(result.reason()).contains("www.moved.gov.wales");
        assertThat(result.tls())
                .hasValueSatisfying(tls -> assertThat(tls.valid()).isTrue());
    }

    @Test
    void partialWhenAListedWelshDomainRedirectsToTheGovUkSite() throws Exception {
        site.stubFor(get("/").withHost(equalTo("www.partial.gov.uk"))
                .willReturn(aResponse().withStatus(200)));
        site.stubFor(get("/").withHost(equalTo("www.partial.gov.wales"))
                .willReturn(aResponse()
                        .withStatus(302)
                        .withHeader("Location", https("www.partial.gov.uk", "/").toString())));

        DomainResult result = check(
                council("partial", https("www.partial.gov.uk", "/"), Optional.empty(), "www.partial.gov.wales"), true);

        assertThat(result.status()).as(result.toString()).isEqualTo(DomainStatus.PARTIAL);
        assertThat(result.probes()).singleElement().satisfies(probe -> {
            assertThat(probe.requested().getHost()).isEqualTo("www.partial.gov.wales");
            assertThat(probe.chain()).extracting(Hop::status).containsExactly(302, 200);
        });
        assertThat(result.reason()).contains("www.partial.gov.wales");
    }

    @Test
    void partialWhenTheWelshSiteIsOnLlywCymru() throws Exception {
        site.stubFor(get("/").withHost(equalTo("www.bilingual.gov.uk"))
                .willReturn(aResponse().withStatus(200)));
        site.stubFor(get("/").withHost(equalTo("www.dwyieithog.llyw.cymru"))
                .willReturn(aResponse().withStatus(200)));

        DomainResult result = check(
                council(
                        "bilingual",
                        http("www.bilingual.gov.uk", "/"),
                        Optional.of(http("www.dwyieithog.llyw.cymru", "/"))),
                false);

        assertThat(result.status()).isEqualTo(DomainStatus.PARTIAL);
        assertThat(result.welsh())
                .hasValueSatisfying(w -> assertThat(w.status()).isEqualTo(200));
        assertThat(result.tls()).isEmpty(); // plain http: no certificate to describe
    }

    @Test
    void notMigratedWhenTheListedWelshDomainDoesNotAnswer() throws Exception {
        site.stubFor(get("/").withHost(equalTo("www.plain.gov.uk"))
                .willReturn(aResponse().withStatus(200)));
        site.stubFor(get("/").withHost(equalTo("www.plain.gov.wales"))
                .willReturn(aResponse().withStatus(404)));

        DomainResult result = check(
                council(
                        "plain",
                        http("www.plain.gov.uk", "/"),
                        Optional.empty(),
                        "www.plain.gov.wales",
                        "www.plain-old.gov.uk"),
                false);

        assertThat(result.status()).isEqualTo(DomainStatus.NOT_MIGRATED);
        assertThat(result.probes())
                .singleElement() // the .gov.uk alias is not a Welsh-domain name to probe
                .satisfies(p -> assertThat(p.status()).isEqualTo(404));
    }

    @Test
    void blockedWhenTheSiteAnswers403ToOurAgent() throws Exception {
        site.stubFor(get("/").withHost(equalTo("www.nobots.gov.uk"))
                .willReturn(aResponse().withStatus(403)));

        DomainResult result = check(council("nobots", http("www.nobots.gov.uk", "/"), Optional.empty()), false);

        assertThat(result.status()).isEqualTo(DomainStatus.BLOCKED);
        assertThat(result.finalStatus()).isEqualTo(403);
        assertThat(result.reason()).contains("403");
    }

    @Test
    void blockedWhenRateLimitedBeyondOurRetries() throws Exception {
        site.stubFor(get("/").withHost(equalTo("www.busy.gov.uk"))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")));

        DomainResult result = check(council("busy", http("www.busy.gov.uk", "/"), Optional.empty()), false);

        assertThat(result.status()).isEqualTo(DomainStatus.BLOCKED);
        assertThat(result.chain()).singleElement().extracting(Hop::attempts).isEqualTo(3);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    @Test
    void unreachableWhenTheServerKeepsFailing() throws Exception {
        site.stubFor(get("/").withHost(equalTo("www.down.gov.uk"))
                .willReturn(aResponse().withStatus(503)));

        DomainResult result = check(council("down", http("www.down.gov.uk", "/"), Optional.empty()), false);

        assertThat(result.status()).isEqualTo(DomainStatus.UNREACHABLE);
        assertThat(result.reason()).contains("503").contains("3 attempts");
    }

    @Test
    void unreachableOnARedirectLoopWithTheChainAsEvidence() throws Exception {
        site.stubFor(get("/").withHost(equalTo("www.loop.gov.uk"))
                .willReturn(aResponse()
                        .withStatus(301)
                        .withHeader("Location", http("www.loop.gov.wales", "/").toString())));
        site.stubFor(get("/").withHost(equalTo("www.loop.gov.wales"))
                .willReturn(aResponse()
                        .withStatus(301)
                        .withHeader("Location", http("www.loop.gov.uk", "/").toString())));

        DomainResult result = check(council("loop", http("www.loop.gov.uk", "/"), Optional.empty()), false);

        assertThat(result.status()).isEqualTo(DomainStatus.UNREACHABLE);
        assertThat(result.chain()).hasSize(2);
        assertThat(result.reason()).contains("redirects loop");
    }

    @Test
    void unreachableOnTimeout() throws Exception {
        site.stubFor(get("/").withHost(equalTo("www.slow.gov.uk"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(4_000)));

        DomainResult result = check(council("slow", http("www.slow.gov.uk", "/"), Optional.empty()), false);

        assertThat(result.status()).isEqualTo(DomainStatus.UNREACHABLE);
        assertThat(result.finalStatus()).isZero();
        assertThat(result.failure()).contains("Timeout");
        assertThat(result.reason()).contains("timed out");
    }

    @Test
    void unreachableWithCertificateEvidenceWhenTheCertificateIsNotTrusted() throws Exception {
        site.stubFor(get("/").withHost(equalTo("www.secure.gov.wales"))
                .willReturn(aResponse().withStatus(200)));

        DomainResult result = check(council("untrusted", https("www.secure.gov.wales", "/"), Optional.empty()), false);

        assertThat(result.status()).isEqualTo(DomainStatus.UNREACHABLE);
        assertThat(result.reason()).contains("TLS");
        assertThat(result.tls()).hasValueSatisfying(tls -> {
            assertThat(tls.valid()).isFalse();
            assertThat(tls.problems()).anySatisfy(p -> assertThat(p).startsWith("not trusted"));
            assertThat(tls.issuer()).contains(TestCertificates.ISSUER_CN);
        });
    }

    @Test
    void certificateForAnotherHostIsInvalidEvenWhenTrusted() throws Exception {
        TrustMaterial trust = TrustMaterial.load(Optional.of(CERTS.certificatePem()));
        TlsProbe probe = new TlsProbe(LocalSites.resolver(Map.of()), trust, Duration.ofSeconds(2), Clock.systemUTC());

        var tls = probe.probe("www.elsewhere.gov.wales", site.getHttpsPort());

        assertThat(tls).hasValueSatisfying(t -> {
            assertThat(t.valid()).isFalse();
            assertThat(t.problems())
                    .anySatisfy(p -> assertThat(p).startsWith("not issued for www.elsewhere.gov.wales"));
        });
    }

    @Test
    void unreachableWhenTheNameDoesNotResolve() throws Exception {
        DomainResult result = check(council("gone", URI.create("https://www.gone.example/"), Optional.empty()), false);

        assertThat(result.status()).isEqualTo(DomainStatus.UNREACHABLE);
        assertThat(result.reason()).contains("does not resolve");
        assertThat(result.tls()).isEmpty();
        assertThat(result.chain()).singleElement().extracting(Hop::status).isEqualTo(0);
    }
}
