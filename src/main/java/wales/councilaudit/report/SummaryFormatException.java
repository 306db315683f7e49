package wales.councilaudit.report;

/**
 * A {@code summary.json} or {@code councils/<id>.json} that cannot be read: not JSON, another schema, a required
 * field missing or out of range. The message names the file and the problem.
 */
public final class SummaryFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SummaryFormatException(String message) {
        super(message);
    }

    public SummaryFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
