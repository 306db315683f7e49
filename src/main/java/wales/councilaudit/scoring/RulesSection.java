package wales.councilaudit.scoring;

import com.fasterxml.jackson.core.JsonToken;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import wales.councilaudit.scoring.YamlTree.Entry;
import wales.councilaudit.scoring.YamlTree.Mapping;
import wales.councilaudit.scoring.YamlTree.Node;
import wales.councilaudit.scoring.YamlTree.Scalar;
import wales.councilaudit.scoring.YamlTree.Sequence;

/**
 * One mapping of a rules file, read strictly: typed values with their ranges, required keys, unknown keys refused.
 * Every problem is a {@link RulesException} naming the file, the line and the key's path ({@code
 * overall.bands[2].tasks}).
 */
final class RulesSection {

    private final String source;
    private final String path;
    private final int line;
    private final Mapping mapping;

    private RulesSection(String source, String path, int line, Mapping mapping) {
        this.source = source;
        this.path = path;
        this.line = line;
        this.mapping = mapping;
    }

    /** The document's top-level mapping. */
    static RulesSection root(String source, Node node) throws RulesException {
        if (!(node instanceof Mapping m)) {
            throw new RulesException(source, node.line(), "expected a mapping of rules (profile, overall, ...)");
        }
        return new RulesSection(source, "", node.line(), m);
    }

    /** Refuses any key but {@code allowed}, naming the first unknown key in the order written. */
    RulesSection allow(String... allowed) throws RulesException {
        Set<String> known = new TreeSet<>(Arrays.asList(allowed));
        for (Entry entry : mapping.entries().values()) {
            if (!known.contains(entry.key())) {
                String in = path.isEmpty() ? "" : " in " + path;
                throw new RulesException(
                        source,
                        entry.line(),
                        "unknown key '" + entry.key() + "'" + in + " (known: " + String.join(", ", known) + ")");
            }
        }
        return this;
    }

    /** The keys written, in order. */
    List<String> keys() {
        return List.copyOf(mapping.entries().keySet());
    }

    /** A whole number from {@code min} to {@code max}. */
    int integer(String key, int min, int max) throws RulesException {
        Scalar scalar = scalar(key);
        String expected = "a whole number from " + min + " to " + max;
        if (scalar.kind() != JsonToken.VALUE_NUMBER_INT) {
            throw wrong(key, scalar, expected);
        }
        try {
            BigInteger value = new BigInteger(scalar.text());
            if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
                throw wrong(key, scalar, expected);
            }
            return value.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw wrong(key, scalar, expected);
        }
    }

    /** A share: a number from 0 to 1 ({@code 0.9}; {@code 0} and {@code 1} written as whole numbers too). */
    double share(String key) throws RulesException {
        Scalar scalar = scalar(key);
        String expected = "a share from 0 to 1 (like 0.9)";
        if (scalar.kind() != JsonToken.VALUE_NUMBER_INT && scalar.kind() != JsonToken.VALUE_NUMBER_FLOAT) {
            throw wrong(key, scalar, expected);
        }
        try {
            BigDecimal value = new BigDecimal(scalar.text());
            if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
                throw wrong(key, scalar, expected);
            }
            return value.doubleValue();
        } catch (NumberFormatException e) {
            throw wrong(key, scalar, expected);
        }
    }

    /** Text that is not blank. */
    String text(String key) throws RulesException {
        Scalar scalar = scalar(key);
        if (scalar.kind() != JsonToken.VALUE_STRING || scalar.text().isBlank()) {
            throw wrong(key, scalar, "text");
        }
        return scalar.text().strip();
    }

    /** The mapping under {@code key}. */
    RulesSection section(String key) throws RulesException {
        Entry entry = entry(key);
        if (!(entry.value() instanceof Mapping m)) {
            throw new RulesException(source, entry.line(), "'" + pathOf(key) + "' must be a mapping");
        }
        return new RulesSection(source, pathOf(key), entry.line(), m);
    }

    /** The list of mappings under {@code key}; at least one. */
    List<RulesSection> sections(String key) throws RulesException {
        Entry entry = entry(key);
        if (!(entry.value() instanceof Sequence s) || s.items().isEmpty()) {
            throw new RulesException(source, entry.line(), "'" + pathOf(key) + "' must be a list of mappings");
        }
        List<RulesSection> sections = new ArrayList<>();
        for (int i = 0; i < s.items().size(); i++) {
            Node item = s.items().get(i);
            String itemPath = pathOf(key) + "[" + (i + 1) + "]";
            if (!(item instanceof Mapping m)) {
                throw new RulesException(source, item.line(), "'" + itemPath + "' must be a mapping");
            }
            sections.add(new RulesSection(source, itemPath, item.line(), m));
        }
        return sections;
    }

    /**
     * Builds a record from values already read, turning its {@link IllegalArgumentException} into a problem at this
     * section's line.
     */
    <T> T build(Supplier<T> make) throws RulesException {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw new RulesException(source, line, (path.isEmpty() ? "" : path + ": ") + e.getMessage());
        }
    }

    /** A problem with the value of {@code key}, at its line. */
    RulesException problem(String key, String problem) throws RulesException {
        return new RulesException(source, entry(key).line(), pathOf(key) + ": " + problem);
    }

    private Scalar scalar(String key) throws RulesException {
        Node value = entry(key).value();
        if (!(value instanceof Scalar s)) {
            throw new RulesException(source, value.line(), pathOf(key) + ": expected a single value");
        }
        return s;
    }

    private Entry entry(String key) throws RulesException {
        Entry entry = mapping.entries().get(key);
        if (entry == null) {
            throw new RulesException(source, line, "missing key '" + key + "'" + (path.isEmpty() ? "" : " in " + path));
        }
        return entry;
    }

    private RulesException wrong(String key, Scalar scalar, String expected) {
        String got = scalar.kind() == JsonToken.VALUE_NULL ? "nothing" : "'" + scalar.text() + "'";
        if (scalar.kind() == JsonToken.VALUE_STRING && scalar.text().strip().matches("[0-9.]+")) {
            got += " as text (write numbers without quotes)";
        }
        return new RulesException(source, scalar.line(), pathOf(key) + ": expected " + expected + ", got " + got);
    }

    private String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
