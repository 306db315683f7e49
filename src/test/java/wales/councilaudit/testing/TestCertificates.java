package wales.councilaudit.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed server certificate for test servers, made with the JDK's keytool: a PKCS#12 key store for the
 * server and the certificate as PEM for the client's extra trust.
 */
public record TestCertificates(Path keyStore, String password, Path certificatePem) {

    public static final String ISSUER_CN = "council-audit test server";

    /**
     * @param dir where the files go
     * @param validityDays the certificate's validity from now
     * @param hosts the DNS names it is issued for
     */
    public static TestCertificates create(Path dir, int validityDays, String... hosts) {
        try {
            Path keyStore = dir.resolve("server.p12");
            Path pem = dir.resolve("server.pem");
            String password = "test-only-password";
            List<String> san = new ArrayList<>();
            for (String host : hosts) {
                san.add("dns:" + host);
            }
            keytool(
                    "-genkeypair",
                    "-alias",
                    "server",
                    "-keyalg",
                    "RSA",
                    "-keysize",
                    "2048",
                    "-validity",
                    Integer.toString(validityDays),
                    "-dname",
                    "CN=" + ISSUER_CN,
                    "-ext",
                    "SAN=" + String.join(",", san),
                    "-keystore",
                    keyStore.toString(),
                    "-storetype",
                    "PKCS12",
                    "-storepass",
                    password,
                    "-keypass",
                    password);
            keytool(
                    "-exportcert",
                    "-rfc",
                    "-alias",
                    "server",
                    "-keystore",
                    keyStore.toString(),
                    "-storepass",
                    password,
                    "-file",
                    pem.toString());
            return new TestCertificates(keyStore, password, pem);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a test certificate: " + e.getMessage(), e);
        }
    }

    private static void keytool(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(
                        "keytool failed: " + new String(process.getInputStream().readAllBytes()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (args[0].equals("-exportcert") && !Files.exists(Path.of(args[args.length - 1]))) {
            throw new IOException("keytool wrote no certificate");
        }
    }
}
