package wales.councilaudit.crawl;

import java.util.Locale;
import java.util.Optional;

/**
 * A {@code Content-Type} header read leniently (RFC 9110 §8.3): the media type, lower case, without parameters,
 * and the {@code charset} parameter as written. A missing or unreadable header gives an empty media type.
 *
 * @param mediaType for example {@code text/html}; empty when the header is missing or not a media type
 * @param charset the {@code charset} parameter's value without quotes, when present and not empty
 */
record PageContentType(String mediaType, Optional<String> charset) {

    static PageContentType parse(String header) {
        String[] parts = header.split(";");
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        if (!type.matches("[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+")) {
            type = "";
        }
        Optional<String> charset = Optional.empty();
        for (int i = 1; i < parts.length && charset.isEmpty(); i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter.length == 2 && parameter[0].strip().equalsIgnoreCase("charset")) {
                charset = Optional.of(CharsetLabels.unquote(parameter[1])).filter(s -> !s.isEmpty());
            }
        }
        return new PageContentType(type, charset);
    }
}
