package wales.councilaudit.crawl;

/**
 * 64-bit FNV-1a fingerprints of text, so the trap detector remembers paths, calendars and queries in 8 bytes each
 * rather than as strings of up to {@link UrlNormaliser#MAX_LENGTH} characters. Among the few tens of thousands of
 * values one detector remembers, the chance of any collision is negligible (the birthday bound is below
 * 10<sup>-10</sup>), and a collision only merges two counters. Stateless and thread-safe.
 */
final class Fingerprint {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Fingerprint() {}

    /** The fingerprint of {@code text}'s UTF-16 code units, high byte first. */
    static long of(String text) {
        long hash = FNV_OFFSET;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            hash = (hash ^ (c >>> 8)) * FNV_PRIME;
            hash = (hash ^ (c & 0xff)) * FNV_PRIME;
        }
        return hash;
    }
}
