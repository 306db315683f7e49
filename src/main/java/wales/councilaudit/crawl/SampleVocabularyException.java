package wales.councilaudit.crawl;

/**
 * A sample vocabulary file that cannot be used. The message names the file, the line (when known) and the problem,
 * in the form {@code FILE:LINE: problem}.
 */
public final class SampleVocabularyException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String problem;

    /**
     * @param line 1-based, or 0 when the problem concerns the whole file
     */
    public SampleVocabularyException(String source, int line, String problem) {
        super(source + (line > 0 ? ":" + line : "") + ": " + problem);
        this.source = source;
        this.line = line;
        this.problem = problem;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
