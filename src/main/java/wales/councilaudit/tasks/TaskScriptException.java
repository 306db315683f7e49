package wales.councilaudit.tasks;

import wales.councilaudit.config.ConfigFileException;

/** A task script that cannot be used: {@code FILE:LINE: problem}. */
public final class TaskScriptException extends ConfigFileException {
    private static final long serialVersionUID = 1L;

    public TaskScriptException(String source, int line, String problem) {
        super(source, line, problem);
    }
}
