package wales.councilaudit.crawl;

import wales.councilaudit.config.ConfigFileException;

/**
 * A sample vocabulary file that cannot be used. The message names the file, the line (when known) and the problem,
 * in the form {@code FILE:LINE: problem}.
 */
public final class SampleVocabularyException extends ConfigFileException {
    private static final long serialVersionUID = 1L;

    /**
     * @param source names the file
     * @param line 1-based, or 0 when the problem concerns the whole file
     * @param problem what is wrong, for the user
     */
    public SampleVocabularyException(String source, int line, String problem) {
        super(source, line, problem);
    }
}
