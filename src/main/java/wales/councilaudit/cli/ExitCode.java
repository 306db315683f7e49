package wales.councilaudit.cli;

/** The exit statuses every command uses (documented in the README). */
public final class ExitCode {
    /** Done. */
    public static final int DONE = 0;
    /** Done, but some councils were unreachable or blocked. */
    public static final int DONE_WITH_UNREACHABLE = 1;
    /** Bad input: an option, an argument or a file; nothing was written. */
    public static final int BAD_INPUT = 2;
    /** An internal error (a bug, or the store failing); results written so far are kept. */
    public static final int INTERNAL_ERROR = 3;

    private ExitCode() {}
}
