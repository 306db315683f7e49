package wales.councilaudit.net;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How the product's HTTP client behaves. Immutable; parsed once from the command line.
 *
 * @param userAgent sent with every request; names the tool and a contact URL
 * @param connectTimeout the longest wait for a connection (and TLS handshake)
 * @param responseTimeout the longest wait for the answer's bytes
 * @param maxRedirects redirects followed before giving up
 * @param retry retries after 429, 503 and network errors
 * @param extraTrustStore PEM certificates, or a PKCS#12 or JKS key store, trusted in addition to the JDK's (for
 *     staging sites and tests); a key store's password, if any, comes from {@code COUNCIL_AUDIT_TRUSTSTORE_PASSWORD}
 */
public record HttpSettings(
        String userAgent,
        Duration connectTimeout,
        Duration responseTimeout,
        int maxRedirects,
        RetryPolicy retry,
        Optional<Path> extraTrustStore) {

    /** The default contact address in the User-Agent; operators should set their own with {@code --contact}. */
    public static final String DEFAULT_CONTACT = "https://github.com/council-audit/council-audit#contact";

    public HttpSettings {
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("a User-Agent is required");
        }
        if (connectTimeout.isNegative()
                || connectTimeout.isZero()
                || responseTimeout.isNegative()
                || responseTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must not be negative");
        }
    }

    /** The User-Agent for a tool version and contact: {@code council-audit/0.1.0 (+https://...)}. */
    public static String userAgent(String version, String contact) {
        return "council-audit/" + version + " (+" + contact + ")";
    }

    public static HttpSettings defaults(String version) {
        return new HttpSettings(
                userAgent(version, DEFAULT_CONTACT),
                Duration.ofSeconds(10),
                Duration.ofSeconds(20),
                10,
                RetryPolicy.defaults(),
                Optional.empty());
    }

    public HttpSettings withTimeouts(Duration connect, Duration response) {
        return new HttpSettings(userAgent, connect, response, maxRedirects, retry, extraTrustStore);
    }

    public HttpSettings withRetry(RetryPolicy policy) {
        return new HttpSettings(userAgent, connectTimeout, responseTimeout, maxRedirects, policy, extraTrustStore);
    }

    public HttpSettings withExtraTrustStore(Path trustStore) {
        return new HttpSettings(
                userAgent, connectTimeout, responseTimeout, maxRedirects, retry, Optional.of(trustStore));
    }
}
