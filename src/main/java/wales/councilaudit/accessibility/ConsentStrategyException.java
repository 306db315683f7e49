package wales.councilaudit.accessibility;

import wales.councilaudit.config.ConfigFileException;

/** A consent strategy file that cannot be used; the message reads {@code FILE:LINE: problem}. */
public final class ConsentStrategyException extends ConfigFileException {
    private static final long serialVersionUID = 1L;

    /**
     * @param source names the file
     * @param line 1-based, or 0 when the problem concerns the whole file
     * @param problem what is wrong, for the user
     */
    public ConsentStrategyException(String source, int line, String problem) {
        super(source, line, problem);
    }
}
