/**
 * Benchmarks, outside the audit itself: {@code council-audit bench crawl} ({@link
 * wales.councilaudit.bench.CrawlBench}) times the product's crawl engine against a floor on a generated local
 * site; {@code council-audit bench scan} ({@link wales.councilaudit.bench.ScanBench}) times the browser stage's axe-core
 * scan against pa11y-ci and {@code @axe-core/cli} on a generated corpus ({@link wales.councilaudit.bench.ScanCorpus}),
 * comparing the rule ids each reports per page.
 *
 * <ul>
 *   <li>{@link wales.councilaudit.bench.GeneratedSite}: a deterministic site of N pages on 127.0.0.1, made on the
 *       fly;
 *   <li>{@link wales.councilaudit.bench.CrawlUnderTest}: what the benchmark runs; {@link
 *       wales.councilaudit.bench.FloorCrawler} (a bare HttpClient 5 + jsoup loop, the yardstick) and {@link
 *       wales.councilaudit.bench.ProductCrawl} (the product) implement it;
 *   <li>{@link wales.councilaudit.bench.HeapSampler}: peak heap during one run.
 * </ul>
 *
 * <p>Unlike the audit's packages, the floor uses HttpClient and jsoup directly, and the scan's peers run as node processes: it must not share the product's
 * code. Nothing in the audit depends on this package.
 */
package wales.councilaudit.bench;
