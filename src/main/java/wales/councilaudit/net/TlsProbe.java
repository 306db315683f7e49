package wales.councilaudit.net;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.apache.hc.client5.http.ssl.DefaultHostnameVerifier;

/**
 * Reads a host's certificate and judges it the way a browser would, without trusting it for anything: the
 * handshake accepts any chain so that an untrusted or expired certificate can still be described, then the chain
 * is checked against the {@link TrustMaterial}, its dates against the clock and its names against the host.
 * Thread-safe.
 */
public final class TlsProbe {

    private final HostResolver resolver;
    private final TrustMaterial trust;
    private final Duration timeout;
    private final Clock clock;

    public TlsProbe(HostResolver resolver, TrustMaterial trust, Duration timeout, Clock clock) {
        this.resolver = resolver;
        this.trust = trust;
        this.timeout = timeout;
        this.clock = clock;
    }

    /**
     * Connects to {@code host:port} and describes its certificate.
     *
     * @return empty when no TLS handshake could be made (the fetch records why)
     */
    public Optional<TlsCertificate> probe(String host, int port) {
        try {
            InetAddress address = resolver.resolve(host)[0];
            X509Certificate[] chain;
            String protocol;
            try (Socket raw = new Socket()) {
                raw.connect(new InetSocketAddress(address, port), (int) timeout.toMillis());
                raw.setSoTimeout((int) timeout.toMillis());
                try (SSLSocket socket =
                        (SSLSocket) recordingContext().getSocketFactory().createSocket(raw, host, port, false)) {
                    SSLParameters parameters = socket.getSSLParameters();
                    parameters.setServerNames(List.of(new SNIHostName(host)));
                    socket.setSSLParameters(parameters);
                    socket.startHandshake();
                    chain = x509(socket.getSession().getPeerCertificates());
                    protocol = socket.getSession().getProtocol();
                }
            }
            return Optional.of(judge(host, chain, protocol));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private TlsCertificate judge(String host, X509Certificate[] chain, String protocol) {
        X509Certificate leaf = chain[0];
        Instant now = clock.instant();
        List<String> problems = new ArrayList<>();
        try {
            trust.trustManager().checkServerTrusted(chain, leaf.getPublicKey().getAlgorithm());
        } catch (CertificateException e) {
            problems.add("not trusted: " + rootMessage(e));
        }
        Instant notAfter = leaf.getNotAfter().toInstant();
        if (now.isAfter(notAfter)) {
            problems.add("expired on " + notAfter);
        }
        if (now.isBefore(leaf.getNotBefore().toInstant())) {
            problems.add("not valid before " + leaf.getNotBefore().toInstant());
        }
        try {
            new DefaultHostnameVerifier().verify(host, leaf);
        } catch (javax.net.ssl.SSLException e) {
            problems.add("not issued for " + host + ": " + e.getMessage());
        }
        long days = Duration.between(now, notAfter).toDays();
        return new TlsCertificate(
                host,
                problems.isEmpty(),
                problems,
                leaf.getSubjectX500Principal().getName(),
                leaf.getIssuerX500Principal().getName(),
                notAfter,
                days,
                protocol);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    private static X509Certificate[] x509(Certificate[] certificates) throws IOException {
        X509Certificate[] chain = new X509Certificate[certificates.length];
        for (int i = 0; i < certificates.length; i++) {
            if (!(certificates[i] instanceof X509Certificate x)) {
                throw new IOException("not an X.509 certificate");
            }
            chain[i] = x;
        }
        if (chain.length == 0) {
            throw new IOException("no certificate");
        }
        return chain;
    }

    /** A context whose trust manager accepts every chain: the chain is judged afterwards, never trusted. */
    private static SSLContext recordingContext() throws IOException {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new AcceptAnyForInspection()}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private static final class AcceptAnyForInspection implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("client certificates are not used");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            // Accepted only so that the chain can be read and judged; nothing is sent over this connection.
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
