package wales.councilaudit.crawl;

/**
 * How the character set of a page was decided, in the order browsers try (WHATWG HTML, "determining the character
 * encoding"): a byte order mark beats the HTTP header, the header beats a {@code <meta>} declaration, and only a
 * page that declares nothing falls back to a default.
 */
public enum CharsetSource {
    /** A byte order mark at the start of the body (UTF-8, UTF-16BE or UTF-16LE). */
    BOM,
    /** The {@code charset} parameter of the {@code Content-Type} response header. */
    HTTP_HEADER,
    /** {@code <meta charset>} or {@code <meta http-equiv="Content-Type" content="...; charset=...">}. */
    META,
    /** Nothing declared, and the bytes are valid UTF-8 (pure ASCII included): UTF-8. */
    DEFAULT,
    /**
     * Nothing declared, and the bytes are not valid UTF-8: windows-1252, the legacy encoding browsers assume for an
     * undeclared page in English- and Welsh-language locales, so a '£' saved by an old editor still reads as '£'.
     */
    LEGACY_FALLBACK
}
