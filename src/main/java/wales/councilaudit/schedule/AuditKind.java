package wales.councilaudit.schedule;

/** Why a council's audit was queued. */
public enum AuditKind {
    /** One council of the annual benchmark, which queues every council under one run id. */
    BENCHMARK,
    /** A re-test of one council that somebody asked for, under a run of its own. */
    RETEST;

    /** The kind as run ids and the store name it: {@code benchmark}, {@code retest}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
