package wales.councilaudit.crawl;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import wales.councilaudit.crawl.SitemapOutcome.Failed;
import wales.councilaudit.crawl.SitemapOutcome.Index;
import wales.councilaudit.crawl.SitemapOutcome.NotASitemap;
import wales.councilaudit.crawl.SitemapOutcome.NotFound;
import wales.councilaudit.crawl.SitemapOutcome.Pages;
import wales.councilaudit.net.AddressPolicy;

/** {@link SitemapReader} over the fixtures in {@code sitemaps/}, served by a map instead of a network. */
class SitemapReaderTest {

    private static final URI CARDIFF = URI.create("https://www.cardiff.gov.uk/sitemap.xml");
    private static final URI GWYNEDD = URI.create("https://www.gwynedd.llyw.cymru/sitemap.txt");
    private static final URI CONWY = URI.create("https://www.conwy.gov.uk/sitemap.xml");
    private static final URI CONWY_PAGES = URI.create("https://www.conwy.gov.uk/sitemap-pages.xml");
    private static final URI CONWY_NEWS = URI.create("https://www.conwy.gov.uk/sitemap-news.xml.gz");
    private static final URI POWYS = URI.create("https://en.powys.gov.uk/sitemap.xml");
    private static final URI POWYS_PAGES = URI.create("https://en.powys.gov.uk/sitemap-pages.xml");

    private static final Predicate<URI> ANYWHERE = url -> true;

    /** A site served from a map: URL to answer; anything else is a 404. Counts what it was asked for. */
    static final class FakeSite implements SitemapSource {
        private final Map<URI, SitemapFetch> answers = new HashMap<>();
        private final List<URI> asked = new ArrayList<>();

        FakeSite serve(URI url, String contentType, byte[] body) {
            answers.put(url, new SitemapFetch.Fetched(url, 200, contentType, body));
            return this;
        }

        FakeSite serve(URI url, String contentType, String fixture) {
            return serve(url, contentType, fixture(fixture));
        }

        FakeSite answer(URI url, SitemapFetch fetch) {
            answers.put(url, fetch);
            return this;
        }

        @Override
        public SitemapFetch fetch(URI url) {
            asked.add(url);
            return answers.getOrDefault(
                    url, new SitemapFetch.Fetched(url, 404, "text/html", "<h1>Not found</h1>".getBytes(UTF_8)));
        }

        List<URI> asked() {
            return asked;
        }
    }

