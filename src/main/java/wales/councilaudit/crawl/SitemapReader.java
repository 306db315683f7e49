package wales.councilaudit.crawl;

import crawlercommons.mimetypes.MimeTypeDetector;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a site's sitemaps into the page URLs they list, with crawler-commons' {@code SiteMapParser} (its types stay
 * inside this class). It never fetches by itself: a {@link SitemapSource} gives it each file. It never throws for
 * what a site serves: every file's fate is a {@link SitemapOutcome}. Immutable, and thread-safe when its source is;
 * each {@link #read} keeps its own state.
 *
 * <p>What it reads, decided from the bytes, not from the {@code Content-Type} or the name:
 *
 * <ul>
 *   <li>XML {@code <urlset>} sitemaps and {@code <sitemapindex>} indexes (sitemaps.org), in any namespace; only
 *       each {@code <url>}'s {@code <loc>} is a page: {@code xhtml:link hreflang} alternates, images and the like are
 *       not read, as the protocol gives every page its own {@code <url>} and the crawl reads alternates from the
 *       pages themselves;
 *   <li>plain-text sitemaps, one URL a line (blank lines skipped, at most 50,000 lines, as crawler-commons reads
 *       them);
 *   <li>RSS and Atom feeds, which crawler-commons reads as lists of pages;
 *   <li>any of these gzipped ({@code .xml.gz}, {@code application/gzip}, {@code application/x-gzip}, or a gzipped
 *       body under any name), up to {@link #MAX_UNCOMPRESSED_BYTES} uncompressed.
 * </ul>
 *
 * <p>Parsing is lenient, as real sites need: URLs on other hosts than the sitemap's, or outside its folder, are
 * read (the protocol would drop them; the crawl's scope decides instead), and a file damaged part-way is read up to
 * the damage. A file whose bytes start as an HTML page, or that is XML of another kind, is {@link
 * SitemapOutcome.NotASitemap}. A DOCTYPE is refused, so no entity is ever expanded or fetched.
 *
 * <p>Every entry is normalised with {@link UrlNormaliser}; entries it rejects are counted as invalid. Page URLs
 * then pass the scope predicate, are de-duplicated and kept up to {@link SitemapLimits#maxUrls()}. Indexes are
 * followed depth first, in their order, up to {@link SitemapLimits#maxDepth()} levels and {@link
 * SitemapLimits#maxFiles()} fetches in all; a sitemap URL is fetched at most once in a reading (by the URL asked for
 * or the URL that answered), so an index listing itself, or indexes listing each other, end. The files an index
 * lists are fetched wherever they are: the scope applies to pages, and the source decides which hosts it fetches
 * from. Memory is bounded by the limits: at most {@code maxUrls} URLs kept, and at most {@code maxUrls} entries of
 * any one file held while it is read, besides the bytes of the file being read.
 */
public final class SitemapReader {

    /**
     * The most a gzipped sitemap is expanded to, in bytes: the protocol's limit for a sitemap, 50 MB uncompressed.
     * A file that expands to more is read up to this many bytes, with the damage said.
     */
    public static final int MAX_UNCOMPRESSED_BYTES = 52_428_800;

    /** Stands for an entry the normaliser rejected, so crawler-commons keeps its place and it can be counted. */
    private static final String REJECTED = "http://rejected.invalid/";

    /** How much of a body is looked at to tell an HTML page. */
    private static final int SNIFF_BYTES = 1024;

    private static final Logger LOG = LoggerFactory.getLogger(SitemapReader.class);

    private final SitemapSource source;
    private final SitemapLimits limits;
    private final Predicate<URI> inScope;
    private final UrlNormaliser normaliser = new UrlNormaliser();

    /**
     * @param source how sitemap files are fetched
     * @param limits how much is read
     * @param inScope which page URLs the crawl wants (normalised URLs are given to it), such as {@link
     *     CrawlScope#inScope}; it must not throw
     */
    public SitemapReader(SitemapSource source, SitemapLimits limits, Predicate<URI> inScope) {
        this.source = Objects.requireNonNull(source, "source");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.inScope = Objects.requireNonNull(inScope, "inScope");
    }

    /** A reader that keeps page URLs on any host. */
    public SitemapReader(SitemapSource source, SitemapLimits limits) {
        this(source, limits, url -> true);
    }

    /**
     * Where to look for a site's sitemap when its robots.txt names none: {@code /sitemap.xml} at the root of the
     * home page's host (scheme, host and port kept).
     *
     * @param home the site's home page, an absolute http(s) URL
     * @return one URL, normalised
     * @throws IllegalArgumentException when {@code home} is not an absolute http(s) URL with a host
     */
    public static List<URI> defaultLocations(URI home) {
        URI root = new UrlNormaliser()
                .normalise(home.toString())
                .orElseThrow(() -> new IllegalArgumentException("not an absolute http(s) URL: " + home));
        return List.of(URI.create(root.getScheme() + "://" + root.getRawAuthority() + "/sitemap.xml"));
    }

    /**
     * Reads the sitemaps, starting from the given files (robots.txt's {@code Sitemap} lines, or {@link
     * #defaultLocations}) in their order, and the files their indexes list.
     *
     * @param sitemaps the start files; one that is not an absolute http(s) URL is recorded as {@link
     *     SitemapOutcome.Failed} without being fetched, repeated ones are read once
     * @return the pages found, each file's outcome and the counts
     * @throws InterruptedException when the source was interrupted; nothing is returned
     */
    public SitemapResult read(List<URI> sitemaps) throws InterruptedException {
        Reading reading = new Reading();
        for (URI start : sitemaps) {
            Optional<URI> url = normaliser.normalise(start.toString());
            if (url.isEmpty()) {
                reading.record(
                        new SitemapFile(start, start, 0, new SitemapOutcome.Failed("not an absolute http(s) URL")));
            } else {
                reading.visit(url.get(), 0);
            }
        }
        return reading.result();
    }

    /** The state of one {@link #read}. */
    private final class Reading {
        private final Set<URI> urls = new LinkedHashSet<>();
        private final List<SitemapFile> files = new ArrayList<>();
        private final Set<URI> seen = new HashSet<>();
        private int fetches;
        private int invalid;
        private int outOfScope;
        private int duplicates;
        private int truncated;
        private int notRead;

        void visit(URI url, int depth) throws InterruptedException {
            if (seen.contains(url)) {
                return;
            }
            if (depth > limits.maxDepth() || fetches >= limits.maxFiles() || urls.size() >= limits.maxUrls()) {
                notRead++;
                return;
            }
            seen.add(url);
            fetches++;
            SitemapFetch fetch = source.fetch(url);
            if (fetch instanceof SitemapFetch.Failed failed) {
                record(new SitemapFile(url, url, depth, new SitemapOutcome.Failed(failed.reason())));
                return;
            }
            SitemapFetch.Fetched answer = (SitemapFetch.Fetched) fetch;
            URI finalUrl = answer.finalUrl();
            normaliser.normalise(finalUrl.toString()).ifPresent(seen::add);
            int status = answer.status();
            if (status == 404 || status == 410) {
                record(new SitemapFile(url, finalUrl, depth, new SitemapOutcome.NotFound(status)));
                return;
            }
            if (status < 200 || status > 299) {
                record(new SitemapFile(url, finalUrl, depth, new SitemapOutcome.Failed("HTTP " + status)));
                return;
            }
            Parsed parsed = parse(baseOf(finalUrl, url), answer.body());
            if (parsed instanceof Parsed.Rejected rejected) {
                record(new SitemapFile(url, finalUrl, depth, rejected.outcome()));
            } else if (parsed instanceof Parsed.Read read && read.sitemap() instanceof SiteMapIndex index) {
                List<URI> children = children(index);
                record(new SitemapFile(
                        url,
                        finalUrl,
                        depth,
                        new SitemapOutcome.Index(
                                index.getSitemaps().size() + read.entries().beyondCap(), read.damage())));
                notRead += read.entries().beyondCap();
                for (URI child : children) {
                    visit(child, depth + 1);
                }
            } else {
                Parsed.Read read = (Parsed.Read) parsed;
                SiteMap pages = (SiteMap) read.sitemap();
                record(new SitemapFile(url, finalUrl, depth, keep(pages, read.entries(), read.damage())));
            }
        }

        /** The valid URLs an index lists, in its order; the invalid ones counted. */
        private List<URI> children(SiteMapIndex index) {
            List<URI> children = new ArrayList<>();
            for (AbstractSiteMap listed : index.getSitemaps()) {
                Optional<URI> child = entryUrl(listed.getUrl());
                if (child.isEmpty()) {
                    invalid++;
                } else {
                    children.add(child.get());
                }
            }
            return children;
        }

        /** Keeps a page file's URLs, counting what is not kept, and says what the file gave. */
        private SitemapOutcome keep(SiteMap pages, Entries entries, Optional<String> damage) {
            int listed = 0;
            int kept = 0;
            for (SiteMapURL entry : pages.getSiteMapUrls()) {
                if (listed == entries.accepted()) {
                    // crawler-commons keeps an RSS link it was told to drop; those are counted in beyondCap.
                    break;
                }
                listed++;
                Optional<URI> url = entryUrl(entry.getUrl());
                if (url.isEmpty()) {
                    invalid++;
                } else if (!inScope.test(url.get())) {
                    outOfScope++;
                } else if (urls.contains(url.get())) {
                    duplicates++;
                } else if (urls.size() >= limits.maxUrls()) {
                    truncated++;
                } else {
                    urls.add(url.get());
                    kept++;
                }
            }
            truncated += entries.beyondCap();
            return new SitemapOutcome.Pages(formatOf(pages), listed + entries.beyondCap(), kept, damage);
        }

        void record(SitemapFile file) {
            LOG.debug("sitemap {} (depth {}): {}", file.url(), file.depth(), file.outcome());
            files.add(file);
        }

        SitemapResult result() {
            return new SitemapResult(List.copyOf(urls), files, invalid, outOfScope, duplicates, truncated, notRead);
        }
    }

    /** An entry as crawler-commons kept it, normalised; empty when the normaliser rejected it. */
    private Optional<URI> entryUrl(URL url) {
        if (url == null) {
            return Optional.empty();
        }
        String text = url.toString();
        return text.equals(REJECTED) ? Optional.empty() : normaliser.normalise(text);
    }

    private static SitemapFormat formatOf(SiteMap pages) {
        AbstractSiteMap.SitemapType type = pages.getType();
        if (type == AbstractSiteMap.SitemapType.TEXT) {
            return SitemapFormat.TEXT;
        }
        if (type == AbstractSiteMap.SitemapType.RSS) {
            return SitemapFormat.RSS;
        }
        if (type == AbstractSiteMap.SitemapType.ATOM) {
            return SitemapFormat.ATOM;
        }
        return SitemapFormat.XML;
    }

    /** What parsing one 2xx body gave: a sitemap, perhaps damaged, or the outcome that it is none. */
    private sealed interface Parsed {
        record Read(AbstractSiteMap sitemap, Entries entries, Optional<String> damage) implements Parsed {}

        record Rejected(SitemapOutcome outcome) implements Parsed {}
    }

    private Parsed parse(URL base, byte[] body) {
        byte[] content = body;
        Optional<String> damage = Optional.empty();
        if (isGzip(body)) {
            Gunzipped gunzipped = gunzip(body);
            if (gunzipped.bytes().length == 0 && gunzipped.damage().isPresent()) {
                return new Parsed.Rejected(
                        new SitemapOutcome.Failed(gunzipped.damage().get()));
            }
            content = gunzipped.bytes();
            damage = gunzipped.damage();
        }
        if (isBlank(content)) {
            return new Parsed.Rejected(new SitemapOutcome.NotASitemap("empty"));
        }
        if (looksLikeHtml(content)) {
            return new Parsed.Rejected(new SitemapOutcome.NotASitemap("an HTML page"));
        }
        Entries entries = new Entries(normaliser, limits.maxUrls());
        try {
            return new Parsed.Read(parser(entries, false).parseSiteMap(content, base), entries, damage);
        } catch (UnknownFormatException e) {
            if (e.getCause() instanceof SAXException broken) {
                return partially(base, content, damage, notWellFormed(broken));
            }
            boolean xml = new MimeTypeDetector().detect(content) != null;
            return new Parsed.Rejected(new SitemapOutcome.NotASitemap(
                    xml ? "XML, but not a urlset, sitemap index, RSS or Atom feed" : "neither XML nor a list of URLs"));
        } catch (IOException | RuntimeException e) {
            // crawler-commons reads from memory and is not known to throw otherwise; if it does, the file is at fault.
            LOG.warn("could not parse the sitemap {} ({} bytes): {}", base, content.length, e.toString());
            return new Parsed.Rejected(new SitemapOutcome.Failed("could not be parsed: " + e));
        }
    }

    /** What can be read of XML that is not well-formed: the entries before the fault, if it had a known root. */
    private Parsed partially(URL base, byte[] content, Optional<String> earlier, String broken) {
        Entries entries = new Entries(normaliser, limits.maxUrls());
        String damage = earlier.map(d -> d + "; " + broken).orElse(broken);
        try {
            return new Parsed.Read(parser(entries, true).parseSiteMap(content, base), entries, Optional.of(damage));
        } catch (UnknownFormatException | IOException | RuntimeException e) {
            return new Parsed.Rejected(new SitemapOutcome.Failed(damage));
        }
    }

    private static SiteMapParser parser(Entries entries, boolean allowPartial) {
        SiteMapParser parser = new SiteMapParser(false, allowPartial);
        parser.setURLFilter((Function<String, String>) entries);
        return parser;
    }

    private static String notWellFormed(SAXException e) {
        String message = Objects.toString(e.getMessage(), e.getClass().getSimpleName());
        if (message.contains("DOCTYPE is disallowed")) {
            return "a DOCTYPE, which is refused so that no entity is expanded";
        }
        if (e instanceof SAXParseException p && p.getLineNumber() > 0) {
            return "not well-formed XML at line " + p.getLineNumber() + ": " + message;
        }
        return "not well-formed XML: " + message;
    }

    /**
     * Sees every entry crawler-commons reads (a {@code <loc>}, a line, a feed's link) before it keeps it, gives it
     * back normalised (or {@link #REJECTED}), and once {@code cap} entries are kept tells crawler-commons to drop
     * the rest, counting them, so no file holds more than {@code cap} entries in memory.
     */
    private static final class Entries implements Function<String, String> {
        private final UrlNormaliser normaliser;
        private final int cap;
        private int accepted;
        private int beyondCap;
        private String lastDropped = "";

        Entries(UrlNormaliser normaliser, int cap) {
            this.normaliser = normaliser;
            this.cap = cap;
        }

        @Override
        public String apply(String raw) {
            if (accepted >= cap) {
                // A dropped <loc> is offered again at the next element (crawler-commons keeps it): count it once.
                if (!raw.equals(lastDropped)) {
                    beyondCap++;
                    lastDropped = raw;
                }
                return null;
            }
            accepted++;
            return normaliser.normalise(raw).map(URI::toString).orElse(REJECTED);
        }

        int accepted() {
            return accepted;
        }

        int beyondCap() {
            return beyondCap;
        }
    }

    private record Gunzipped(byte[] bytes, Optional<String> damage) {}

    private static boolean isGzip(byte[] body) {
        return body.length >= 2 && body[0] == (byte) 0x1f && body[1] == (byte) 0x8b;
    }

    /** The gzipped body expanded, up to {@link #MAX_UNCOMPRESSED_BYTES}; what went wrong, when something did. */
    private static Gunzipped gunzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                int room = MAX_UNCOMPRESSED_BYTES - out.size();
                if (n > room) {
                    out.write(buffer, 0, room);
                    return new Gunzipped(
                            out.toByteArray(),
                            Optional.of(
                                    "more than " + MAX_UNCOMPRESSED_BYTES + " bytes uncompressed, read up to there"));
                }
                out.write(buffer, 0, n);
            }
            return new Gunzipped(out.toByteArray(), Optional.empty());
        } catch (IOException e) {
            String how = out.size() == 0 ? "not readable gzip" : "gzip broken after " + out.size() + " bytes";
            return new Gunzipped(out.toByteArray(), Optional.of(how + ": " + e.getMessage()));
        }
    }

    private static boolean isBlank(byte[] content) {
        for (byte b : content) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the body starts as an HTML page: after a byte-order mark, whitespace, an XML declaration and
     * comments, a {@code <!DOCTYPE html>} or an {@code <html>} tag.
     */
    static boolean looksLikeHtml(byte[] content) {
        String start = new String(content, 0, Math.min(content.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        int i = start.startsWith("\u00ef\u00bb\u00bf") ? 3 : 0;
        while (true) {
            while (i < start.length() && Character.isWhitespace(start.charAt(i))) {
                i++;
            }
            if (start.startsWith("<?", i)) {
                int end = start.indexOf("?>", i);
                if (end < 0) {
                    return false;
                }
                i = end + 2;
            } else if (start.startsWith("<!--", i)) {
                int end = start.indexOf("-->", i);
                if (end < 0) {
                    return false;
                }
                i = end + 3;
            } else {
                return start.startsWith("<!doctype html", i) || start.startsWith("<html", i);
            }
        }
    }

    /** The URL crawler-commons resolves against: the one that answered, or the one asked for. */
    private static URL baseOf(URI finalUrl, URI asked) {
        for (URI candidate : List.of(finalUrl, asked)) {
            try {
                return candidate.toURL();
            } catch (MalformedURLException | IllegalArgumentException e) {
                // try the next
            }
        }
        throw new IllegalStateException("a normalised http(s) URL is a URL: " + asked);
    }
}
