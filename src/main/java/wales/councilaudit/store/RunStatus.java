package wales.councilaudit.store;

/** Where a run stands. */
public enum RunStatus {
    /** Started and not finished (or its process died; a later issue adds resuming). */
    RUNNING,
    /** Finished; every council has a result. */
    COMPLETED,
    /** Stopped by an internal error; the results written so far are kept. */
    FAILED
}
