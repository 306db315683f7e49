/**
 * Scheduling: the annual benchmark and on-demand re-tests as Quartz jobs in a JDBC job store on the results
 * store's database (embedded H2, or PostgreSQL shared by several nodes).
 *
 * <p>One council's audit is one job execution, on the council's own durable job, which never runs twice at once;
 * triggers carry the run id, the kind and the reason. Jobs ask for recovery, so an audit whose node died is run
 * again by another node (writing a council's result for a run is an upsert, so the rerun leaves no duplicate).
 * {@link wales.councilaudit.schedule.AuditScheduler} is the package's face; {@link
 * wales.councilaudit.schedule.RetestRule} and {@link wales.councilaudit.schedule.MisfireRule} are the two rules
 * written as pure functions. Quartz's types stay inside this package; the audit itself is behind {@link
 * wales.councilaudit.schedule.CouncilAuditor}.
 */
package wales.councilaudit.schedule;
