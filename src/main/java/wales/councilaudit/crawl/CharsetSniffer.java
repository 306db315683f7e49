package wales.councilaudit.crawl;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides the character set of an HTML body and decodes it, the way browsers do (WHATWG HTML, "determining the
 * character encoding"): a byte order mark first, then the {@code charset} of the {@code Content-Type} header, then a
 * {@code <meta>} declaration near the start of the body, then UTF-8, or windows-1252 when the undeclared bytes are
 * not UTF-8. Declarations naming a charset the JDK does not know are passed over. Stateless and thread-safe.
 */
final class CharsetSniffer {

    /**
     * How far into the body a {@code <meta>} declaration is looked for, in bytes. WHATWG's prescan reads 1024, but
     * real council pages put long comments, scripts and styles first, and browsers find later declarations too
     * (Firefox reloads, jsoup reads 5 KB); this window stays inside a normal {@code <head>}.
     */
    static final int META_SCAN_BYTES = 4096;

    private static final char REPLACEMENT = '\uFFFD';

    private static final Pattern COMMENT = Pattern.compile("<!--.*?(?:-->|\\z)", Pattern.DOTALL);
    private static final Pattern META = Pattern.compile("<meta(?=[\\s/])([^>]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE =
            Pattern.compile("([^\\s=/>\"']+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+)))?");
    private static final Pattern CONTENT_CHARSET =
            Pattern.compile("charset\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s;\"']+))", Pattern.CASE_INSENSITIVE);

    /**
     * A decoded body.
     *
     * @param text the body as text, without its byte order mark
     * @param decision the charset used and why
     */
    record Decoded(String text, CharsetDecision decision) {}

    /** A declaration found in the body: the label as written and the charset it names. */
    private record Declared(String label, Charset charset) {}

    private CharsetSniffer() {}

    /**
     * Decodes {@code body}.
     *
     * @param headerLabel the {@code charset} parameter of the {@code Content-Type} header, when it had one
     */
    static Decoded decode(Optional<String> headerLabel, byte[] body) {
        Optional<Decoded> bom = byteOrderMark(body);
        if (bom.isPresent()) {
            return bom.get();
        }
        Optional<Charset> fromHeader = headerLabel.flatMap(CharsetLabels::lookup);
        if (fromHeader.isPresent()) {
            String label = CharsetLabels.unquote(headerLabel.get());
            return decode(body, 0, fromHeader.get(), CharsetSource.HTTP_HEADER, label);
        }
        Optional<Declared> meta = metaDeclaration(body);
        if (meta.isPresent()) {
            return decode(
                    body,
                    0,
                    meta.get().charset(),
                    CharsetSource.META,
                    meta.get().label());
        }
        Optional<String> utf8 = strictly(body, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new Decoded(
                    utf8.get(), new CharsetDecision(StandardCharsets.UTF_8, CharsetSource.DEFAULT, "", false));
        }
        return decode(body, 0, CharsetLabels.WINDOWS_1252, CharsetSource.LEGACY_FALLBACK, "");
    }

    private static Optional<Decoded> byteOrderMark(byte[] body) {
        Charset charset;
        int length;
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            length = 3;
        } else if (startsWith(body, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            length = 2;
        } else if (startsWith(body, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            length = 2;
        } else {
            return Optional.empty();
        }
        String hex = HexFormat.of().withUpperCase().formatHex(body, 0, length);
        return Optional.of(decode(body, length, charset, CharsetSource.BOM, hex));
    }

    private static boolean startsWith(byte[] body, int... prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((body[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first {@code <meta charset>} or {@code <meta http-equiv="content-type">} in the first {@link
     * #META_SCAN_BYTES} bytes, outside comments, that names a known charset.
     */
    private static Optional<Declared> metaDeclaration(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher meta = META.matcher(COMMENT.matcher(head).replaceAll(" "));
        while (meta.find()) {
            Optional<Declared> declared = declaration(meta.group(1));
            if (declared.isPresent()) {
                return declared;
            }
        }
        return Optional.empty();
    }

    /** The declaration of one {@code <meta>} element's attributes, when it makes one with a known label. */
    private static Optional<Declared> declaration(String attributes) {
        String charset = null;
        String httpEquiv = null;
        String content = null;
        Matcher attribute = ATTRIBUTE.matcher(attributes);
        while (attribute.find()) {
            String name = attribute.group(1).toLowerCase(Locale.ROOT);
            String value = firstNonNull(attribute.group(2), attribute.group(3), attribute.group(4));
            if (name.equals("charset") && charset == null) {
                charset = value;
            } else if (name.equals("http-equiv") && httpEquiv == null) {
                httpEquiv = value;
            } else if (name.equals("content") && content == null) {
                content = value;
            }
        }
        String label = charset;
        if (label == null && "content-type".equalsIgnoreCase(httpEquiv == null ? "" : httpEquiv.strip())) {
            label = content == null ? null : charsetOfContent(content);
        }
        if (label == null) {
            return Optional.empty();
        }
        String written = CharsetLabels.unquote(label);
        return CharsetLabels.lookupMeta(written).map(c -> new Declared(written, c));
    }

    private static String charsetOfContent(String content) {
        Matcher m = CONTENT_CHARSET.matcher(content);
        return m.find() ? firstNonNull(m.group(1), m.group(2), m.group(3)) : null;
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return "";
    }

    /** Decodes, replacing what {@code charset} cannot read with U+FFFD and saying whether it had to. */
    private static Decoded decode(byte[] body, int offset, Charset charset, CharsetSource source, String label) {
        Optional<String> strict = strictly(body, offset, charset);
        if (strict.isPresent()) {
            return new Decoded(strict.get(), new CharsetDecision(charset, source, label, false));
        }
        String lenient = new String(body, offset, body.length - offset, charset);
        return new Decoded(lenient, new CharsetDecision(charset, source, label, true));
    }

    /** The text, when every byte is valid in {@code charset}. */
    private static Optional<String> strictly(byte[] body, int offset, Charset charset) {
        // The JDK's decoders put U+FFFD in place of every byte sequence they cannot read; text without one was read
        // whole, and String's own decoding is several times quicker than a CharsetDecoder's. A body with U+FFFD is
        // checked strictly: the character may have been in it.
        String lenient = new String(body, offset, body.length - offset, charset);
        if (lenient.indexOf(REPLACEMENT) < 0) {
            return Optional.of(lenient);
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Optional.of(decoder.decode(ByteBuffer.wrap(body, offset, body.length - offset))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
