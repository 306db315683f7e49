package wales.councilaudit.crawl;

import java.util.Objects;

/**
 * Why a page is in a sample, for people and for the record: {@code task missed-bin: title matches 'bins'}. Each
 * reason is a fact about the page, not about the order it was picked in; {@link SamplePage#reasons()} lists every
 * reason that applies. Immutable.
 *
 * @param kind what kind of reason
 * @param subject what the reason is about: the task's id for {@link Kind#TASK} ({@code missed-bin}), the section for
 *     {@link Kind#SECTION} ({@code /bins-and-recycling}, with its host when that is not the home page's), else empty
 * @param evidence what was found, in a phrase: {@code title matches 'bins', 'recycling'; URL matches 'bins'}
 */
public record SampleReason(Kind kind, String subject, String evidence) {

    /** The kinds of reason, in the order {@link SampleSelector} picks for them. */
    public enum Kind {
        /** The home page the audit starts from. */
        HOME("home"),
        /** The one page chosen as the council's contact page. */
        CONTACT("contact"),
        /** The title or URL matches a task's vocabulary. */
        TASK("task"),
        /** The page is its top-level section's most-linked page. */
        SECTION("section"),
        /** The page is among the sample's size most-linked pages of the site. */
        MOST_LINKED("most linked");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** How the kind starts a reason's {@link #text()}: {@code most linked}. */
        public String label() {
            return label;
        }
    }

    public SampleReason {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(evidence, "evidence");
        if ((kind == Kind.TASK || kind == Kind.SECTION) == subject.isEmpty()) {
            throw new IllegalArgumentException("a task or section reason names its subject, no other does: " + kind);
        }
        if (evidence.isBlank()) {
            throw new IllegalArgumentException("a reason has evidence");
        }
    }

    /** The reason in one line: {@code task missed-bin: title matches 'bin'}, {@code home: the home page}. */
    public String text() {
        return kind.label() + (subject.isEmpty() ? "" : " " + subject) + ": " + evidence;
    }

    @Override
    public String toString() {
        return text();
    }
}
