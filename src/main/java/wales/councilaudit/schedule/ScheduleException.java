package wales.councilaudit.schedule;

/** The job store or Quartz failed: the database is unreachable, or a row could not be read or written. */
public final class ScheduleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ScheduleException(String message, Throwable cause) {
        super(message, cause);
    }
}
