package wales.councilaudit.bench;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How a peer's rule ids compare with the product's, page by page, over the pages both scanned.
 *
 * @param peer the peer run's contender and sessions, such as {@code pa11y-ci/1}
 * @param comparedPages pages both have a result for
 * @param samePages those with the same set of rule ids
 * @param onlyPeer per rule id, the pages on which only the peer reported it
 * @param onlyProduct per rule id, the pages on which only the product reported it
 * @param pages per page path, the differing rule ids: {@code +id} only the peer, {@code -id} only the product
 */
public record ScanAgreement(
        String peer,
        int comparedPages,
        int samePages,
        SortedMap<String, Integer> onlyPeer,
        SortedMap<String, Integer> onlyProduct,
        SortedMap<String, List<String>> pages) {

    /** Compares the peer's rule ids with the product's on every page both have a result for. */
    static ScanAgreement of(ScanRun product, ScanRun peer) {
        int compared = 0;
        int same = 0;
        SortedMap<String, Integer> onlyPeer = new TreeMap<>();
        SortedMap<String, Integer> onlyProduct = new TreeMap<>();
        SortedMap<String, List<String>> pages = new TreeMap<>();
        for (Map.Entry<String, SortedSet<String>> entry : product.rules().entrySet()) {
            SortedSet<String> theirs = peer.rules().get(entry.getKey());
            if (theirs == null) {
                continue;
            }
            compared++;
            SortedSet<String> ours = entry.getValue();
            if (ours.equals(theirs)) {
                same++;
                continue;
            }
            TreeSet<String> differences = new TreeSet<>();
            for (String id : theirs) {
                if (!ours.contains(id)) {
                    onlyPeer.merge(id, 1, Integer::sum);
                    differences.add("+" + id);
                }
            }
            for (String id : ours) {
                if (!theirs.contains(id)) {
                    onlyProduct.merge(id, 1, Integer::sum);
                    differences.add("-" + id);
                }
            }
            pages.put(entry.getKey(), List.copyOf(differences));
        }
        return new ScanAgreement(
                peer.contender() + "/" + peer.sessions(), compared, same, onlyPeer, onlyProduct, pages);
    }

    /** {@code same/compared pages}, such as {@code 97/120}. */
    String summary() {
        return samePages + "/" + comparedPages;
    }
}
