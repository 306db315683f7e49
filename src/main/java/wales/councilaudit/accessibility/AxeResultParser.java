package wales.councilaudit.accessibility;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import wales.councilaudit.scoring.Impact;

/**
 * Reads the JSON that {@code axe-run.js} hands back, once, with Jackson, keeping only what findings and tallies need.
 * Never fetches and never throws for a bad document: that is a {@link AxeOutcome.Failed}. Thread-safe.
 */
final class AxeResultParser {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** A WCAG success-criterion tag: {@code wcag111} is 1.1.1, {@code wcag1412} is 1.4.12. */
    private static final Pattern CRITERION_TAG = Pattern.compile("wcag(\\d)(\\d)(\\d{1,2})");

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RawNode(JsonNode target, String html, String impact) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RawRule(String id, String impact, List<String> tags, String help, String helpUrl, List<RawNode> nodes) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RawPass(String id, int nodes) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RawResult(
            String error, String version, List<RawRule> violations, List<RawRule> incomplete, List<RawPass> passes) {}

    private AxeResultParser() {}

    /**
     * The outcome of one run.
     *
     * @param json what {@code axe-run.js} returned
     * @param frames the frames axe was injected into
     */
    static AxeOutcome parse(String json, ScanContext context, int frames) {
        RawResult raw;
        try {
            raw = MAPPER.readValue(json, RawResult.class);
        } catch (JsonProcessingException e) {
            return new AxeOutcome.Failed(context, "axe-core's result is not JSON: " + e.getOriginalMessage());
        }
        if (raw.error() != null) {
            return new AxeOutcome.Failed(context, "axe-core failed: " + raw.error());
        }
        if (raw.version() == null || raw.violations() == null || raw.incomplete() == null || raw.passes() == null) {
            return new AxeOutcome.Failed(context, "axe-core's result lacks its version or a result list");
        }
        List<Finding> findings = new ArrayList<>();
        Map<String, RuleTally> tallies = new HashMap<>();
        for (RawPass pass : raw.passes()) {
            tallies.merge(pass.id(), new RuleTally(pass.id(), pass.nodes(), 0, 0), RuleTally::plus);
        }
        for (RawRule rule : raw.violations()) {
            findings.addAll(findings(rule, Certainty.VIOLATION, context));
            tallies.merge(rule.id(), new RuleTally(rule.id(), 0, size(rule), 0), RuleTally::plus);
        }
        for (RawRule rule : raw.incomplete()) {
            findings.addAll(findings(rule, Certainty.NEEDS_REVIEW, context));
            tallies.merge(rule.id(), new RuleTally(rule.id(), 0, 0, size(rule)), RuleTally::plus);
        }
        return new AxeOutcome.Analysed(context, raw.version(), frames, findings, tallies);
    }

    private static int size(RawRule rule) {
        return rule.nodes() == null ? 0 : rule.nodes().size();
    }

    private static List<Finding> findings(RawRule rule, Certainty certainty, ScanContext context) {
        List<String> criteria = criteria(rule.tags() == null ? List.of() : rule.tags());
        List<Finding> findings = new ArrayList<>();
        for (RawNode node : rule.nodes() == null ? List.<RawNode>of() : rule.nodes()) {
            Impact impact = impact(node.impact() != null ? node.impact() : rule.impact());
            Certainty sure = impact == Impact.NONE ? Certainty.NEEDS_REVIEW : certainty;
            findings.add(new Finding(
                    context.page(),
                    context.profile(),
                    context.view(),
                    Source.AXE,
                    sure,
                    rule.id(),
                    impact,
                    criteria,
                    orEmpty(rule.help()),
                    orEmpty(rule.helpUrl()),
                    selector(node.target()),
                    orEmpty(node.html())));
        }
        return findings;
    }

    /** The WCAG success criteria named by axe-core's tags ({@code wcag143} is 1.4.3); level tags are skipped. */
    static List<String> criteria(List<String> tags) {
        List<String> criteria = new ArrayList<>();
        for (String tag : tags) {
            Matcher m = CRITERION_TAG.matcher(tag);
            if (m.matches()) {
                criteria.add(m.group(1) + "." + m.group(2) + "." + m.group(3));
            }
        }
        return criteria;
    }

    static Impact impact(String label) {
        if (label == null) {
            return Impact.NONE;
        }
        return switch (label.toLowerCase(Locale.ROOT)) {
            case "minor" -> Impact.MINOR;
            case "moderate" -> Impact.MODERATE;
            case "serious" -> Impact.SERIOUS;
            case "critical" -> Impact.CRITICAL;
            default -> Impact.NONE;
        };
    }

    /**
     * axe-core's target as one selector: an array with one entry per frame (outermost first), each entry a string or,
     * inside shadow roots, an array of host selectors then the element's.
     */
    static String selector(JsonNode target) {
        if (target == null || target.isNull()) {
            return "";
        }
        if (target.isTextual()) {
            return target.asText();
        }
        List<String> frames = new ArrayList<>();
        for (JsonNode part : target) {
            if (part.isArray()) {
                List<String> shadow = new ArrayList<>();
                part.forEach(p -> shadow.add(p.asText()));
                frames.add(String.join(Finding.SHADOW_SEPARATOR, shadow));
            } else {
                frames.add(part.asText());
            }
        }
        return String.join(Finding.FRAME_SEPARATOR, frames);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
