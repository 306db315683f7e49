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

    /** One digest per thread: {@link MessageDigest} is not thread-safe, and looking one up costs more than hashing. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    });

    public UrlKey {
        Objects.requireNonNull(hex, "hex");
        if (!isKeyHex(hex)) {
            throw new IllegalArgumentException("not a URL key: " + hex);
        }
    }

    /** The key of a URL, which should already be normalised ({@link UrlNormaliser}). */
    public static UrlKey of(URI url) {
        byte[] digest = SHA_256.get().digest(url.toString().getBytes(StandardCharsets.UTF_8));
        return new UrlKey(HEX.formatHex(digest, 0, 16));
    }

    /** Whether the text is 32 lower-case hex digits (a loop: keys are made for every link of every page). */
    private static boolean isKeyHex(String hex) {
        if (hex.length() != 32) {
            return false;
        }
        for (int i = 0; i < 32; i++) {
            char c = hex.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return hex;
    }
}
