package wales.councilaudit.net;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The certificates the product trusts: the JDK's default trust store, plus an optional extra store (a staging
 * site's or a test server's self-signed certificate, as PEM certificates or a key store). A chain is trusted when
 * either accepts it.
 */
public final class TrustMaterial {

    /** Environment variable holding the extra trust store's password; no password when unset. */
    public static final String PASSWORD_ENV = "COUNCIL_AUDIT_TRUSTSTORE_PASSWORD";

    private final X509TrustManager trustManager;

    private TrustMaterial(X509TrustManager trustManager) {
        this.trustManager = trustManager;
    }

    /**
     * @throws IOException when the extra store cannot be read or is not a key store
     */
    public static TrustMaterial load(Optional<Path> extraStore) throws IOException {
        try {
            List<X509TrustManager> managers = new ArrayList<>();
            managers.add(managerFor(null));
            if (extraStore.isPresent()) {
                managers.add(managerFor(readStore(extraStore.get())));
            }
            return new TrustMaterial(new AnyOf(managers));
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up TLS trust: " + e.getMessage(), e);
        }
    }

    public X509TrustManager trustManager() {
        return trustManager;
    }

    /** An SSL context that trusts this material and checks nothing else (host names are checked by the caller). */
    public SSLContext sslContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustManager}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no TLS implementation", e);
        }
    }

    /** Reads PEM certificates, or a PKCS#12 / JKS key store (password from the environment, if set). */
    private static KeyStore readStore(Path path) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            in.mark(16);
            byte[] head = in.readNBytes(10);
            in.reset();
            if (new String(head, StandardCharsets.US_ASCII).startsWith("-----BEGIN")) {
                KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
                store.load(null, null);
                int n = 0;
                for (Certificate certificate :
                        CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                    store.setCertificateEntry("pem-" + n++, certificate);
                }
                if (n == 0) {
                    throw new IOException("no certificate in the PEM file");
                }
                return store;
            }
            String password = System.getenv(PASSWORD_ENV);
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType()); // PKCS12; reads JKS too
            store.load(in, password == null ? null : password.toCharArray());
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IOException("cannot read trust store " + path + ": " + e.getMessage(), e);
        }
    }

    private static X509TrustManager managerFor(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager");
    }

    /** Trusts a chain that any of its managers trusts; reports the first manager's complaint otherwise. */
    private record AnyOf(List<X509TrustManager> managers) implements X509TrustManager {

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            CertificateException first = null;
            for (X509TrustManager manager : managers) {
                try {
                    manager.checkServerTrusted(chain, authType);
                    return;
                } catch (CertificateException e) {
                    first = first == null ? e : first;
                }
            }
            throw first;
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("client certificates are not used");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return managers.stream()
                    .flatMap(m -> java.util.Arrays.stream(m.getAcceptedIssuers()))
                    .toArray(X509Certificate[]::new);
        }
    }
}
