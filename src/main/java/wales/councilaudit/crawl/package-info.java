/**
 * The crawl stage. So far: robots.txt (RFC 9309) as pure decisions over bytes and fetch outcomes.
 *
 * <p>{@link wales.councilaudit.crawl.RobotsParser} turns the bytes of a robots.txt into {@link
 * wales.councilaudit.crawl.RobotsRules} without fetching anything and without ever throwing on bad content; {@link
 * wales.councilaudit.crawl.RobotsPolicy} turns the outcome of fetching a robots.txt ({@link
 * wales.councilaudit.crawl.RobotsResponse}) into a {@link wales.councilaudit.crawl.RobotsOutcome}: the rules to obey
 * and, for a 403 or a server failure, the evidence a crawl records. crawler-commons types stay inside this package.
 * No method accepts or returns {@code null}; every type is immutable and thread-safe.
 */
package wales.councilaudit.crawl;
