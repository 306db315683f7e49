package wales.councilaudit.crawl;

/**
 * A {@link TrapDetector}'s decision to cut a URL: the kind of trap and the evidence, for the crawl's record.
 *
 * @param kind the kind of trap
 * @param detail what was seen, in English, for a report: the path pattern and the threshold it crossed; text from
 *     the URL, so it must be escaped before it reaches HTML
 */
public record TrapCut(TrapKind kind, String detail) {

    public TrapCut {
        if (kind == null || detail == null) {
            throw new IllegalArgumentException("kind and detail are required");
        }
    }
}
