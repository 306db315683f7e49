package wales.councilaudit.sandbox.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import wales.councilaudit.sandbox.profile.CouncilProfile;
import wales.councilaudit.sandbox.profile.TaskPlant;

/**
 * Plans a simulated site from its profile: the home page, the service areas, each task at its planted depth
 * (home, section, subsections, landing page, task), the A–Z, and generated news, guidance, councillor and job
 * pages. Deterministic: the profile's seed drives every choice.
 */
public final class SitePlanner {

    public static final String HOME = "home";

    private final CouncilProfile profile;
    private final Random random;
    private final Map<String, PlanPage> pages = new LinkedHashMap<>();
    private final Map<String, List<String>> links = new LinkedHashMap<>();

    private SitePlanner(CouncilProfile profile) {
        this.profile = profile;
        this.random = new Random(profile.seed());
    }

    public static SitePlan plan(CouncilProfile profile) {
        return new SitePlanner(profile).build();
    }

    private SitePlan build() {
        add(HOME, PageKind.HOME, new Text("Home", "Hafan"), "", "", true);
        for (Vocabulary.Section section : Vocabulary.SECTIONS) {
            add("section/" + section.id(), PageKind.SECTION, section.name(), HOME, "", true);
        }
        for (String id : CouncilProfile.TASKS) {
            planTask(id, profile.tasks().get(id));
        }
        for (String id : CouncilProfile.TOOLS) {
            planTask(id, profile.tools().get(id));
        }
        new ContentPlanner(profile, random, this::add, this::link).plan();
        if (profile.features().atoz()) {
            planAtoz();
        }
        Map<String, PlanPage> finished = new LinkedHashMap<>();
        pages.forEach((key, page) -> finished.put(key, withLinks(page, links.getOrDefault(key, List.of()))));
        return new SitePlan(profile, finished);
    }

    /**
     * The task's chain: depth 1 puts the task page on the home page (its landing page hangs under the section);
     * otherwise section, subsections, landing page (or landing and information page) and the task page, one
     * click each.
     */
    private void planTask(String id, TaskPlant plant) {
        Vocabulary.Task words = Vocabulary.task(id);
        Vocabulary.Section section = Vocabulary.section(words.section());
        String sectionKey = "section/" + section.id();
        String taskKey = "task/" + id;
        int depth = plant.depth();
        if (!plant.landingLink() && depth < 3) {
            throw new IllegalArgumentException(profile.council() + " " + id
                    + ": a landing page that does not link to the task needs depth 3 or more");
        }
        if (depth == 1) {
            add("landing/" + id, PageKind.LANDING, words.landing(), sectionKey, id, true);
            add(taskKey, PageKind.TASK, words.title(), HOME, id, plant.welsh());
            link("landing/" + id, taskKey);
        } else {
            int between = depth - 2 - (plant.landingLink() ? 0 : 1); // pages between the section and the landing
            String parent = sectionKey;
            for (int i = 1; i < between; i++) {
                String key = "sub/" + id + "/" + i;
                add(key, PageKind.SUBSECTION, subsectionTitle(section, i), parent, id, true);
                parent = key;
            }
            String landing = between == 0 ? sectionKey : "landing/" + id;
            if (between > 0) {
                add(landing, PageKind.LANDING, words.landing(), parent, id, true);
            }
            String above = landing;
            if (!plant.landingLink()) {
                above = "info/" + id;
                add(
                        above,
                        PageKind.INFORMATION,
                        new Text(
                                "About " + words.landing().en().toLowerCase(),
                                "Am " + words.landing().cy().toLowerCase()),
                        landing,
                        id,
                        true);
            }
            add(taskKey, PageKind.TASK, words.title(), above, id, plant.welsh());
        }
        boolean ownForm = CouncilProfile.TASKS.contains(id)
                && plant.online() == TaskPlant.Online.START_LINK
                && !plant.thirdParty();
        if (ownForm) {
            add(
                    "form/" + id,
                    PageKind.FORM,
                    new Text(words.title().en() + ": online form", words.title().cy() + ": ffurflen ar-lein"),
                    taskKey,
                    id,
                    plant.welsh());
        }
    }

    private static Text subsectionTitle(Vocabulary.Section section, int level) {
        return new Text(
                section.name().en() + (level == 1 ? ": services" : ": more services"),
                section.name().cy() + (level == 1 ? ": gwasanaethau" : ": rhagor o wasanaethau"));
    }

    private void planAtoz() {
        add("atoz", PageKind.ATOZ, new Text("A to Z of services", "A i Y o wasanaethau"), HOME, "", true);
        Map<Character, List<String>> byLetter = new java.util.TreeMap<>();
        for (PlanPage page : pages.values()) {
            if (inAtoz(page)) {
                byLetter.computeIfAbsent(Character.toUpperCase(page.title().en().charAt(0)), c -> new ArrayList<>())
                        .add(page.key());
            }
        }
        byLetter.forEach((letter, keys) -> {
            String key = "atoz/" + Character.toLowerCase(letter);
            add(key, PageKind.ATOZ_LETTER, new Text(String.valueOf(letter), String.valueOf(letter)), "atoz", "", true);
            keys.forEach(k -> link(key, k));
        });
    }

    private boolean inAtoz(PlanPage page) {
        switch (page.kind()) {
            case SECTION:
            case LANDING:
                return true;
            case TASK:
                TaskPlant plant = profile.tasks().containsKey(page.task())
                        ? profile.tasks().get(page.task())
                        : profile.tools().get(page.task());
                return plant.atoz();
            default:
                return false;
        }
    }

    /** Adds a page and links its parent to it. */
    void add(String key, PageKind kind, Text title, String parent, String task, boolean welsh) {
        if (pages.containsKey(key)) {
            throw new IllegalStateException("page " + key + " planned twice");
        }
        Text summary = Summaries.summary(kind, title, random);
        pages.put(key, new PlanPage(key, kind, title, summary, Vocabulary.slug(title), parent, List.of(), task, welsh));
        if (!parent.isEmpty()) {
            link(parent, key);
        }
    }

    void link(String from, String to) {
        links.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
    }

    private static PlanPage withLinks(PlanPage p, List<String> body) {
        return new PlanPage(p.key(), p.kind(), p.title(), p.summary(), p.slug(), p.parent(), body, p.task(), p.welsh());
    }
}
