package wales.councilaudit.browser;

/**
 * A browser profile or Grid file that cannot be used. The message names the file, the line (when known) and the
 * problem, in the form {@code FILE:LINE: problem}, like the registry's and the scoring rules' errors.
 */
public final class BrowserConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String problem;

    /**
     * @param source names the file (a path, or "bundled profile ..." for a classpath copy)
     * @param line 1-based, or 0 when the problem concerns the whole file
     * @param problem what is wrong, for the user
     */
    public BrowserConfigException(String source, int line, String problem) {
        super(source + (line > 0 ? ":" + line : "") + ": " + problem);
        this.source = source;
        this.line = line;
        this.problem = problem;
    }

    public String source() {
        return source;
    }

    /** 1-based, or 0 for the whole file. */
    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
