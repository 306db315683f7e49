package wales.councilaudit.crawl;

import java.util.Objects;
import java.util.Optional;

/**
 * What reading one sitemap file gave, decided by {@link SitemapReader}. Expected outcomes, never exceptions.
 *
 * <p>A file that is damaged part-way (not well-formed XML after some entries, a gzip stream cut short, more than
 * {@link SitemapReader#MAX_UNCOMPRESSED_BYTES} uncompressed) is still read up to the damage, as a fetch cut at its
 * size limit would be: it is a {@link Pages} or an {@link Index} with the {@code damage} said.
 */
public sealed interface SitemapOutcome {

    /**
     * A file listing pages, read.
     *
     * @param format what it was
     * @param urls how many entries it listed, whatever became of them (invalid, out of scope, repeated, beyond the
     *     limit)
     * @param kept how many of them were added to the result: valid, in scope, not found before, within the limit
     * @param damage what stopped the reading early, when something did
     */
    record Pages(SitemapFormat format, int urls, int kept, Optional<String> damage) implements SitemapOutcome {
        public Pages {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(damage, "damage");
            if (kept < 0 || urls < kept) {
                throw new IllegalArgumentException("need 0 <= kept <= urls, got " + kept + " of " + urls);
            }
        }
    }

    /**
     * A sitemap index, read; the files it lists are read after it, as the limits allow.
     *
     * @param sitemaps how many sitemap entries it listed, valid or not
     * @param damage what stopped the reading early, when something did
     */
    record Index(int sitemaps, Optional<String> damage) implements SitemapOutcome {
        public Index {
            Objects.requireNonNull(damage, "damage");
            if (sitemaps < 0) {
                throw new IllegalArgumentException("sitemaps must not be negative, got " + sitemaps);
            }
        }
    }

    /**
     * There is no such file: a 404 or 410. Normal for {@link SitemapReader#defaultLocations} on a site without
     * sitemaps; a fault when robots.txt or an index named the file.
     *
     * @param status 404 or 410
     */
    record NotFound(int status) implements SitemapOutcome {
        public NotFound {
            if (status != 404 && status != 410) {
                throw new IllegalArgumentException("not 404 or 410: " + status);
            }
        }
    }

    /**
     * A 2xx answer that is not a sitemap: an HTML page (a site serving its home or error page for any address),
     * XML of another kind, an empty body, or bytes in no sitemap format.
     *
     * @param reason what it was, for people
     */
    record NotASitemap(String reason) implements SitemapOutcome {
        public NotASitemap {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The file could not be had or read: no answer, an error status other than 404 and 410 (such as {@code HTTP
     * 403} or {@code HTTP 503}), a URL that is not http(s), XML broken before any entry, a body that is not gzip
     * although it starts as gzip.
     *
     * @param reason what happened, for people
     */
    record Failed(String reason) implements SitemapOutcome {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
