package wales.councilaudit.report;

/** What became of one council in a run. */
public enum CouncilStatus {
    /** Every stage ran; the council has scores. */
    AUDITED,
    /** The council's site refused us (403 to our agent, robots.txt disallowing everything): recorded, not scored. */
    BLOCKED,
    /** The council's site could not be reached (DNS, connection, every answer 5xx, a redirect loop). */
    UNREACHABLE,
    /** A stage failed for a reason of ours (a crash, the browser failing): recorded so the run can go on. */
    FAILED
}
