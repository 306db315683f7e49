package wales.councilaudit.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** No body, however broken, makes the analyser throw; and one analyser serves many threads at once. */
class PageAnalyserRobustnessTest {

    private static final URI URL = URI.create("http://www.example.gov.uk:8080/cy/dir/page?language=1");

    /** Pieces of markup that have broken URL and charset handling elsewhere. */
    private static final List<String> PIECES = List.of(
            "<a href=\"http://[bad/\">x</a>",
            "<a href=\"http://a b/c\">x</a>",
            "<a href=\"http://é.example/ŵ\">x</a>",
            "<a href=\"http://xn--/\">x</a>",
            "<a href=\"http:\">x</a>",
            "<a href=\"//\">x</a>",
            "<a href=\"http://:80/\">x</a>",
            "<a href=\"https://user@host:99999/\">x</a>",
            "<a href=\"%zz%\">x</a>",
            "<a href=\"\\\\server\\share\">x</a>",
            "<a href=\"?\">x</a>",
            "<a href=\"#\" lang=\"cy\">Cymraeg</a>",
            "<a hreflang=\"\" href=\"/x\">x</a>",
            "<link rel=\"alternate\" hreflang=\"cy\" href=\"javascript:alert(1)\">",
            "<link rel=canonical href=\"http://[::1]:8080/\">",
            "<base href=\"mailto:x@y\">",
            "<base href=\"http://[\">",
            "<meta charset=\"\">",
            "<meta http-equiv=content-type content=\"charset=\">",
            "<meta charset=\"utf-32\">",
            "<html lang=\"cy\">",
            "<html lang=\"\u0000\">",
            "<title>",
            "</html>",
            "\u00FF\u00FE",
            "<!--",
            "<area href=\"/\">",
            "\uFFFD");

    @Test
    void randomMixturesOfBrokenMarkupAreAnalysed() {
        Random random = new Random(20261122L);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder html = new StringBuilder();
            for (int j = random.nextInt(12); j >= 0; j--) {
                html.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            byte[] body =
                    html.toString().getBytes(random.nextBoolean() ? StandardCharsets.UTF_8 : StandardCharsets.UTF_16LE);
            String contentType = random.nextBoolean() ? "text/html" : "";
            assertThatCode(() -> PageAnalyser.analyse(URL, contentType, body))
                    .as("%s", html)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void randomBytesAreAnalysed() {
        Random random = new Random(7L);
        for (int i = 0; i < 500; i++) {
            byte[] body = new byte[random.nextInt(600)];
            random.nextBytes(body);
            assertThatCode(() -> PageAnalyser.analyse(URL, "text/html; charset=utf-8", body))
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void analysesTheSamePagesFromManyThreads() throws Exception {
        byte[] page = PageFixtures.bytes("hreflang-alternates.html");
        URI url = URI.create("https://www.example.gov.uk/report-a-missed-bin");
        PageFacts expected = PageAnalyser.analyse(url, "text/html", page);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<PageFacts>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> PageAnalyser.analyse(url, "text/html", page)));
            }
            for (Future<PageFacts> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