    static byte[] fixture(String name) {
        try (InputStream in = SitemapReaderTest.class.getResourceAsStream("sitemaps/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static SitemapResult read(SitemapSource site, Predicate<URI> scope, URI... starts) throws InterruptedException {
        return new SitemapReader(site, SitemapLimits.DEFAULTS, scope).read(List.of(starts));
    }

    static List<URI> uris(String... urls) {
        return Arrays.stream(urls).map(URI::create).toList();
    }

    static CrawlScope scope(String... hosts) {
        return new CrawlScope(List.of(hosts), AddressPolicy.publicOnly());
    }

    @Test
    void readsABilingualUrlsetItsLocsNormalisedAndNotItsHreflangAlternates() throws InterruptedException {
        FakeSite site = new FakeSite().serve(CARDIFF, "application/xml", "cardiff-urlset.xml");

        SitemapResult result = read(site, scope("www.cardiff.gov.uk")::inScope, CARDIFF);

        assertThat(result.urls())
                .containsExactlyElementsOf(uris(
                        "https://www.cardiff.gov.uk/ENG/Home/Pages/default.aspx",
                        "https://www.cardiff.gov.uk/CYM/Hafan/Pages/default.aspx",
                        "https://www.cardiff.gov.uk/ENG/resident/Rubbish-and-recycling/Pages/default.aspx",
                        "https://www.cardiff.gov.uk/ENG/resident/Council-Tax/Pages/default.aspx",
                        "https://www.cardiff.gov.uk/ENG/Your-Council/Search/Pages/default.aspx?k=bins&lang=en"));
        // The Welsh bins and Council Tax pages are only alternates in this file: the crawl finds them on the pages.
        assertThat(result.urls().toString()).doesNotContain("Sbwriel", "Treth");
        assertThat(result.files())
                .containsExactly(
                        new SitemapFile(CARDIFF, CARDIFF, 0, new Pages(SitemapFormat.XML, 6, 5, Optional.empty())));
        assertThat(result.duplicates()).isEqualTo(1);
        assertThat(List.of(result.invalid(), result.outOfScope(), result.truncated(), result.sitemapsNotRead()))
                .containsOnly(0);
        assertThat(result.complete()).isTrue();
    }

    @Test
    void readsATextSitemapCountingInvalidLinesAndDroppingOutOfScopeUrls() throws InterruptedException {
        FakeSite site = new FakeSite().serve(GWYNEDD, "text/plain; charset=utf-8", "gwynedd-sitemap.txt");

        SitemapResult result = read(site, scope("www.gwynedd.llyw.cymru")::inScope, GWYNEDD);

        assertThat(result.urls())
                .containsExactlyElementsOf(uris(
                        "https://www.gwynedd.llyw.cymru/cy/Trigolion/Biniau-ac-ailgylchu/Biniau-ac-ailgylchu.aspx",
                        "https://www.gwynedd.llyw.cymru/en/Residents/Bins-and-recycling/Bins-and-recycling.aspx",
                        "https://www.gwynedd.llyw.cymru/cy/Cyngor/Swyddi/Swyddi.aspx",
                        "https://www.gwynedd.llyw.cymru/en/Council/Jobs/Jobs.aspx",
                        "https://www.gwynedd.llyw.cymru/cy/Trigolion/Parcio/Meysydd-parcio-T%C5%B7-Gwyn.aspx"));
        assertThat(result.outOfScope()).as("eryri.llyw.cymru").isEqualTo(1);
        assertThat(result.invalid()).as("a relative path and a mailto:").isEqualTo(2);
        assertThat(result.duplicates()).isEqualTo(1);
        assertThat(result.files().get(0).outcome()).isEqualTo(new Pages(SitemapFormat.TEXT, 9, 5, Optional.empty()));
    }

    @Test
    void withoutAScopeEveryValidUrlIsKept() throws InterruptedException {
        FakeSite site = new FakeSite().serve(GWYNEDD, "text/plain", "gwynedd-sitemap.txt");

        SitemapResult result = new SitemapReader(site, SitemapLimits.DEFAULTS).read(List.of(GWYNEDD));

        assertThat(result.urls()).hasSize(6).contains(URI.create("https://eryri.llyw.cymru/"));
        assertThat(result.outOfScope()).isZero();
    }

    @ParameterizedTest(name = "gzipped child served as {0}")
    @ValueSource(strings = {"application/gzip", "application/x-gzip", "application/octet-stream", ""})
    void followsAnIndexToAPlainAndAGzippedUrlsetInOrder(String gzipType) throws InterruptedException {
        FakeSite site = new FakeSite()
                .serve(CONWY, "text/xml; charset=UTF-8", "conwy-index.xml")
                .serve(CONWY_PAGES, "application/xml", "conwy-pages.xml")
                .serve(CONWY_NEWS, gzipType, gzip(fixture("conwy-news.xml")));

        SitemapResult result = read(site, scope("www.conwy.gov.uk")::inScope, CONWY);

        assertThat(result.files())
                .containsExactly(
                        new SitemapFile(CONWY, CONWY, 0, new Index(2, Optional.empty())),
                        new SitemapFile(
                                CONWY_PAGES, CONWY_PAGES, 1, new Pages(SitemapFormat.XML, 3, 3, Optional.empty())),
                        new SitemapFile(
                                CONWY_NEWS, CONWY_NEWS, 1, new Pages(SitemapFormat.XML, 3, 2, Optional.empty())));
        assertThat(result.urls())
                .containsExactlyElementsOf(uris(
                        "https://www.conwy.gov.uk/en/Home.aspx",
                        "https://www.conwy.gov.uk/cy/Hafan.aspx",
                        "https://www.conwy.gov.uk/en/Resident/Recycling-and-Waste/Recycling-and-Waste.aspx",
                        "https://www.conwy.gov.uk/en/Council/News/2026/October/Christmas-bin-collections.aspx",
                        "https://www.conwy.gov.uk/cy/Cyngor/Newyddion/2026/Hydref/Casgliadau-biniau-Nadolig.aspx"));
        assertThat(result.duplicates()).isEqualTo(1);
        assertThat(result.complete()).isTrue();
    }

    @Test
    void aGzippedTextSitemapIsReadToo() throws InterruptedException {
        URI gz = URI.create("https://www.gwynedd.llyw.cymru/sitemap.txt.gz");
        FakeSite site = new FakeSite().serve(gz, "application/x-gzip", gzip(fixture("gwynedd-sitemap.txt")));

        SitemapResult result = read(site, scope("www.gwynedd.llyw.cymru")::inScope, gz);

        assertThat(result.files().get(0).outcome()).isEqualTo(new Pages(SitemapFormat.TEXT, 9, 5, Optional.empty()));
    }

    @Test
    void aSitemapCutShortIsReadUpToTheDamage() throws InterruptedException {
        URI torfaen = URI.create("https://www.torfaen.gov.uk/sitemap.xml");
        FakeSite site = new FakeSite().serve(torfaen, "application/xml", "torfaen-broken.xml");

        SitemapResult result = read(site, ANYWHERE, torfaen);

        assertThat(result.urls())
                .containsExactlyElementsOf(uris(
                        "https://www.torfaen.gov.uk/en/WasteRecycling/WasteRecycling.aspx",
                        "https://www.torfaen.gov.uk/cy/WasteRecycling/WasteRecycling.aspx",
                        "https://www.torfaen.gov.uk/en/CouncilTax/CouncilTax.aspx"));
        Pages pages = (Pages) result.files().get(0).outcome();
        assertThat(pages.kept()).isEqualTo(3);
        assertThat(pages.damage()).hasValueSatisfying(d -> assertThat(d).startsWith("not well-formed XML at line 14"));
    }

    @Test
    void aGzipStreamCutShortIsReadUpToTheDamage() throws InterruptedException {
        byte[] whole = gzip(fixture("conwy-news.xml"));
        byte[] cut = Arrays.copyOf(whole, whole.length - 20);
        FakeSite site = new FakeSite().serve(CONWY_NEWS, "application/gzip", cut);

        SitemapResult result = read(site, ANYWHERE, CONWY_NEWS);

        Pages pages = (Pages) result.files().get(0).outcome();
        assertThat(pages.damage()).hasValueSatisfying(d -> assertThat(d).startsWith("gzip broken after"));
        assertThat(result.urls()).isNotEmpty();
    }

    @Test
    void xmlBrokenBeforeItsFirstElementFailsWithTheReason() throws InterruptedException {
        URI broken = URI.create("https://www.torfaen.gov.uk/sitemap.xml");
        FakeSite site =
                new FakeSite().serve(broken, "application/xml", "<?xml version=\"1.0\"?>\n<urlset".getBytes(UTF_8));

        SitemapResult result = read(site, ANYWHERE, broken);

        assertThat(result.files().get(0).outcome()).isInstanceOfSatisfying(Failed.class, f -> assertThat(f.reason())
                .startsWith("not well-formed XML"));
        assertThat(result.urls()).isEmpty();
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityIsExpanded() throws InterruptedException {
        URI url = URI.create("https://www.example.gov.wales/sitemap.xml");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE urlset [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>https://www.example.gov.wales/&secret;</loc></url></urlset>";
        FakeSite site = new FakeSite().serve(url, "application/xml", xxe.getBytes(UTF_8));

        SitemapResult result = read(site, ANYWHERE, url);

        assertThat(result.files().get(0).outcome())
                .isEqualTo(new Failed("a DOCTYPE, which is refused so that no entity is expanded"));
        assertThat(result.urls()).isEmpty();
    }

    @Test
    void aByteOrderMarkAndLeadingWhitespaceAreAccepted() throws InterruptedException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] xml = fixture("conwy-pages.xml");
        byte[] body = new byte[bom.length + 2 + xml.length];
        System.arraycopy(bom, 0, body, 0, bom.length);
        body[3] = '\r';
        body[4] = '\n';
        System.arraycopy(xml, 0, body, 5, xml.length);
        FakeSite site = new FakeSite().serve(CONWY_PAGES, "application/xml", body);

        SitemapResult result = read(site, ANYWHERE, CONWY_PAGES);

        assertThat(result.files().get(0).outcome()).isEqualTo(new Pages(SitemapFormat.XML, 3, 3, Optional.empty()));
    }

    @Test
    void anHtmlPageServedAsTheSitemapIsNotASitemap() throws InterruptedException {
        URI blaenauGwent = URI.create("https://www.blaenau-gwent.gov.uk/sitemap.xml");
        FakeSite site = new FakeSite().serve(blaenauGwent, "text/html; charset=utf-8", "not-a-sitemap.html");

        SitemapResult result = read(site, ANYWHERE, blaenauGwent);

        assertThat(result.files().get(0).outcome()).isEqualTo(new NotASitemap("an HTML page"));
        assertThat(result.urls()).isEmpty();
    }

    @ParameterizedTest(name = "{index}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "''| empty",
                "'   \n  '| empty",
                "<?xml version=\"1.0\"?><catalog><book>Dyn Dwad</book></catalog>"
                        + "| XML, but not a urlset, sitemap index, RSS or Atom feed",
                "{\"urls\": [\"https://www.example.gov.wales/\"]}| neither XML nor a list of URLs",
                "'<?xml version=\"1.0\"?>\n<!-- made by the CMS -->\n<html><body>Hello</body></html>'| an HTML page",
            })
    void otherContentIsNotASitemap(String body, String reason) throws InterruptedException {
        URI url = URI.create("https://www.example.gov.wales/sitemap.xml");
        FakeSite site = new FakeSite().serve(url, "application/xml", body.getBytes(UTF_8));

        SitemapResult result = read(site, ANYWHERE, url);

        assertThat(result.files().get(0).outcome()).isEqualTo(new NotASitemap(reason));
    }

    @Test
    void anIndexListingItselfIsReadOnce() throws InterruptedException {
        FakeSite site = new FakeSite()
                .serve(POWYS, "application/xml", "powys-index.xml")
                .serve(POWYS_PAGES, "application/xml", "powys-pages.xml");

        SitemapResult result = read(site, scope("en.powys.gov.uk", "cy.powys.gov.uk")::inScope, POWYS, POWYS);

        assertThat(site.asked()).containsExactly(POWYS, POWYS_PAGES);
        assertThat(result.files()).extracting(SitemapFile::url).containsExactly(POWYS, POWYS_PAGES);
        assertThat(result.files().get(0).outcome()).isEqualTo(new Index(3, Optional.empty()));
        // The Welsh pages on cy.powys.gov.uk are outside the sitemap's host: read leniently, kept by the scope.
        assertThat(result.urls())
                .containsExactlyElementsOf(uris(
                        "https://en.powys.gov.uk/bins",
                        "https://cy.powys.gov.uk/biniau",
                        "https://en.powys.gov.uk/counciltax",
                        "https://cy.powys.gov.uk/trethgyngor"));
        assertThat(result.complete()).isTrue();
    }

    @Test
    void indexesListingEachOtherEnd() throws InterruptedException {
        URI a = URI.create("https://www.example.gov.wales/a.xml");
        URI b = URI.create("https://www.example.gov.wales/b.xml");
        FakeSite site = new FakeSite().serve(a, "application/xml", index(b)).serve(b, "application/xml", index(a));

        SitemapResult result = read(site, ANYWHERE, a);

        assertThat(site.asked()).containsExactly(a, b);
        assertThat(result.sitemapsNotRead()).isZero();
    }

    @Test
    void aRedirectedSitemapIsNotFetchedAgainByItsFinalUrl() throws InterruptedException {
        URI old = URI.create("https://www.conwy.gov.uk/sitemap_index.xml");
        FakeSite site = new FakeSite()
                .answer(old, new SitemapFetch.Fetched(CONWY, 200, "application/xml", index(CONWY, CONWY_PAGES)))
                .serve(CONWY_PAGES, "application/xml", "conwy-pages.xml");

        SitemapResult result = read(site, ANYWHERE, old);

        assertThat(site.asked()).containsExactly(old, CONWY_PAGES);
        assertThat(result.files().get(0)).isEqualTo(new SitemapFile(old, CONWY, 0, new Index(2, Optional.empty())));
    }

    @Test
    void missingAndFailingFilesAreRecordedWithTheirOutcome() throws InterruptedException {
        URI gone = URI.create("https://www.example.gov.wales/old-sitemap.xml");
        URI down = URI.create("https://www.example.gov.wales/sitemap-down.xml");
        URI refused = URI.create("https://www.example.gov.wales/sitemap-refused.xml");
        URI unreachable = URI.create("https://sitemaps.example.net/sitemap.xml");
        URI missing = URI.create("https://www.example.gov.wales/sitemap.xml");
        FakeSite site = new FakeSite()
                .answer(gone, new SitemapFetch.Fetched(gone, 410, "text/html", new byte[0]))
                .answer(down, new SitemapFetch.Fetched(down, 503, "text/html", new byte[0]))
                .answer(refused, new SitemapFetch.Fetched(refused, 403, "text/html", new byte[0]))
                .answer(unreachable, new SitemapFetch.Failed("name not resolved"));

        SitemapResult result = read(site, ANYWHERE, missing, gone, down, refused, unreachable);

        assertThat(result.files())
                .extracting(SitemapFile::outcome)
                .containsExactly(
                        new NotFound(404),
                        new NotFound(410),
                        new Failed("HTTP 503"),
                        new Failed("HTTP 403"),
                        new Failed("name not resolved"));
        assertThat(result.urls()).isEmpty();
        assertThat(result.complete()).isTrue();
    }

    @Test
    void aStartUrlThatIsNotHttpIsRecordedNotFetched() throws InterruptedException {
        URI ftp = URI.create("ftp://www.example.gov.wales/sitemap.xml");
        FakeSite site = new FakeSite();

        SitemapResult result = read(site, ANYWHERE, ftp);

        assertThat(site.asked()).isEmpty();
        assertThat(result.files())
                .containsExactly(new SitemapFile(ftp, ftp, 0, new Failed("not an absolute http(s) URL")));
    }

    @Test
    void keepsNoMoreThanTheUrlLimitAndFetchesNothingOnceItIsReached() throws InterruptedException {
        FakeSite site = new FakeSite()
                .serve(CONWY, "application/xml", "conwy-index.xml")
                .serve(CONWY_PAGES, "application/xml", "conwy-pages.xml")
                .serve(CONWY_NEWS, "application/gzip", gzip(fixture("conwy-news.xml")));

        SitemapResult result = new SitemapReader(site, new SitemapLimits(50, 3, 2)).read(List.of(CONWY));

        assertThat(result.urls())
                .containsExactlyElementsOf(
                        uris("https://www.conwy.gov.uk/en/Home.aspx", "https://www.conwy.gov.uk/cy/Hafan.aspx"));
        assertThat(result.truncated()).isEqualTo(1);
        assertThat(result.sitemapsNotRead()).as("the news sitemap").isEqualTo(1);
        assertThat(site.asked()).containsExactly(CONWY, CONWY_PAGES);
        assertThat(result.complete()).isFalse();
    }

    @Test
    void holdsNoMoreThanTheUrlLimitOfOneFileAndCountsTheRest() throws InterruptedException {
        StringBuilder xml = new StringBuilder("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 10; i++) {
            xml.append("<url><loc>https://www.example.gov.wales/news/")
                    .append(i)
                    .append("</loc></url>\n");
            text.append("https://www.example.gov.wales/events/").append(i).append('\n');
        }
        xml.append("</urlset>\n");
        URI xmlUrl = URI.create("https://www.example.gov.wales/sitemap.xml");
        URI textUrl = URI.create("https://www.example.gov.wales/sitemap.txt");
        FakeSite site = new FakeSite()
                .serve(xmlUrl, "application/xml", xml.toString().getBytes(UTF_8))
                .serve(textUrl, "text/plain", text.toString().getBytes(UTF_8));
        SitemapReader reader = new SitemapReader(site, new SitemapLimits(50, 3, 3));

        for (URI url : List.of(xmlUrl, textUrl)) {
            SitemapResult result = reader.read(List.of(url));

            assertThat(result.urls()).hasSize(3);
            assertThat(result.truncated()).isEqualTo(7);
            assertThat(((Pages) result.files().get(0).outcome()).urls()).isEqualTo(10);
        }
    }

    @Test
    void stopsAtTheFileLimit() throws InterruptedException {
        List<URI> children = new ArrayList<>();
        FakeSite site = new FakeSite();
        for (int i = 1; i <= 5; i++) {
            URI child = URI.create("https://www.example.gov.wales/sitemap-" + i + ".xml");
            children.add(child);
            site.serve(child, "text/plain", ("https://www.example.gov.wales/page-" + i).getBytes(UTF_8));
        }
        URI index = URI.create("https://www.example.gov.wales/sitemap.xml");
        site.serve(index, "application/xml", index(children.toArray(URI[]::new)));

        SitemapResult result = new SitemapReader(site, new SitemapLimits(3, 3, 100)).read(List.of(index));

        assertThat(site.asked()).containsExactly(index, children.get(0), children.get(1));
        assertThat(result.urls()).hasSize(2);
        assertThat(result.sitemapsNotRead()).isEqualTo(3);
    }

    @Test
    void followsIndexesNoDeeperThanTheDepthLimit() throws InterruptedException {
        FakeSite site = new FakeSite();
        List<URI> chain = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            chain.add(URI.create("https://www.example.gov.wales/sitemap-" + i + ".xml"));
        }
        for (int i = 0; i < 4; i++) {
            site.serve(chain.get(i), "application/xml", index(chain.get(i + 1)));
        }
        site.serve(chain.get(4), "text/plain", "https://www.example.gov.wales/deep".getBytes(UTF_8));

        SitemapResult limited = new SitemapReader(site, new SitemapLimits(50, 3, 100)).read(chain.subList(0, 1));
        SitemapResult deeper = new SitemapReader(site, new SitemapLimits(50, 4, 100)).read(chain.subList(0, 1));

        assertThat(limited.files()).extracting(SitemapFile::depth).containsExactly(0, 1, 2, 3);
        assertThat(limited.sitemapsNotRead()).isEqualTo(1);
        assertThat(limited.urls()).isEmpty();
        assertThat(deeper.urls()).containsExactly(URI.create("https://www.example.gov.wales/deep"));
    }

