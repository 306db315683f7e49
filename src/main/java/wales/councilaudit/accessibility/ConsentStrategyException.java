package wales.councilaudit.accessibility;

/** A consent strategy file that cannot be used; the message reads {@code FILE:LINE: problem}. */
public final class ConsentStrategyException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;

    /** @param line 1-based, or 0 when the problem concerns the whole file */
    public ConsentStrategyException(String source, int line, String problem) {
        super(source + (line > 0 ? ":" + line : "") + ": " + problem);
        this.source = source;
        this.line = line;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }
}
