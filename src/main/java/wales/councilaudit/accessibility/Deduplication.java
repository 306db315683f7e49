package wales.councilaudit.accessibility;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A council's findings grouped by fingerprint, so that a fault in a shared header is one finding on N pages rather
 * than N findings. Both counts are kept. Pure.
 *
 * @param groups one per fingerprint and certainty, in the order first seen
 * @param findings how many findings went in, at least the number of groups
 */
public record Deduplication(List<FindingGroup> groups, int findings) {

    public Deduplication {
        groups = List.copyOf(groups);
        if (findings < groups.size()) {
            throw new IllegalArgumentException("fewer findings than groups");
        }
    }

    /** Groups a council's findings (every page, profile and view). */
    public static Deduplication of(List<Finding> all) {
        record Key(Fingerprint fingerprint, Certainty certainty) {}
        Map<Key, List<Finding>> byKey = new LinkedHashMap<>();
        for (Finding finding : all) {
            Objects.requireNonNull(finding, "finding");
            byKey.computeIfAbsent(new Key(Fingerprint.of(finding), finding.certainty()), k -> new ArrayList<>())
                    .add(finding);
        }
        List<FindingGroup> groups = new ArrayList<>();
        byKey.forEach((key, members) -> {
            Set<URI> pages = new LinkedHashSet<>();
            members.forEach(f -> pages.add(f.page()));
            groups.add(new FindingGroup(
                    key.fingerprint(), key.certainty(), members.get(0), List.copyOf(pages), members.size()));
        });
        return new Deduplication(groups, all.size());
    }

    /** The groups found on more than one page. */
    public List<FindingGroup> templateLevel() {
        return groups.stream().filter(FindingGroup::templateLevel).toList();
    }
}
