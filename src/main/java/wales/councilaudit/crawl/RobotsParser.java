package wales.councilaudit.crawl;

import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses robots.txt files (RFC 9309) for a crawler's product tokens, with crawler-commons. It never fetches: it
 * takes the bytes and the URL they came from. It never throws on bad content: lines it cannot read are skipped, as
 * RFC 9309 §2.2 asks, and a byte-order mark, CR, LF or CRLF line ends and UTF-8 are all accepted. Immutable and
 * thread-safe.
 *
 * <p>The rules of the groups naming one of our product tokens apply (case-insensitively, all such groups merged,
 * RFC 9309 §2.2.1); when no group names one, the {@code *} groups apply; when there is none of those either, every
 * URL is allowed.
 */
public final class RobotsParser {

    /** Our product token, the name that robots.txt groups address us by. */
    public static final String PRODUCT_TOKEN = "council-audit";

    /**
     * How much of a robots.txt is read: RFC 9309 §2.5 asks for at least 500 KiB and lets a crawler ignore the
     * rest. A file cut here loses its last, partial line too, so that no rule is read half-way.
     */
    public static final int PARSE_LIMIT_BYTES = 500 * 1024;

    /**
     * RFC 9309 §2.2.1: a product token is letters, underscores and hyphens. Digits are accepted too, as real crawler
     * names have them ({@code MJ12bot}) and crawler-commons matches them exactly; a slash, a space or a version is
     * not, since a group could never name it and only the {@code *} groups would ever apply.
     */
    private static final Pattern PRODUCT_TOKEN_SYNTAX = Pattern.compile("[a-zA-Z0-9_-]+");

    private static final Logger LOG = LoggerFactory.getLogger(RobotsParser.class);

    private final List<String> productTokens;

    /**
     * @param productTokens the names our crawler answers to, most specific first; at least one, each a product
     *     token (letters, digits, {@code _} and {@code -}); {@code *} is not one of them, it is matched anyway
     * @throws IllegalArgumentException when a token is missing or not a product token
     */
    public RobotsParser(List<String> productTokens) {
        if (productTokens.isEmpty()) {
            throw new IllegalArgumentException("at least one product token is required");
        }
        for (String token : productTokens) {
            if (!PRODUCT_TOKEN_SYNTAX.matcher(token).matches()) {
                throw new IllegalArgumentException(
                        "not a robots.txt product token (letters, digits, '_' and '-' only): '" + token + "'");
            }
        }
        this.productTokens = productTokens.stream()
                .map(t -> t.toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
    }

    /** A parser for {@value #PRODUCT_TOKEN}. */
    public static RobotsParser forCouncilAudit() {
        return new RobotsParser(List.of(PRODUCT_TOKEN));
    }

    /** The product tokens, lower case. */
    public List<String> productTokens() {
        return productTokens;
    }

    /**
     * Parses a robots.txt.
     *
     * @param source the URL the file came from (after redirects); relative {@code Sitemap} URLs resolve against it
     * @param content the file's bytes, as served; only the first {@link #PARSE_LIMIT_BYTES} are read
     * @param contentType the {@code Content-Type} it was served with, or an empty string
     * @return the rules for our product tokens; never throws for any content
     */
    public RobotsRules parse(URI source, byte[] content, String contentType) {
        byte[] limited = withoutPartialUtf8Bom(withinParseLimit(content));
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Long.MAX_VALUE, 0);
        try {
            SimpleRobotRules parsed = parser.parseContent(source.toString(), limited, contentType, productTokens);
            return RobotsRules.of(parsed);
        } catch (RuntimeException e) {
            // crawler-commons is not known to throw on content; if it ever does, obey nothing rather than everything.
            LOG.warn(
                    "could not parse {} ({} bytes), so nothing on its host will be fetched: {}",
                    source,
                    content.length,
                    e.toString());
            return RobotsRules.disallowAll();
        }
    }

    /**
     * The content without the first one or two bytes of a UTF-8 byte-order mark ({@code EF BB BF}) that lacks the
     * rest: a damaged mark, not text, so the line it starts is still read (as Google's parser and the conformance
     * suite's STANDARD cases do). A whole mark is left for crawler-commons, which also detects UTF-16 marks.
     */
    static byte[] withoutPartialUtf8Bom(byte[] content) {
        int skip = 0;
        if (content.length > 0 && content[0] == (byte) 0xEF) {
            boolean second = content.length > 1 && content[1] == (byte) 0xBB;
            boolean third = second && content.length > 2 && content[2] == (byte) 0xBF;
            skip = third ? 0 : second ? 2 : 1;
        }
        return skip == 0 ? content : Arrays.copyOfRange(content, skip, content.length);
    }

    /** The content up to the parse limit, cut after the last line end that fits. */
    static byte[] withinParseLimit(byte[] content) {
        if (content.length <= PARSE_LIMIT_BYTES) {
            return content;
        }
        int end = PARSE_LIMIT_BYTES;
        while (end > 0 && content[end - 1] != '\n' && content[end - 1] != '\r') {
            end--;
        }
        return Arrays.copyOf(content, end == 0 ? PARSE_LIMIT_BYTES : end);
    }
}
