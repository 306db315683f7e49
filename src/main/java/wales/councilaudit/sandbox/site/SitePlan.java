package wales.councilaudit.sandbox.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import wales.councilaudit.sandbox.profile.CouncilProfile;

/**
 * Every page of one simulated site, in a stable order, before any style gives them addresses and markup.
 * Immutable.
 */
public final class SitePlan {

    private final CouncilProfile profile;
    private final Map<String, PlanPage> pages;

    SitePlan(CouncilProfile profile, Map<String, PlanPage> pages) {
        this.profile = profile;
        this.pages = Collections.unmodifiableMap(new LinkedHashMap<>(pages));
    }

    public CouncilProfile profile() {
        return profile;
    }

    /** All pages, home first, in the order they were planned. */
    public List<PlanPage> pages() {
        return List.copyOf(pages.values());
    }

    public PlanPage page(String key) {
        PlanPage page = pages.get(key);
        if (page == null) {
            throw new IllegalArgumentException("no page " + key + " in the plan of " + profile.council());
        }
        return page;
    }

    public Optional<PlanPage> find(String key) {
        return Optional.ofNullable(pages.get(key));
    }

    public PlanPage home() {
        return page(SitePlanner.HOME);
    }

    /** The pages of a kind, in plan order. */
    public List<PlanPage> ofKind(PageKind kind) {
        return pages.values().stream().filter(p -> p.kind() == kind).toList();
    }

    /** The chain of pages from the home page (excluded) down to {@code key} (included). */
    public List<PlanPage> trail(String key) {
        List<PlanPage> trail = new ArrayList<>();
        for (PlanPage p = page(key); !p.parent().isEmpty(); p = page(p.parent())) {
            trail.add(0, p);
        }
        return trail;
    }

    /** The task page of a top task or navigation task. */
    public PlanPage taskPage(String taskId) {
        return page("task/" + taskId);
    }

    /** The sections of the main navigation, in order. */
    public List<PlanPage> sections() {
        return ofKind(PageKind.SECTION);
    }
}
