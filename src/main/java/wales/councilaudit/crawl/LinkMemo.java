package wales.councilaudit.crawl;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * What a link, as resolved from a page, comes to once normalised: its URL, whether it is in scope, and its key. A
 * site's header, footer and navigation repeat the same links on every page, so the workers remember the latest
 * answers instead of normalising and hashing them again.
 *
 * <p>Bounded and lossy: a fixed table of {@code slots} entries, each link in the one slot its hash picks, the newer
 * answer replacing the older. Both the normaliser and the scope are pure, so a remembered answer is always the one
 * they would give again. Thread-safe without locks.
 */
final class LinkMemo {

    /** A link normalised: its URL, whether the crawl's scope holds it, and its ledger key. */
    record Link(URI url, boolean inScope, UrlKey key) {
        Link {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(key, "key");
        }
    }

    private record Entry(String raw, Optional<Link> link) {}

    private final AtomicReferenceArray<Entry> table;
    private final int mask;

    /** @param slots the table's size, rounded up to a power of two; 1 to 2^20 */
    LinkMemo(int slots) {
        if (slots < 1 || slots > (1 << 20)) {
            throw new IllegalArgumentException("slots must be 1 to 2^20, got " + slots);
        }
        int size = Integer.highestOneBit(slots);
        size = size < slots ? size << 1 : size;
        this.table = new AtomicReferenceArray<>(size);
        this.mask = size - 1;
    }

    /**
     * The link's answer, remembered or computed now.
     *
     * @param raw the link as resolved from the page (absolute, not yet normalised)
     * @param compute what the answer is, for a link not remembered; must be a pure function of {@code raw}
     */
    Optional<Link> get(String raw, Function<String, Optional<Link>> compute) {
        int h = raw.hashCode();
        int slot = (h ^ (h >>> 16)) & mask;
        Entry entry = table.get(slot);
        if (entry != null && entry.raw().equals(raw)) {
            return entry.link();
        }
        Optional<Link> link = compute.apply(raw);
        table.set(slot, new Entry(raw, link));
        return link;
    }
}
