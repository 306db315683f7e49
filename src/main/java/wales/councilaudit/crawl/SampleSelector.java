package wales.councilaudit.crawl;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chooses a council's sample: the at most {@code k} pages (default {@value #DEFAULT_SIZE}) of its crawl that the
 * browser stage examines, each with every reason it was chosen for. A pure decision: no I/O, no clock, no
 * randomness; the same candidates in any order give the same sample. Stateless and thread-safe.
 *
 * <h2>Which pages</h2>
 *
 * Only candidates that answered 200 and are HTML ({@link SampleCandidate#eligible()}) are chosen, whatever their
 * language: a Welsh-first council's Welsh pages and a bilingual council's pages in both languages compete alike, and
 * a Welsh word of the vocabulary matches as well as an English one. The home page is the exception: it is always
 * first, even when the crawl could not fetch it (a site that refuses our crawler may still show a browser its home
 * page), and it is never counted as a contact, task or section page. Pages are picked in these steps until {@code k}
 * are picked; a page already picked is skipped, never picked twice:
 *
 * <ol>
 *   <li><b>home</b>: the home page as given;
 *   <li><b>contact</b>: the one page whose title or URL path matches the vocabulary's contact words; a title match
 *       beats a URL match, then the shorter URL wins, then the URL's text;
 *   <li><b>one page per task</b>, in the vocabulary's order: the task's best page, by title match before URL match,
 *       then more of the task's words in the title, then a page below the top level (more than one path segment
 *       after a language segment) before a top-level one (a service's landing page, such as "Bins and recycling",
 *       is not the task's own page, "Report a missed bin collection", which sits below it with fewer in-links),
 *       then more in-links, then less depth, then the URL's text. If it was picked already (it is also the contact
 *       page, or another task's), the task has its page;
 *   <li><b>one page per top-level section</b> that no page picked so far lies in. A page's section is its host and
 *       the first segment of its path, after a language segment ({@code en}, {@code cy}, {@code eng}, {@code cym},
 *       in any case) when the path starts with one: {@code /bins/missed} and {@code /bins} are in {@code /bins},
 *       {@code /cy/biniau/} in {@code /cy/biniau}, {@code /ENG/Bins/Pages/x.aspx} in {@code /ENG/Bins}; a page with
 *       no further segment ({@code /cy/}) is in its host's root section ({@code /cy/}). Compared without regard to
 *       case. Each section offers its best page: most in-links, then least depth, then URL. Sections are visited in
 *       the order of their best pages by the same rule;
 *   <li><b>the other task pages</b>, as many as there is room for, round by round: each round takes each task's next
 *       best page not yet picked, tasks in the vocabulary's order;
 *   <li><b>the most-linked pages</b> fill what room is left: most in-links, then least depth, then URL.
 * </ol>
 *
 * <p>Ties are always broken by the URL's text, and URLs are unique, so every order above is total. The reasons a page
 * carries are facts, not steps: {@link SampleReason.Kind#CONTACT} for the page step 2 chose; {@link
 * SampleReason.Kind#TASK} once for every task whose words its title or URL path matches (how words match, Welsh
 * mutations included, is in {@link SampleVocabulary}); {@link SampleReason.Kind#SECTION} for the best page of its
 * section; {@link SampleReason.Kind#MOST_LINKED} when it is among the {@code k} most-linked eligible pages (the home
 * page included), which every page of step 6 is. The reason a page was picked for comes first.
 *
 * <h2>Cost</h2>
 *
 * The candidates are read once, as a stream ({@link Iterable}), and not kept: what is kept is the best {@code k}
 * candidates for each task and for the most-linked list, the best contact page, the best page and page count of
 * each section, and the set of URLs met (to refuse a URL given twice, which would make the result depend on order).
 * For the crawl's limit of 50,000 pages that is a few megabytes, and each candidate costs one pass over the words of
 * its title and path.
 */
public final class SampleSelector {

    /** The sample's size when none is given. */
    public static final int DEFAULT_SIZE = 25;

    private static final Pattern LANGUAGE_SEGMENT = Pattern.compile("en|cy|eng|cym", Pattern.CASE_INSENSITIVE);

    /** Most in-links, then least depth, then URL: the order of sections and of the most-linked pages. */
    private static final Comparator<Scored> MOST_LINKED = Comparator.comparingInt(
                    (Scored s) -> -s.page().inLinks())
            .thenComparingInt(s -> s.page().depth())
            .thenComparing(Scored::url);

    private SampleSelector() {}

    /** A page of the crawl, read once: its key, its matches and its section. */
    private record Scored(SampleCandidate page, String url, String key, SampleMatcher.Found found, Section section) {}

    /**
     * A top-level section.
     *
     * @param key its host and path in lower case, to compare
     * @param name its path as written, with its host when that is not the home page's
     */
    private record Section(String key, String name) {}

    /** A section's best page so far and how many eligible pages it has. */
    private static final class Tally {
        private Scored best;
        private int pages;

        Tally(Scored first) {
            this.best = first;
        }
    }

    /** The first {@code size} candidates by an order, kept in a bounded heap. */
    private static final class Top {
        private final Comparator<Scored> order;
        private final int size;
        private final PriorityQueue<Scored> heap;

        Top(Comparator<Scored> order, int size) {
            this.order = order;
            this.size = size;
            this.heap = new PriorityQueue<>(Math.min(size, 64) + 1, order.reversed());
        }

        void offer(Scored s) {
            if (heap.size() < size) {
                heap.add(s);
            } else if (order.compare(s, heap.peek()) < 0) {
                heap.poll();
                heap.add(s);
            }
        }

        List<Scored> ranked() {
            List<Scored> ranked = new ArrayList<>(heap);
            ranked.sort(order);
            return ranked;
        }
    }

    /** A page picked, for the reason it was picked for; {@code scored} is empty only for a home page not crawled. */
    private record Pick(URI url, Optional<Scored> scored, SampleReason.Kind kind, String subject) {}

    /** {@link #select(URI, Iterable, SampleVocabulary, int)} with {@link #DEFAULT_SIZE}. */
    public static List<SamplePage> select(URI home, Iterable<SampleCandidate> candidates, SampleVocabulary vocabulary) {
        return select(home, candidates, vocabulary, DEFAULT_SIZE);
    }

    /**
     * Chooses the sample.
     *
     * @param home the council's home page, where the audit starts: absolute http(s), as the crawl recorded it after
     *     redirects. A candidate is the home page when its URL is the same but for the case of scheme and host, a
     *     default port or an empty path
     * @param candidates the pages of the crawl, each URL once (in that same sense), in any order; read once
     * @param vocabulary the words of tasks and contact pages
     * @param k the most pages to choose, at least 1
     * @return the sample in rank order, ranks from 1: the home page, then at most {@code k - 1} other pages
     * @throws IllegalArgumentException when {@code home} is not absolute http(s), {@code k} is below 1, or a URL is
     *     given twice
     */
    public static List<SamplePage> select(
            URI home, Iterable<SampleCandidate> candidates, SampleVocabulary vocabulary, int k) {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(candidates, "candidates");
        Feed feed = feed(home, vocabulary, k);
        return feed.selection.read(candidates).pick();
    }

    /**
     * A selection fed one candidate at a time, for callers that read pages from a store rather than hold them: only
     * the best few of each kind are kept while reading. {@link #select(URI, Iterable, SampleVocabulary, int)}
     * describes the arguments and the choice. Not thread-safe; {@link #pick()} once, after the last candidate.
     */
    public static final class Feed {
        private final Selection selection;
        private boolean picked;

        private Feed(Selection selection) {
            this.selection = selection;
        }

        /**
         * Adds one page.
         *
         * @throws IllegalArgumentException when the page was given before
         * @throws IllegalStateException after {@link #pick()}
         */
        public void add(SampleCandidate candidate) {
            if (picked) {
                throw new IllegalStateException("the sample was already picked");
            }
            selection.read(List.of(candidate));
        }

        /** The sample, in rank order. */
        public List<SamplePage> pick() {
            if (picked) {
                throw new IllegalStateException("the sample was already picked");
            }
            picked = true;
            return selection.pick();
        }
    }

    /** A {@link Feed} for a site whose home page is {@code home}, choosing at most {@code k} pages. */
    public static Feed feed(URI home, SampleVocabulary vocabulary, int k) {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(vocabulary, "vocabulary");
        if (!PageFacts.isWebUrl(home)) {
            throw new IllegalArgumentException("the home page is not an absolute http(s) URL: " + home);
        }
        if (k < 1) {
            throw new IllegalArgumentException("a sample has at least the home page: k = " + k);
        }
        return new Feed(new Selection(home, vocabulary, k));
    }

    /** One selection: what the stream of candidates left, then the picking. */
    private static final class Selection {
        private final URI home;
        private final String homeKey;
        private final String homeAuthority;
        private final SampleVocabulary vocabulary;
        private final SampleMatcher matcher;
        private final int k;

        private final Map<String, String> seen = new HashMap<>();
        private final Top mostLinked;
        private final Top contact;
        private final List<Top> tasks = new ArrayList<>();
        private final Map<String, Tally> sections = new HashMap<>();
        private Optional<SampleCandidate> homeCandidate = Optional.empty();
        private Optional<Scored> homeScored = Optional.empty();
        private int eligible;

        private final List<Pick> picks = new ArrayList<>();
        private final Set<String> picked = new HashSet<>();
        private final Set<String> coveredSections = new HashSet<>();

        Selection(URI home, SampleVocabulary vocabulary, int k) {
            this.home = home;
            this.homeKey = key(home);
            this.homeAuthority = authority(home);
            this.vocabulary = vocabulary;
            this.matcher = new SampleMatcher(vocabulary);
            this.k = k;
            this.mostLinked = new Top(MOST_LINKED, k);
            int contactOwner = matcher.contact();
            this.contact = new Top(
                    Comparator.comparing((Scored s) -> !s.found().inTitle(contactOwner))
                            .thenComparingInt(s -> s.url().length())
                            .thenComparing(Scored::url),
                    1);
            for (int t = 0; t < vocabulary.tasks().size(); t++) {
                int task = t;
                // The title naming more of the task's words first ("Report a missed bin collection" names 'missed',
                // 'bin', 'collection'), then a page below the top level before a top-level one: a service's landing
                // page ("Bins and recycling") is its section's pick already, and the task's own page sits below it
                // with fewer in-links.
                tasks.add(new Top(
                        Comparator.comparing((Scored s) -> !s.found().inTitle(task))
                                .thenComparingInt(s -> -s.found().titleWords(task))
                                .thenComparing(s -> topLevel(s.page().url()))
                                .thenComparing(MOST_LINKED),
                        k));
            }
        }

        Selection read(Iterable<SampleCandidate> candidates) {
            for (SampleCandidate candidate : candidates) {
                Objects.requireNonNull(candidate, "a candidate");
                String url = candidate.url().toString();
                String key = key(candidate.url());
                String first = seen.putIfAbsent(key, url);
                if (first != null) {
                    String a = first.compareTo(url) <= 0 ? first : url;
                    String b = a.equals(first) ? url : first;
                    throw new IllegalArgumentException(
                            "a page is given twice: " + a + (a.equals(b) ? "" : " and " + b));
                }
                boolean isHome = key.equals(homeKey);
                if (isHome) {
                    homeCandidate = Optional.of(candidate);
                }
                if (!candidate.eligible()) {
                    continue;
                }
                eligible++;
                boolean mutations = !candidate.lang().toLowerCase(Locale.ROOT).startsWith(PageTwin.ENGLISH);
                SampleMatcher.Found found = matcher.match(candidate.title(), candidate.url(), mutations);
                Scored scored = new Scored(candidate, url, key, found, section(candidate.url()));
                mostLinked.offer(scored);
                if (isHome) {
                    homeScored = Optional.of(scored);
                    continue;
                }
                if (found.matches(matcher.contact())) {
                    contact.offer(scored);
                }
                for (int t = 0; t < tasks.size(); t++) {
                    if (found.matches(t)) {
                        tasks.get(t).offer(scored);
                    }
                }
                Tally tally = sections.computeIfAbsent(scored.section().key(), s -> new Tally(scored));
                tally.pages++;
                if (MOST_LINKED.compare(scored, tally.best) < 0) {
                    tally.best = scored;
                }
            }
            return this;
        }

        List<SamplePage> pick() {
            picks.add(new Pick(home, homeScored, SampleReason.Kind.HOME, ""));
            picked.add(homeKey);

            Optional<Scored> contactPage = contact.ranked().stream().findFirst();
            contactPage.ifPresent(s -> pick(s, SampleReason.Kind.CONTACT, ""));

            List<List<Scored>> taskPages = new ArrayList<>();
            for (int t = 0; t < tasks.size(); t++) {
                List<Scored> ranked = tasks.get(t).ranked();
                taskPages.add(ranked);
                if (!ranked.isEmpty()) {
                    pick(ranked.get(0), SampleReason.Kind.TASK, taskId(t));
                }
            }

            List<Tally> bySection = new ArrayList<>(sections.values());
            bySection.sort(Comparator.comparing(t -> t.best, MOST_LINKED));
            for (Tally tally : bySection) {
                if (!coveredSections.contains(tally.best.section().key())) {
                    pick(
                            tally.best,
                            SampleReason.Kind.SECTION,
                            tally.best.section().name());
                }
            }

            int[] next = new int[taskPages.size()];
            boolean more = true;
            while (more && room()) {
                more = false;
                for (int t = 0; t < taskPages.size() && room(); t++) {
                    List<Scored> ranked = taskPages.get(t);
                    while (next[t] < ranked.size()
                            && picked.contains(ranked.get(next[t]).key())) {
                        next[t]++;
                    }
                    if (next[t] < ranked.size()) {
                        pick(ranked.get(next[t]++), SampleReason.Kind.TASK, taskId(t));
                        more = true;
                    }
                }
            }

            List<Scored> linked = mostLinked.ranked();
            for (Scored s : linked) {
                pick(s, SampleReason.Kind.MOST_LINKED, "");
            }

            Map<String, Integer> linkRanks = new HashMap<>();
            for (int i = 0; i < linked.size(); i++) {
                linkRanks.put(linked.get(i).key(), i + 1);
            }
            List<SamplePage> sample = new ArrayList<>();
            for (Pick p : picks) {
                sample.add(new SamplePage(p.url(), sample.size() + 1, reasons(p, contactPage, linkRanks)));
            }
            return List.copyOf(sample);
        }

        private boolean room() {
            return picks.size() < k;
        }

        private void pick(Scored s, SampleReason.Kind kind, String subject) {
            if (room() && picked.add(s.key())) {
                picks.add(new Pick(s.page().url(), Optional.of(s), kind, subject));
                coveredSections.add(s.section().key());
            }
        }

        private String taskId(int task) {
            return vocabulary.tasks().get(task).id();
        }

        /** Every reason that applies to a picked page, the one it was picked for first. */
        private List<SampleReason> reasons(Pick pick, Optional<Scored> contactPage, Map<String, Integer> linkRanks) {
            List<SampleReason> reasons = new ArrayList<>();
            boolean isHome = pick.kind() == SampleReason.Kind.HOME;
            if (isHome) {
                reasons.add(new SampleReason(SampleReason.Kind.HOME, "", homeEvidence()));
            }
            if (pick.scored().isPresent()) {
                Scored s = pick.scored().get();
                if (!isHome) {
                    if (contactPage.filter(c -> c.key().equals(s.key())).isPresent()) {
                        reasons.add(new SampleReason(
                                SampleReason.Kind.CONTACT, "", s.found().evidence(matcher.contact())));
                    }
                    for (int t = 0; t < tasks.size(); t++) {
                        if (s.found().matches(t)) {
                            reasons.add(new SampleReason(
                                    SampleReason.Kind.TASK, taskId(t), s.found().evidence(t)));
                        }
                    }
                    Tally tally = sections.get(s.section().key());
                    if (tally.best == s) {
                        reasons.add(new SampleReason(
                                SampleReason.Kind.SECTION, s.section().name(), sectionEvidence(tally)));
                    }
                }
                Integer rank = linkRanks.get(s.key());
                if (rank != null) {
                    reasons.add(new SampleReason(
                            SampleReason.Kind.MOST_LINKED,
                            "",
                            inLinks(s.page().inLinks()) + ", rank " + rank + " of " + eligible + " pages by in-links"));
                }
            }
            for (int i = 0; i < reasons.size(); i++) {
                SampleReason r = reasons.get(i);
                if (r.kind() == pick.kind() && r.subject().equals(pick.subject())) {
                    reasons.remove(i);
                    reasons.add(0, r);
                    break;
                }
            }
            return reasons;
        }

        private String homeEvidence() {
            if (homeCandidate.isEmpty()) {
                return "the home page (not among the crawled pages)";
            }
            SampleCandidate c = homeCandidate.get();
            if (c.status() == SampleCandidate.NOT_FETCHED) {
                return "the home page (the crawl did not fetch it)";
            }
            if (c.status() != 200) {
                return "the home page (the crawl got status " + c.status() + ")";
            }
            return c.html() ? "the home page" : "the home page (not HTML to the crawl)";
        }

        private static String sectionEvidence(Tally tally) {
            SampleCandidate best = tally.best.page();
            String facts = inLinks(best.inLinks()) + ", depth " + best.depth();
            return tally.pages == 1
                    ? "its only page: " + facts
                    : "the most linked of its " + tally.pages + " pages: " + facts;
        }

        private static String inLinks(int count) {
            return count + (count == 1 ? " in-link" : " in-links");
        }

        /** A page's top-level section (see the class's description). */
        private Section section(URI url) {
            String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
            List<String> segments = new ArrayList<>();
            for (String segment : path.split("/")) {
                if (!segment.isEmpty()) {
                    segments.add(segment);
                }
            }
            StringBuilder name = new StringBuilder();
            int next = 0;
            if (!segments.isEmpty() && LANGUAGE_SEGMENT.matcher(segments.get(0)).matches()) {
                name.append('/').append(segments.get(0));
                next = 1;
            }
            name.append('/');
            if (next < segments.size()) {
                name.append(segments.get(next));
            }
            String authority = authority(url);
            String written = (authority.equals(homeAuthority) ? "" : authority) + name;
            return new Section((authority + name).toLowerCase(Locale.ROOT), written);
        }
    }

    /**
     * Whether the page is at the top level of its site: at most one path segment after a language segment ({@code
     * /en/bins-and-recycling}, {@code /libraries}, {@code /}), as a service's landing page usually is.
     */
    static boolean topLevel(URI url) {
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        int segments = 0;
        boolean first = true;
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (first && LANGUAGE_SEGMENT.matcher(segment).matches()) {
                first = false;
                continue;
            }
            first = false;
            segments++;
        }
        return segments <= 1;
    }

    /** Host (lower case) and port when not the scheme's default. */
    private static String authority(URI url) {
        String host = url.getHost().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        boolean defaultPort = port == -1
                || (port == 80 && "http".equalsIgnoreCase(url.getScheme()))
                || (port == 443 && "https".equalsIgnoreCase(url.getScheme()));
        return defaultPort ? host : host + ":" + port;
    }

    /** A URL compared for identity: scheme and authority in lower case, no default port, {@code /} for no path. */
    private static String key(URI url) {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        String query = url.getRawQuery() == null ? "" : "?" + url.getRawQuery();
        return url.getScheme().toLowerCase(Locale.ROOT) + "://" + authority(url) + path + query;
    }
}
