package wales.councilaudit.crawl;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A URL's key in the crawl's ledger: the first 16 bytes of the SHA-256 of its normalised form, as 32 lower-case
 * hex digits. Fixed length, so the seen-set's index stays small however long the URLs; 128 bits, so two URLs of
 * one council never share a key in practice.
 */
public record UrlKey(String hex) {

    private static final HexFormat HEX = HexFormat.of();

    public UrlKey {
        Objects.requireNonNull(hex, "hex");
        if (!hex.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("not a URL key: " + hex);
        }
    }

    /** The key of a URL, which should already be normalised ({@link UrlNormaliser}). */
    public static UrlKey of(URI url) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(url.toString().getBytes(StandardCharsets.UTF_8));
            return new UrlKey(HEX.formatHex(digest, 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return hex;
    }
}
