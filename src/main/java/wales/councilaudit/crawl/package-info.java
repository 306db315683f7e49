/**
 * The crawl stage (issue 4). {@link wales.councilaudit.crawl.CouncilCrawler} crawls one council's site into its
 * {@link wales.councilaudit.crawl.CrawlLedger} (the frontier, seen-set and pages, kept by the results store) and
 * returns a {@link wales.councilaudit.crawl.CrawlSummary} with the sample for the browser stage. Its parts are each a
 * pure decision or a thread-safe gate, so the engine only wires them:
 *
 * <ul>
 *   <li>robots.txt (RFC 9309): {@link wales.councilaudit.crawl.RobotsParser} turns bytes into {@link
 *       wales.councilaudit.crawl.RobotsRules} without fetching or throwing; {@link
 *       wales.councilaudit.crawl.RobotsPolicy} turns a fetch's outcome into a {@link
 *       wales.councilaudit.crawl.RobotsOutcome} (rules to obey, and for a 403 or a server failure the evidence);
 *   <li>links: {@link wales.councilaudit.crawl.UrlNormaliser} gives one form of each URL before the frontier sees
 *       it, {@link wales.councilaudit.crawl.CrawlScope} keeps the crawl on the council's hosts and says why a link
 *       is out of scope, {@link wales.councilaudit.crawl.TrapDetector} cuts query explosions, calendars and
 *       repeating or deep paths, counting what it cut;
 *   <li>sitemaps: {@link wales.councilaudit.crawl.SitemapReader} reads a site's sitemaps (XML, text, indexes, gzip,
 *       RSS and Atom) through the fetch function it is given, within {@link wales.councilaudit.crawl.SitemapLimits},
 *       into the in-scope page URLs and each file's {@link wales.councilaudit.crawl.SitemapOutcome};
 *   <li>pages: {@link wales.councilaudit.crawl.PageAnalyser} decodes a page as a browser would and gives its
 *       title, language, canonical, links, hreflang and Welsh-twin candidates in one parse;
 *   <li>politeness: {@link wales.councilaudit.crawl.HostPoliteness} serialises and spaces requests per host,
 *       honours Crawl-delay and Retry-After, backs off and marks hosts that refuse us;
 *   <li>the sample: {@link wales.councilaudit.crawl.SampleSelector} chooses the at most 25 pages per council that
 *       the browser stage examines (the home page, the contact page, a page per task and per top-level section, the
 *       most linked), each with every {@link wales.councilaudit.crawl.SampleReason} that applies, matching titles and
 *       paths against the English and Welsh words of a {@link wales.councilaudit.crawl.SampleVocabulary}.
 * </ul>
 *
 * <p>crawler-commons and jsoup types stay inside this package. No method accepts or returns {@code null}.
 */
package wales.councilaudit.crawl;
