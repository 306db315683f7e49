package wales.councilaudit.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SampleSelectorTest {

    private static final String SITE = "https://www.sir.gov.wales";
    private static final URI HOME = URI.create(SITE + "/");
    private static final SampleVocabulary WORDS = SampleVocabulary.bundled();

    /** An eligible English page (200, HTML). */
    private static SampleCandidate page(String path, String title, int depth, int inLinks) {
        return new SampleCandidate(URI.create(SITE + path), title, "en", depth, inLinks, 200, true);
    }

    private static SampleCandidate welsh(String path, String title, int depth, int inLinks) {
        return new SampleCandidate(URI.create(SITE + path), title, "cy", depth, inLinks, 200, true);
    }

    /** A small bilingual site in the Drupal style: landing pages, task pages, news, Welsh under /cy/. */
    private static List<SampleCandidate> site() {
        return List.of(
                page("/", "Home - Sir Council", 0, 500),
                page("/contact-us", "Contact us", 1, 480),
                welsh("/cy/cysylltu-a-ni", "Cysylltu â ni", 2, 30),
                page("/bins-and-recycling", "Bins and recycling", 1, 450),
                page("/bins-and-recycling/report-missed-bin", "Report a missed bin collection", 2, 40),
                welsh("/cy/biniau-ac-ailgylchu", "Biniau ac ailgylchu", 2, 35),
                page("/planning", "Planning and building control", 1, 440),
                page("/planning/comment-on-planning-application", "Comment on a planning application", 2, 20),
                page("/libraries", "Libraries", 1, 430),
                page("/libraries/renew-books", "Renew library books", 2, 12),
                page("/transport-and-parking", "Transport and parking", 1, 420),
                page("/transport-and-parking/blue-badge", "Apply for a Blue Badge", 2, 15),
                welsh("/cy/trafnidiaeth/bathodyn-glas", "Gwneud cais am Fathodyn Glas", 3, 4),
                page("/council-tax", "Council Tax", 1, 410),
                page("/news", "News", 1, 400),
                page("/news/new-leisure-centre", "New leisure centre", 2, 5),
                page("/jobs", "Jobs and careers", 1, 390),
                new SampleCandidate(URI.create(SITE + "/docs/bins.pdf"), "", "", 2, 600, 200, false),
                new SampleCandidate(URI.create(SITE + "/bins-old"), "Bins", "en", 2, 700, 404, true),
                new SampleCandidate(URI.create(SITE + "/bins-later"), "", "", 3, 0, SampleCandidate.NOT_FETCHED, true));
    }

    /** The sample as lines: {@code rank path | reason; reason}. */
    private static List<String> lines(List<SamplePage> sample) {
        return sample.stream()
                .map(p -> p.rank() + " " + p.url().toString().substring(SITE.length()) + " | "
                        + p.reasons().stream().map(SampleReason::text).collect(Collectors.joining("; ")))
                .toList();
    }

    private static List<String> lines(URI home, Iterable<SampleCandidate> candidates, int k) {
        return lines(SampleSelector.select(home, candidates, WORDS, k));
    }

    /** The sample's paths, in rank order. */
    private static List<String> paths(List<SamplePage> sample) {
        return sample.stream().map(p -> p.url().getRawPath()).toList();
    }

    @Test
    void aSmallBilingualSiteGivesEveryPageWithEveryReason() {
        assertThat(lines(SampleSelector.select(HOME, site(), WORDS)))
                .containsExactly(
                        "1 / | home: the home page; most linked: 500 in-links, rank 1 of 17 pages by in-links",
                        "2 /contact-us | contact: title matches 'contact', 'contact us'; URL matches 'contact', 'contact us'; section /contact-us: its only page: 480 in-links, depth 1; most linked: 480 in-links, rank 2 of 17 pages by in-links",
                        "3 /bins-and-recycling/report-missed-bin | task missed-bin: title matches 'bin', 'collection', 'missed', 'missed bin'; URL matches 'bin', 'bins', 'recycling', 'missed', 'missed bin'; most linked: 40 in-links, rank 10 of 17 pages by in-links",
                        "4 /planning/comment-on-planning-application | task planning-objection: title matches 'planning', 'planning application', 'comment'; URL matches 'planning', 'planning application', 'comment'; most linked: 20 in-links, rank 13 of 17 pages by in-links",
                        "5 /libraries/renew-books | task library-renewal: title matches 'library', 'renew'; URL matches 'libraries', 'renew'; most linked: 12 in-links, rank 15 of 17 pages by in-links",
                        "6 /transport-and-parking/blue-badge | task blue-badge: title matches 'blue badge'; URL matches 'blue badge', 'parking'; most linked: 15 in-links, rank 14 of 17 pages by in-links",
                        "7 /council-tax | section /council-tax: its only page: 410 in-links, depth 1; most linked: 410 in-links, rank 7 of 17 pages by in-links",
                        "8 /news | section /news: the most linked of its 2 pages: 400 in-links, depth 1; most linked: 400 in-links, rank 8 of 17 pages by in-links",
                        "9 /jobs | section /jobs: its only page: 390 in-links, depth 1; most linked: 390 in-links, rank 9 of 17 pages by in-links",
                        "10 /cy/biniau-ac-ailgylchu | section /cy/biniau-ac-ailgylchu: its only page: 35 in-links, depth 2; task missed-bin: title matches 'biniau', 'ailgylchu'; URL matches 'biniau', 'ailgylchu'; most linked: 35 in-links, rank 11 of 17 pages by in-links",
                        "11 /cy/cysylltu-a-ni | section /cy/cysylltu-a-ni: its only page: 30 in-links, depth 2; most linked: 30 in-links, rank 12 of 17 pages by in-links",
                        "12 /cy/trafnidiaeth/bathodyn-glas | section /cy/trafnidiaeth: its only page: 4 in-links, depth 3; task blue-badge: title matches 'bathodyn glas' (as 'fathodyn glas'); URL matches 'bathodyn glas'; most linked: 4 in-links, rank 17 of 17 pages by in-links",
                        "13 /bins-and-recycling | task missed-bin: title matches 'bins', 'recycling'; URL matches 'bins', 'recycling'; section /bins-and-recycling: the most linked of its 2 pages: 450 in-links, depth 1; most linked: 450 in-links, rank 3 of 17 pages by in-links",
                        "14 /planning | task planning-objection: title matches 'planning'; URL matches 'planning'; section /planning: the most linked of its 2 pages: 440 in-links, depth 1; most linked: 440 in-links, rank 4 of 17 pages by in-links",
                        "15 /libraries | task library-renewal: title matches 'libraries'; URL matches 'libraries'; section /libraries: the most linked of its 2 pages: 430 in-links, depth 1; most linked: 430 in-links, rank 5 of 17 pages by in-links",
                        "16 /transport-and-parking | task blue-badge: title matches 'parking'; URL matches 'parking'; section /transport-and-parking: the most linked of its 2 pages: 420 in-links, depth 1; most linked: 420 in-links, rank 6 of 17 pages by in-links",
                        "17 /news/new-leisure-centre | most linked: 5 in-links, rank 16 of 17 pages by in-links");
    }

    @ParameterizedTest(name = "[{index}] k = {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # k | the sample's paths: home, contact, a page per task, then sections not yet covered
            1   | /
            2   | /, /contact-us
            4   | /, /contact-us, /bins-and-recycling/report-missed-bin, /planning/comment-on-planning-application
            6   | /, /contact-us, /bins-and-recycling/report-missed-bin, /planning/comment-on-planning-application, /libraries/renew-books, /transport-and-parking/blue-badge
            9   | /, /contact-us, /bins-and-recycling/report-missed-bin, /planning/comment-on-planning-application, /libraries/renew-books, /transport-and-parking/blue-badge, /council-tax, /news, /jobs
            """)
    void aSmallerSampleKeepsThePagesOfLowerRank(int k, String expected) {
        List<SamplePage> sample = SampleSelector.select(HOME, site(), WORDS, k);

        assertThat(paths(sample)).containsExactly(expected.split(", "));
        assertThat(paths(sample))
                .containsExactlyElementsOf(
                        paths(SampleSelector.select(HOME, site(), WORDS, 40)).subList(0, k));
    }

    @ParameterizedTest(name = "[{index}] k = {0}")
    @ValueSource(ints = {1, 2, 3, 7, 25, 60, 499, 500, 501, 800})
    void theSampleHasAtMostKDistinctPagesRankedFromOne(int k) {
        List<SampleCandidate> site = randomSite(new Random(7), 500);

        List<SamplePage> sample = SampleSelector.select(HOME, site, WORDS, k);

        long eligible = site.stream().filter(SampleCandidate::eligible).count();
        assertThat(eligible).isBetween(400L, 499L);
        assertThat(sample).hasSize((int) Math.min(k, eligible));
        assertThat(sample)
                .extracting(SamplePage::rank)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, sample.size()).boxed().toList());
        assertThat(sample).extracting(SamplePage::url).doesNotHaveDuplicates();
        assertThat(sample.get(0).url()).isEqualTo(HOME);
        assertThat(sample).allSatisfy(p -> assertThat(p.reasons()).isNotEmpty());
    }

    @Test
    void theSameCandidatesInAnyOrderGiveTheSameSample() {
        List<SampleCandidate> site = randomSite(new Random(2026), 3_000);
        List<SamplePage> expected = SampleSelector.select(HOME, site, WORDS);

        for (long seed = 1; seed <= 10; seed++) {
            List<SampleCandidate> shuffled = new ArrayList<>(site);
            Collections.shuffle(shuffled, new Random(seed));

            assertThat(SampleSelector.select(HOME, shuffled, WORDS))
                    .as("shuffle %d", seed)
                    .isEqualTo(expected);
        }
        assertThat(expected).hasSize(SampleSelector.DEFAULT_SIZE);
        assertThat(expected.stream().flatMap(p -> p.reasons().stream()).map(SampleReason::kind))
                .contains(SampleReason.Kind.values());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # how the crawl saw the home page | the home page's reason
            ABSENT                            | home: the home page (not among the crawled pages)
            200 html                          | home: the home page
            403 html                          | home: the home page (the crawl got status 403)
            503 html                          | home: the home page (the crawl got status 503)
            0 html                            | home: the home page (the crawl did not fetch it)
            200 other                         | home: the home page (not HTML to the crawl)
            """)
    void theHomePageIsAlwaysFirstEvenWhenTheCrawlCouldNotFetchIt(String crawled, String reason) {
        List<SampleCandidate> candidates = new ArrayList<>();
        if (!crawled.equals("ABSENT")) {
            String[] parts = crawled.split(" ");
            candidates.add(new SampleCandidate(
                    HOME, "Sir Council", "en", 0, 0, Integer.parseInt(parts[0]), parts[1].equals("html")));
        }

        List<SamplePage> sample = SampleSelector.select(HOME, candidates, WORDS);

        assertThat(sample).singleElement().satisfies(p -> {
            assertThat(p.url()).isEqualTo(HOME);
            assertThat(p.rank()).isEqualTo(1);
            assertThat(p.reasons()).extracting(SampleReason::text).startsWith(reason);
            assertThat(p.pickedFor().kind()).isEqualTo(SampleReason.Kind.HOME);
        });
    }

    @Test
    void noCandidatesGiveJustTheHomePage() {
        assertThat(lines(HOME, List.of(), 25))
                .containsExactly("1 / | home: the home page (not among the crawled pages)");
    }

    @Test
    void theHomePageIsRecognisedDespiteCaseADefaultPortOrAnEmptyPath() {
        SampleCandidate home = new SampleCandidate(
                URI.create("HTTPS://WWW.SIR.GOV.WALES:443"), "Contact us about bins", "en", 0, 9, 200, true);

        assertThat(lines(HOME, List.of(home), 25))
                .containsExactly("1 / | home: the home page; most linked: 9 in-links, rank 1 of 1 pages by in-links");
    }

    @ParameterizedTest(name = "[{index}] status {0}, html {1}")
    @CsvSource({"404, true", "500, true", "301, true", "0, true", "200, false"})
    void pagesThatDidNotAnswer200AsHtmlAreNeverChosen(int status, boolean html) {
        SampleCandidate tempting = new SampleCandidate(
                URI.create(SITE + "/contact-us/bins"), "Contact us: bins", "en", 1, 999, status, html);

        List<SamplePage> sample = SampleSelector.select(HOME, List.of(page("/", "Home", 0, 5), tempting), WORDS);

        assertThat(paths(sample)).containsExactly("/");
        assertThat(sample.get(0).reasons())
                .extracting(SampleReason::text)
                .contains("most linked: 5 in-links, rank 1 of 1 pages by in-links");
    }

    @ParameterizedTest(name = "[{index}] {0} ({1}) {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "NONE", textBlock = """
            # title                           | lang  | path                                    | the page's contact and task reasons
            Casgliadau biniau a gwastraff     | cy    | /cy/casgliadau                          | task missed-bin: title matches 'biniau', 'gwastraff'
            Gwneud cais am Fathodyn Glas      | cy    | /cy/x                                   | task blue-badge: title matches 'bathodyn glas' (as 'fathodyn glas')
            Gwneud cais am Fathodyn Glas      | cy-GB | /cy/x                                   | task blue-badge: title matches 'bathodyn glas' (as 'fathodyn glas')
            Gwneud cais am Fathodyn Glas      | ''    | /cy/x                                   | task blue-badge: title matches 'bathodyn glas' (as 'fathodyn glas')
            Gwneud cais am Fathodyn Glas      | en    | /cy/x                                   | NONE
            Rhoi sylwadau ar gais cynllunio   | cy    | /cy/x                                   | task planning-objection: title matches 'cynllunio', 'cais cynllunio' (as 'gais cynllunio'), 'sylwadau'
            Trafnidiaeth a pharcio            | cy    | /cy/x                                   | task blue-badge: title matches 'parcio' (as 'pharcio')
            Ein llyfrgelloedd                 | cy    | /cy/x                                   | task library-renewal: title matches 'llyfrgelloedd'
            Oriau agor y Lyfrgell             | cy    | /cy/x                                   | task library-renewal: title matches 'llyfrgell' (as 'lyfrgell')
            Adnewyddu llyfrau llyfrgell       | cy    | /cy/x                                   | task library-renewal: title matches 'llyfrgell', 'adnewyddu'
            Cysylltwch â ni                   | cy    | /cy/x                                   | contact: title matches 'cysylltwch'
            Canolfan ar fin cau               | cy    | /cy/x                                   | NONE
            Cabinet meeting                   | en    | /council/cabinet                        | NONE
            BINS & RECYCLING                  | en    | /x                                      | task missed-bin: title matches 'bins', 'recycling'
            Report it                         | en    | /ENG/Bins_and_Recycling/Pages/Missed.aspx | task missed-bin: URL matches 'bins', 'recycling', 'missed'
            Gwneud cais                       | cy    | /cy/gwneud%20cais%20am%20fathodyn%20glas | task blue-badge: URL matches 'bathodyn glas' (as 'fathodyn glas')
            Search                            | en    | /search?q=bins                          | NONE
            Contact us about parking          | en    | /contact                                | contact: title matches 'contact', 'contact us'; URL matches 'contact'; task blue-badge: title matches 'parking'
            """)
    void titlesAndPathsMatchTheTasksInEitherLanguage(String title, String lang, String path, String expected) {
        SampleCandidate candidate = new SampleCandidate(URI.create(SITE + path), title, lang, 1, 1, 200, true);

        List<SamplePage> sample = SampleSelector.select(HOME, List.of(candidate), WORDS);

        assertThat(sample).hasSize(2);
        String reasons = sample.get(1).reasons().stream()
                .filter(r -> r.kind() == SampleReason.Kind.CONTACT || r.kind() == SampleReason.Kind.TASK)
                .sorted(Comparator.comparing(SampleReason::kind))
                .map(SampleReason::text)
                .collect(Collectors.joining("; "));
        assertThat(reasons).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void wordsMatchWithoutRegardToDiacritics() {
        SampleVocabulary.Words none = new SampleVocabulary.Words(List.of("nothing here"), List.of("dim byd"));
        SampleVocabulary festivals = new SampleVocabulary(
                List.of(new SampleVocabulary.Task(
                        "festival",
                        "Find a festival",
                        new SampleVocabulary.Words(List.of("festival"), List.of("gŵyl")))),
                none);
        List<SampleCandidate> pages = List.of(
                welsh("/cy/a", "Gwyl Fwyd", 1, 3),
                welsh("/cy/b", "Yr Ŵyl", 1, 2),
                welsh("/cy/c", "GŴYL Y GAEAF", 1, 1));

        List<SamplePage> sample = SampleSelector.select(HOME, pages, festivals);

        assertThat(sample.stream().skip(1).map(p -> p.pickedFor().text()))
                .containsExactly(
                        "task festival: title matches 'gŵyl'",
                        "section /cy/b: its only page: 2 in-links, depth 1",
                        "section /cy/c: its only page: 1 in-link, depth 1");
        assertThat(sample.get(2).reasons())
                .extracting(SampleReason::text)
                .contains("task festival: title matches 'gŵyl' (as 'wyl')");
        assertThat(sample.get(3).reasons())
                .extracting(SampleReason::text)
                .contains("task festival: title matches 'gŵyl'");
    }

    @Test
    void theContactPageIsATitleMatchBeforeAUrlMatchThenTheShortestUrlThenTheUrlsText() {
        SampleCandidate urlOnly = page("/contact", "Get in touch", 1, 900);
        SampleCandidate longTitle = page("/about/contact-the-council-team", "Contact the team", 3, 1);
        SampleCandidate shortTitle = welsh("/cy/cysylltwch", "Cysylltwch â ni", 2, 1);
        SampleCandidate sameLength = welsh("/cy/cysylltwcg", "Cysylltwch â ni", 2, 1);

        assertThat(contact(urlOnly, longTitle)).isEqualTo("/about/contact-the-council-team");
        assertThat(contact(urlOnly, longTitle, shortTitle)).isEqualTo("/cy/cysylltwch");
        assertThat(contact(urlOnly, longTitle, shortTitle, sameLength)).isEqualTo("/cy/cysylltwcg");
        assertThat(contact(urlOnly)).isEqualTo("/contact");
    }

    private static String contact(SampleCandidate... candidates) {
        return SampleSelector.select(HOME, List.of(candidates), WORDS).stream()
                .filter(p -> p.has(SampleReason.Kind.CONTACT))
                .map(p -> p.url().getRawPath())
                .collect(Collectors.joining(", "));
    }

    @ParameterizedTest(name = "[{index}] {0} beats {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # the better page (path title depth in-links) | the worse one
            /x Bins 3 1                                    | /bins-info Information 1 1000
            /x Bins 3 10                                   | /y Bins 1 9
            /bins/x Bins 2 1                               | /y Bins 1 1000
            /x Bins 2 10                                   | /y Bins 3 10
            /x Bins 2 10                                   | /y Bins 2 10
            /x Bins 1 10                                   | /y Bins 1 9
            """)
    void aTasksBestPageIsATitleMatchThenMoreTitleWordsThenBelowTheTopLevelThenMostLinkedThenShallowestThenByUrl(
            String better, String worse) {
        SampleCandidate b = parse(better);
        SampleCandidate w = parse(worse);

        for (List<SampleCandidate> order : List.of(List.of(b, w), List.of(w, b))) {
            List<SamplePage> sample = SampleSelector.select(HOME, order, WORDS, 2);

            assertThat(sample.get(1).url()).isEqualTo(b.url());
            assertThat(sample.get(1).pickedFor().subject()).isEqualTo("missed-bin");
        }
    }

    private static SampleCandidate parse(String page) {
        String[] p = page.split(" ");
        return page(p[0], p[1], Integer.parseInt(p[2]), Integer.parseInt(p[3]));
    }

    @Test
    void sectionsAreTheFirstSegmentAfterALanguageSegmentWithoutRegardToCase() {
        List<SampleCandidate> pages = List.of(
                page("/housing", "Housing", 1, 10),
                page("/housing/rent", "Rent", 2, 50),
                welsh("/cy/tai", "Tai", 2, 5),
                welsh("/cy/tai/rhent", "Rhent", 3, 1),
                welsh("/cy/", "Hafan", 1, 40),
                page("/ENG/Housing/Pages/default.aspx", "Housing", 1, 8),
                page("/eng/housing/Pages/Rent.aspx", "Rent", 2, 7),
                new SampleCandidate(
                        URI.create("https://www.cyngor.llyw.cymru/tai/rhent"), "Rhent", "cy", 2, 3, 200, true));

        List<SamplePage> sample = SampleSelector.select(HOME, pages, WORDS);

        assertThat(sample.stream()
                        .filter(p -> p.pickedFor().kind() == SampleReason.Kind.SECTION)
                        .map(p -> p.url().getPath() + " for " + p.pickedFor().subject()))
                .containsExactly(
                        "/housing/rent for /housing",
                        "/cy/ for /cy/",
                        "/ENG/Housing/Pages/default.aspx for /ENG/Housing",
                        "/cy/tai for /cy/tai",
                        "/tai/rhent for www.cyngor.llyw.cymru/tai");
        assertThat(sample).hasSize(pages.size() + 1);
    }

    @Test
    void aSectionThatAnEarlierPickLiesInGetsNoPageOfItsOwn() {
        List<SampleCandidate> pages = List.of(
                page("/housing", "Housing", 1, 100),
                page("/housing/blue-badge", "Blue Badge", 2, 1),
                page("/schools", "Schools", 1, 50));

        assertThat(paths(SampleSelector.select(HOME, pages, WORDS, 3)))
                .containsExactly("/", "/housing/blue-badge", "/schools");
        assertThat(SampleSelector.select(HOME, pages, WORDS, 4)
                        .get(3)
                        .pickedFor()
                        .text())
                .isEqualTo("most linked: 100 in-links, rank 1 of 3 pages by in-links");
    }

    @ParameterizedTest(name = "[{index}] k = {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # k | the sample: each task's best page, then the others round by round, then the most linked
            3   | /, /a/bin1, /a/badge1
            5   | /, /a/bin1, /a/badge1, /a/bin2, /a/badge2
            6   | /, /a/bin1, /a/badge1, /a/bin2, /a/badge2, /a/bin3
            7   | /, /a/bin1, /a/badge1, /a/bin2, /a/badge2, /a/bin3, /a/other
            """)
    void theOtherTaskPagesComeRoundByRoundBeforeTheMostLinked(int k, String expected) {
        List<SampleCandidate> pages = List.of(
                page("/a/bin3", "Bins three", 2, 10),
                page("/a/bin1", "Bins one", 2, 30),
                page("/a/badge2", "Blue badge two", 2, 4),
                page("/a/bin2", "Bins two", 2, 20),
                page("/a/badge1", "Blue badge one", 2, 5),
                page("/a/other", "Other", 1, 1000));

        assertThat(paths(SampleSelector.select(HOME, pages, WORDS, k))).containsExactly(expected.split(", "));
    }

    @Test
    void tiesAreBrokenByTheUrlsText() {
        List<SampleCandidate> pages =
                List.of(page("/b", "Page", 1, 5), page("/c", "Page", 1, 5), page("/a", "Page", 1, 5));

        List<SampleCandidate> reversed = new ArrayList<>(pages);
        Collections.reverse(reversed);
        for (List<SampleCandidate> order : List.of(pages, reversed)) {
            assertThat(paths(SampleSelector.select(HOME, order, WORDS))).containsExactly("/", "/a", "/b", "/c");
        }
    }

    @Test
    void theCandidatesAreReadOnceAsAStream() {
        AtomicInteger iterations = new AtomicInteger();
        Iterable<SampleCandidate> crawl = () -> {
            iterations.incrementAndGet();
            return new Iterator<>() {
                private final Random random = new Random(50_000);
                private int i;

                @Override
                public boolean hasNext() {
                    return i < 50_000;
                }

                @Override
                public SampleCandidate next() {
                    return randomPage(random, i++);
                }
            };
        };

        List<SamplePage> sample = SampleSelector.select(HOME, crawl, WORDS);

        assertThat(iterations).hasValue(1);
        assertThat(sample).hasSize(SampleSelector.DEFAULT_SIZE);
    }

    @Test
    void badArgumentsAreRefused() {
        SampleCandidate a = page("/a", "A", 1, 1);
        SampleCandidate sameA =
                new SampleCandidate(URI.create("https://WWW.sir.gov.wales/a"), "A", "en", 2, 3, 200, true);

        assertThatThrownBy(() -> SampleSelector.select(HOME, List.of(a, sameA), WORDS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a page is given twice: https://WWW.sir.gov.wales/a and https://www.sir.gov.wales/a");
        assertThatThrownBy(() -> SampleSelector.select(HOME, List.of(a, a), WORDS))
                .hasMessage("a page is given twice: https://www.sir.gov.wales/a");
        assertThatThrownBy(() -> SampleSelector.select(HOME, List.of(a), WORDS, 0))
                .hasMessage("a sample has at least the home page: k = 0");
        assertThatThrownBy(() -> SampleSelector.select(URI.create("/relative"), List.of(a), WORDS))
                .hasMessage("the home page is not an absolute http(s) URL: /relative");
        assertThatThrownBy(() -> new SampleCandidate(URI.create(SITE), "", "", 0, 0, 99, true))
                .hasMessage("not an HTTP status: 99");
        assertThatThrownBy(() -> new SampleCandidate(URI.create(SITE), "", "", -1, 0, 200, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The home page and {@code size - 1} pages in a few sections, with many ties and some task words. */
    private static List<SampleCandidate> randomSite(Random random, int size) {
        List<SampleCandidate> pages = new ArrayList<>();
        pages.add(page("/", "Home", 0, 400));
        for (int i = 1; i < size; i++) {
            pages.add(randomPage(random, i));
        }
        return pages;
    }

    private static final String[] SECTIONS = {
        "bins", "planning", "libraries", "news", "council", "cy/biniau", "cy/newyddion"
    };
    private static final String[] TITLE_WORDS = {
        "Bins",
        "news",
        "Planning",
        "library",
        "parking",
        "Contact us",
        "Cysylltwch",
        "Bathodyn Glas",
        "gwastraff",
        "events",
        "report",
        "council",
        "a",
        "and"
    };

    private static SampleCandidate randomPage(Random random, int i) {
        String section = SECTIONS[random.nextInt(SECTIONS.length)];
        String title = IntStream.range(0, 1 + random.nextInt(4))
                .mapToObj(w -> TITLE_WORDS[random.nextInt(TITLE_WORDS.length)])
                .collect(Collectors.joining(" "));
        int status = random.nextInt(20) == 0 ? 404 : 200;
        return new SampleCandidate(
                URI.create(SITE + "/" + section + "/page-" + i),
                title,
                section.startsWith("cy/") ? "cy" : "en",
                1 + random.nextInt(4),
                random.nextInt(30),
                status,
                random.nextInt(30) != 0);
    }
}
