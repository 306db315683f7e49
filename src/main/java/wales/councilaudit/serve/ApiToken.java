package wales.councilaudit.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The secret that requests which start work must carry, as {@code Authorization: Bearer TOKEN}. Compared in
 * constant time (SHA-256 digests of both sides compared with {@link MessageDigest#isEqual}, so neither the content
 * nor the length of the secret shows in the time taken). Immutable; never printed.
 */
public final class ApiToken {

    /** The shortest token accepted: anything shorter is guessable. */
    public static final int MIN_LENGTH = 16;

    private final byte[] digest;

    private ApiToken(byte[] digest) {
        this.digest = digest;
    }

    /**
     * A token from its text, surrounding white space removed (a file's final newline).
     *
     * @throws IllegalArgumentException when it is shorter than {@value #MIN_LENGTH} characters or holds white space
     *     or control characters
     */
    public static ApiToken of(String secret) {
        String s = secret.strip();
        if (s.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("the token must be at least " + MIN_LENGTH + " characters long");
        }
        if (!s.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("the token must be printable ASCII without spaces");
        }
        return new ApiToken(sha256(s));
    }

    /** Whether an {@code Authorization} header (absent: empty) carries this token as a bearer token. */
    public boolean accepts(Optional<String> authorization) {
        String presented = authorization
                .filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(h -> h.substring(7).strip())
                .orElse("");
        // Digest even when nothing was presented, so a missing header takes the time of a wrong one.
        boolean equal = MessageDigest.isEqual(digest, sha256(presented));
        return equal && !presented.isEmpty();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "ApiToken[redacted]";
    }
}
