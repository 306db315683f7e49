package wales.councilaudit.report;

/**
 * How much of a council's English site has a verified Welsh twin, from the crawl.
 *
 * @param englishPages HTML pages in English that the crawl fetched
 * @param verified of those, pages whose twin answered 200 with {@code lang="cy"} and names the page back
 * @param coverage {@code verified / englishPages}, 0 to 1; 0 when there were no English pages
 */
public record WelshCoverage(long englishPages, long verified, double coverage) {

    public static WelshCoverage of(long englishPages, long verified) {
        return new WelshCoverage(englishPages, verified, englishPages == 0 ? 0 : (double) verified / englishPages);
    }
}
