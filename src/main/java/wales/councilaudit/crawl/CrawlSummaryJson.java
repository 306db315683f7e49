package wales.councilaudit.crawl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import wales.councilaudit.json.Json;

/** A {@link CrawlSummary} as JSON, for the ledger and the run folder; read leniently (older rows keep reading). */
public final class CrawlSummaryJson {

    private static final ObjectReader READER =
            Json.mapper().readerFor(CrawlSummary.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private CrawlSummaryJson() {}

    public static String write(CrawlSummary summary) {
        try {
            return Json.mapper().writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a crawl summary could not be written as JSON", e);
        }
    }

    public static CrawlSummary read(String json) {
        try {
            return READER.readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a crawl summary: " + e.getOriginalMessage(), e);
        }
    }
}
