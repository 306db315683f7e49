package wales.councilaudit.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a scoring rules file (YAML; the bundled {@code annex-b.yaml} documents every key) and checks it completely
 * before anything scores with it: unknown or missing keys, values of the wrong type or out of range, and tables
 * that are out of order each give a {@link RulesException} naming the file and line. The only I/O of the scoring
 * package. Thread-safe.
 */
public final class ScoringRulesLoader {

    /** The default profile: Annex B of the Digital Baseline report, as the brief reads it. */
    public static final String DEFAULT_PROFILE = "annex-b";

    private static final String BUNDLED_FOLDER = "wales/councilaudit/scoring/";

    private ScoringRulesLoader() {}

    /** The bundled default profile, {@code annex-b}. */
    public static ScoringRules bundled() {
        try {
            return bundled(DEFAULT_PROFILE);
        } catch (RulesException e) {
            throw new IllegalStateException("the bundled scoring rules are broken: " + e.getMessage(), e);
        }
    }

    /**
     * A profile shipped with the product, by name ({@code annex-b}).
     *
     * @throws RulesException when no bundled profile has that name (or, a bug, it is broken)
     */
    public static ScoringRules bundled(String profile) throws RulesException {
        String resource = BUNDLED_FOLDER + profile + ".yaml";
        if (!profile.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new RulesException(profile, 0, "no bundled scoring profile of that name");
        }
        try (InputStream in = ScoringRulesLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new RulesException(profile, 0, "no bundled scoring profile of that name");
            }
            return parse(in, "bundled scoring rules " + resource);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled scoring rules " + resource, e);
        }
    }

    /** Reads a rules file given by the user. */
    public static ScoringRules load(Path file) throws RulesException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new RulesException(file.toString(), 0, "no such file");
        } catch (IOException e) {
            throw new RulesException(file.toString(), 0, "cannot read: " + e.getMessage());
        }
    }

    /**
     * Parses and checks a rules file.
     *
     * @param source names the input in messages
     */
    public static ScoringRules parse(InputStream in, String source) throws RulesException, IOException {
        RulesSection root = RulesSection.root(source, YamlTree.read(in.readAllBytes(), source));
        root.allow("profile", "label", "overall", "tasks", "tools", "mobile", "accessibility");
        String profile = root.text("profile");
        String label = root.text("label");
        OverallRules overall = overall(root.section("overall"));
        TaskRules tasks = tasks(root.section("tasks"));
        ToolsRules tools = tools(root.section("tools"));
        MobileRules mobile = mobile(root.section("mobile"));
        AccessibilityRules accessibility = accessibility(root.section("accessibility"));
        return root.build(() -> new ScoringRules(profile, label, overall, tasks, tools, mobile, accessibility));
    }

    private static OverallRules overall(RulesSection s) throws RulesException {
        s.allow("base-tasks", "bands", "otherwise", "demotions");
        int baseTasks = s.integer("base-tasks", 1, 100);
        List<Band> bands = new ArrayList<>();
        for (RulesSection b : s.sections("bands")) {
            b.allow("stars", "tasks", "tools", "mobile", "accessibility");
            int stars = b.integer("stars", 2, 4);
            int taskMinimum = b.integer("tasks", 0, 4 * baseTasks);
            int tools = b.integer("tools", 0, 4);
            int mobile = b.integer("mobile", 0, 4);
            int accessibility = b.integer("accessibility", 0, 3);
            bands.add(b.build(() -> new Band(stars, taskMinimum, tools, mobile, accessibility)));
        }
        int otherwise = s.integer("otherwise", 1, 3);
        RulesSection demotions = s.section("demotions").allow("mobile-zero", "accessibility-zero");
        int mobileZero = demotions.integer("mobile-zero", 0, 3);
        int accessibilityZero = demotions.integer("accessibility-zero", 0, 3);
        return s.build(() -> new OverallRules(baseTasks, bands, otherwise, mobileZero, accessibilityZero));
    }

    private static TaskRules tasks(RulesSection s) throws RulesException {
        s.allow("bands", "otherwise", "essential-failed", "none-applicable");
        ShareBands bands = shareBands(s);
        int essentialFailed = s.integer("essential-failed", 1, 4);
        int noneApplicable = s.integer("none-applicable", 1, 4);
        return s.build(() -> new TaskRules(bands, essentialFailed, noneApplicable));
    }

    private static ToolsRules tools(RulesSection s) throws RulesException {
        s.allow("bands", "otherwise", "min-search-box-share");
        ShareBands bands = shareBands(s);
        double minSearchBox = s.share("min-search-box-share");
        return s.build(() -> new ToolsRules(bands, minSearchBox));
    }

    private static MobileRules mobile(RulesSection s) throws RulesException {
        s.allow(
                "bands",
                "otherwise",
                "max-overflow-share",
                "max-small-target-share",
                "min-legible-text-share",
                "min-journey-share");
        ShareBands bands = shareBands(s);
        double overflow = s.share("max-overflow-share");
        double smallTargets = s.share("max-small-target-share");
        double legible = s.share("min-legible-text-share");
        double journeys = s.share("min-journey-share");
        return s.build(() -> new MobileRules(bands, overflow, smallTargets, legible, journeys));
    }

    private static AccessibilityRules accessibility(RulesSection s) throws RulesException {
        s.allow("zero-from-distinct-criteria", "impact-caps");
        int zeroFrom = s.integer("zero-from-distinct-criteria", 1, 1000);
        RulesSection capsSection = s.section("impact-caps");
        Map<Impact, Integer> caps = new EnumMap<>(Impact.class);
        for (String key : capsSection.keys()) {
            Impact impact = impact(capsSection, key);
            caps.put(impact, capsSection.integer(key, 0, AccessibilityRules.BEST));
        }
        return s.build(() -> new AccessibilityRules(zeroFrom, caps));
    }

    /** The {@code bands} (each {@code stars} and {@code min-share}) and {@code otherwise} of a section. */
    private static ShareBands shareBands(RulesSection s) throws RulesException {
        List<ShareBand> bands = new ArrayList<>();
        for (RulesSection b : s.sections("bands")) {
            b.allow("stars", "min-share");
            int stars = b.integer("stars", 1, 4);
            double minShare = b.share("min-share");
            bands.add(b.build(() -> new ShareBand(stars, minShare)));
        }
        int otherwise = s.integer("otherwise", 1, 4);
        return s.build(() -> new ShareBands(bands, otherwise));
    }

    private static Impact impact(RulesSection caps, String key) throws RulesException {
        for (Impact impact : Impact.values()) {
            if (impact != Impact.NONE && impact.label().equals(key)) {
                return impact;
            }
        }
        throw caps.problem(key, "not an axe impact (known: critical, minor, moderate, serious)");
    }
}