    @Test
    void readsRssAndAtomFeeds() throws InterruptedException {
        URI rss = URI.create("https://www.newport.gov.uk/news.rss");
        URI atom = URI.create("https://www.swansea.gov.uk/news.atom");
        FakeSite site = new FakeSite()
                .serve(rss, "application/rss+xml", "newport-news.rss")
                .serve(atom, "application/atom+xml", "swansea-news.atom");

        SitemapResult result = read(site, ANYWHERE, rss, atom);

        assertThat(result.files())
                .extracting(SitemapFile::outcome)
                .containsExactly(
                        new Pages(SitemapFormat.RSS, 2, 2, Optional.empty()),
                        new Pages(SitemapFormat.ATOM, 2, 2, Optional.empty()));
        assertThat(result.urls())
                .containsExactlyElementsOf(uris(
                        "https://www.newport.gov.uk/en/News/2026/March/Garden-waste-collections-restart.aspx",
                        "https://www.newport.gov.uk/cy/Newyddion/2026/Mawrth/Ailddechrau-casgliadau-gwastraff-gardd.aspx",
                        "https://www.swansea.gov.uk/article/90001/Library-opening-hours-over-half-term",
                        "https://www.abertawe.gov.uk/erthygl/90001/Oriau-agor-llyfrgelloedd"));
    }

