package wales.councilaudit.config;

/**
 * A configuration file that cannot be used: a registry, scoring rules, a sample vocabulary, a browser profile, a
 * consent strategy. The message names the file, the line (when known) and the problem, in the form {@code
 * FILE:LINE: problem}, so that every file the product reads reports its faults the same way. Each reader throws its
 * own subclass, so a caller can tell which file failed by type.
 */
public abstract class ConfigFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String problem;

    /**
     * @param source names the file (a path, or "bundled …" for a copy inside the jar)
     * @param line 1-based, or 0 when the problem concerns the whole file
     * @param problem what is wrong, for the user
     */
    protected ConfigFileException(String source, int line, String problem) {
        super(source + (line > 0 ? ":" + line : "") + ": " + problem);
        this.source = source;
        this.line = line;
        this.problem = problem;
    }

    /** The file, as the message names it. */
    public String source() {
        return source;
    }

    /** 1-based, or 0 for the whole file. */
    public int line() {
        return line;
    }

    /** What is wrong, without the file and line. */
    public String problem() {
        return problem;
    }
}
