/**
 * Scoring: an automated, documented approximation of Better Connected's Annex B star ratings.
 *
 * <p>Everything here is a pure function over immutable records: the component scores (a task's stars, tools for
 * accessing content, mobile, accessibility) and the overall star are computed from measured facts and a {@link
 * wales.councilaudit.scoring.ScoringRules rules file}, and each result carries the reasons ("why") that decided it,
 * in plain sentences a report can show. The only I/O is {@link wales.councilaudit.scoring.ScoringRulesLoader}, which
 * reads a rules file once at the boundary. No method accepts or returns {@code null}; every type is thread-safe.
 */
package wales.councilaudit.scoring;
