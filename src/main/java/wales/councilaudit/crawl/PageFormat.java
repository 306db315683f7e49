package wales.councilaudit.crawl;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * What kind of content a response carries, as far as the crawl cares: a page to parse, a PDF to count, an image,
 * or anything else.
 */
public enum PageFormat {
    /** {@code text/html} or {@code application/xhtml+xml}, or undeclared content that starts like HTML. */
    HTML,
    /** {@code application/pdf}, or undeclared (or {@code application/octet-stream}) content starting {@code %PDF-}. */
    PDF,
    /** {@code image/*}, or undeclared (or octet-stream) content with a PNG, JPEG, GIF or WebP signature. */
    IMAGE,
    /** Anything else: scripts, stylesheets, feeds, documents, plain text. */
    OTHER;

    /** Tags an undeclared body may start with to be HTML (WHATWG MIME Sniffing, §7.1, abridged). */
    private static final List<String> HTML_STARTS = List.of(
            "<!doctype html",
            "<html",
            "<head",
            "<body",
            "<title",
            "<script",
            "<iframe",
            "<table",
            "<div",
            "<p",
            "<h1",
            "<a",
            "<b",
            "<br",
            "<font",
            "<style",
            "<!--");

    /**
     * The format of a body.
     *
     * @param mediaType the declared media type, lower case without parameters, or empty when none was declared
     * @param body the body as received
     */
    static PageFormat of(String mediaType, byte[] body) {
        if (mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml")) {
            return HTML;
        }
        if (mediaType.equals("application/pdf") || mediaType.equals("application/x-pdf")) {
            return PDF;
        }
        if (mediaType.startsWith("image/")) {
            return IMAGE;
        }
        if (mediaType.isEmpty() || mediaType.equals("application/octet-stream")) {
            PageFormat binary = sniffBinary(body);
            if (binary != OTHER || !mediaType.isEmpty()) {
                return binary;
            }
            return looksLikeHtml(body) ? HTML : OTHER;
        }
        return OTHER;
    }

    private static PageFormat sniffBinary(byte[] body) {
        String start = new String(body, 0, Math.min(body.length, 12), StandardCharsets.ISO_8859_1);
        if (start.startsWith("%PDF-")) {
            return PDF;
        }
        boolean image = start.startsWith("\u0089PNG\r\n\u001A\n")
                || start.startsWith("\u00FF\u00D8\u00FF")
                || start.startsWith("GIF87a")
                || start.startsWith("GIF89a")
                || (start.startsWith("RIFF") && start.length() == 12 && start.endsWith("WEBP"));
        return image ? IMAGE : OTHER;
    }

    private static boolean looksLikeHtml(byte[] body) {
        String start = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1)
                .replaceFirst("^\u00EF\u00BB\u00BF", "")
                .stripLeading()
                .toLowerCase(Locale.ROOT);
        for (String tag : HTML_STARTS) {
            if (start.startsWith(tag)
                    && (tag.equals("<!--")
                            || start.length() == tag.length()
                            || " \t\n\r\f>".indexOf(start.charAt(tag.length())) >= 0)) {
                return true;
            }
        }
        return false;
    }
}