    @Test
    void aGzipBombIsExpandedNoFurtherThanTheProtocolsLimit() throws InterruptedException {
        byte[] head = ("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                        + "<url><loc>https://www.example.gov.wales/</loc></url></urlset>")
                .getBytes(UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(head);
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 60; i++) {
                gz.write(spaces);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        URI url = URI.create("https://www.example.gov.wales/sitemap.xml.gz");
        FakeSite site = new FakeSite().serve(url, "application/gzip", out.toByteArray());

        SitemapResult result = read(site, ANYWHERE, url);

        Pages pages = (Pages) result.files().get(0).outcome();
        assertThat(pages.damage()).hasValue("more than 52428800 bytes uncompressed, read up to there");
        assertThat(result.urls()).containsExactly(URI.create("https://www.example.gov.wales/"));
    }

    @Test
    void anInterruptedFetchStopsTheReading() {
        SitemapSource interrupted = url -> {
            throw new InterruptedException("stop");
        };

        assertThatThrownBy(() -> new SitemapReader(interrupted, SitemapLimits.DEFAULTS).read(List.of(CARDIFF)))
                .isInstanceOf(InterruptedException.class);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "https://www.cardiff.gov.uk/ENG/Home/Pages/default.aspx?x=1#top, https://www.cardiff.gov.uk/sitemap.xml",
        "HTTPS://WWW.GWYNEDD.LLYW.CYMRU:443/cy/, https://www.gwynedd.llyw.cymru/sitemap.xml",
        "http://www.cardiff.gov.uk:8088/, http://www.cardiff.gov.uk:8088/sitemap.xml",
    })
    void theDefaultLocationIsSitemapXmlAtTheHomePagesRoot(String home, String expected) {
        assertThat(SitemapReader.defaultLocations(URI.create(home))).containsExactly(URI.create(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://www.cardiff.gov.uk/", "/ENG/Home/", "mailto:contact@cardiff.gov.uk"})
    void theDefaultLocationNeedsAnHttpHomePage(String home) {
        assertThatThrownBy(() -> SitemapReader.defaultLocations(URI.create(home)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void limitsAreChecked() {
        assertThat(SitemapLimits.DEFAULTS).isEqualTo(new SitemapLimits(50, 3, 50_000));
        assertThatThrownBy(() -> new SitemapLimits(0, 3, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SitemapLimits(1, -1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SitemapLimits(1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFetchedBodyIsCopiedInAndOut() {
        byte[] body = "https://www.example.gov.wales/".getBytes(UTF_8);
        SitemapFetch.Fetched fetched = new SitemapFetch.Fetched(CARDIFF, 200, "text/plain", body);
        body[0] = 'X';
        fetched.body()[1] = 'Y';

        assertThat(fetched.body()).startsWith("https".getBytes(UTF_8));
        assertThat(fetched).isEqualTo(new SitemapFetch.Fetched(CARDIFF, 200, "text/plain", fetched.body()));
    }

    private static byte[] index(URI... sitemaps) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (URI sitemap : sitemaps) {
            xml.append("  <sitemap><loc>").append(sitemap).append("</loc></sitemap>\n");
        }
        return xml.append("</sitemapindex>\n").toString().getBytes(UTF_8);
    }
}
