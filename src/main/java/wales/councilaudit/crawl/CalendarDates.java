package wales.councilaudit.crawl;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date in a calendar-like URL and the calendar it belongs to. Stateless and thread-safe.
 *
 * <p>Dates are read, in this order:
 *
 * <ol>
 *   <li>at the end of the path: {@code /2026/12/}, {@code /2026/12/01/}, {@code /2026-12/} or {@code /2026-12-01/}.
 *       A date followed by another segment ({@code /news/2026/12/budget}) is a dated page, not a calendar, and a
 *       year alone ({@code /news/2019/}) is too often an identifier to be read as one;
 *   <li>in a query parameter of any name whose value is {@code 2026-12}, {@code 2026-12-01}, {@code 01/12/2026} or
 *       {@code 01-12-2026} (day first, as in the UK), the first such parameter by name;
 *   <li>in parameters named {@code year} (or {@code yr}, {@code y}) with four digits, optionally with {@code month}
 *       ({@code mon}, {@code mo}, {@code m}) and then {@code day} ({@code d}), as in {@code year=2027&month=1}.
 * </ol>
 *
 * <p>Years outside {@value CalendarDate#FIRST_YEAR}..{@value CalendarDate#LAST_YEAR} and dates that do not exist are
 * not dates. The calendar is the URL with its date taken out: its host and port, its path (with a path date replaced
 * by its unit) and the names of its query parameters, so {@code /events?month=2026-12&type=music} and
 * {@code /events?month=2027-01&type=sport} are pages of one calendar.
 */
final class CalendarDates {

    /**
     * A date found in a URL.
     *
     * @param calendar the calendar the URL is a page of: the URL with the date's value replaced by its unit
     * @param date the date
     */
    record Dated(String calendar, CalendarDate date) {}

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern SMALL_NUMBER = Pattern.compile("\\d{1,2}");
    private static final List<String> YEAR_NAMES = List.of("year", "yr", "y");
    private static final List<String> MONTH_NAMES = List.of("month", "mon", "mo", "m");
    private static final List<String> DAY_NAMES = List.of("day", "d");

    private CalendarDates() {}

    /** The date in {@code url} and its calendar, or empty when the URL is not calendar-like. */
    static Optional<Dated> find(URI url) {
        String rawPath = url.getRawPath() == null ? "" : url.getRawPath();
        List<Parameter> parameters = Parameter.parse(url.getRawQuery());
        String names = parameterNames(parameters);
        String site = url.getRawAuthority() == null ? "" : url.getRawAuthority();
        Optional<Dated> inPath = inPath(rawPath).map(d -> new Dated(site + d.calendar() + "?" + names, d.date()));
        return inPath.or(() -> inQuery(parameters).map(d -> new Dated(site + rawPath + "?" + d.calendar(), d.date())));
    }

    /** A date at the end of the path; the calendar is the path with the date replaced by its unit. */
    private static Optional<Dated> inPath(String rawPath) {
        List<String> segments =
                Arrays.stream(rawPath.split("/")).filter(s -> !s.isEmpty()).toList();
        int n = segments.size();
        if (n == 0) {
            return Optional.empty();
        }
        Optional<CalendarDate> date = iso(segments.get(n - 1));
        int used = 1;
        if (date.isEmpty() && n >= 3 && isNumericDate(segments.subList(n - 3, n))) {
            date = CalendarDate.of(segments.get(n - 3), segments.get(n - 2), segments.get(n - 1));
            used = 3;
        }
        if (date.isEmpty() && n >= 2 && isNumericDate(segments.subList(n - 2, n))) {
            date = CalendarDate.of(segments.get(n - 2), segments.get(n - 1), null);
            used = 2;
        }
        String prefix = n == used ? "" : "/" + String.join("/", segments.subList(0, n - used));
        return date.map(d -> new Dated(prefix + "/{" + d.unit() + "}", d));
    }

    /** A year of four digits followed by one or two numbers of one or two digits. */
    private static boolean isNumericDate(List<String> segments) {
        if (!YEAR.matcher(segments.get(0)).matches()) {
            return false;
        }
        return segments.subList(1, segments.size()).stream()
                .allMatch(s -> SMALL_NUMBER.matcher(s).matches());
    }

    /** A date in one parameter's value, or in year, month and day parameters; the calendar is the parameters. */
    private static Optional<Dated> inQuery(List<Parameter> parameters) {
        for (Parameter p : parameters) {
            Optional<CalendarDate> date = iso(p.value()).or(() -> dayFirst(p.value()));
            if (date.isPresent()) {
                return Optional.of(new Dated(withUnit(parameters, p.name(), date.get()), date.get()));
            }
        }
        Optional<Parameter> year = first(parameters, YEAR_NAMES);
        if (year.isEmpty()) {
            return Optional.empty();
        }
        Optional<Parameter> month = first(parameters, MONTH_NAMES);
        Optional<Parameter> day = month.isPresent() ? first(parameters, DAY_NAMES) : Optional.empty();
        if (month.isPresent() && !SMALL_NUMBER.matcher(month.get().value()).matches()
                || day.isPresent() && !SMALL_NUMBER.matcher(day.get().value()).matches()) {
            return Optional.empty();
        }
        Optional<CalendarDate> date = CalendarDate.of(
                year.get().value(),
                month.map(Parameter::value).orElse(null),
                day.map(Parameter::value).orElse(null));
        return date.map(d -> new Dated(withUnit(parameters, year.get().name(), d), d));
    }

    private static Optional<CalendarDate> iso(String text) {
        Matcher m = ISO.matcher(text);
        return m.matches() ? CalendarDate.of(m.group(1), m.group(2), m.group(3)) : Optional.empty();
    }

    private static Optional<CalendarDate> dayFirst(String text) {
        Matcher m = DAY_FIRST.matcher(text);
        return m.matches() ? CalendarDate.of(m.group(4), m.group(3), m.group(1)) : Optional.empty();
    }

    /** The first parameter, by name, whose name is one of {@code names} and whose value is not empty. */
    private static Optional<Parameter> first(List<Parameter> parameters, List<String> names) {
        return parameters.stream()
                .filter(p -> names.contains(p.name()) && !p.value().isEmpty())
                .findFirst();
    }

    /** The parameter names, sorted and distinct, with the date's parameter marked with the date's unit. */
    private static String withUnit(List<Parameter> parameters, String dateName, CalendarDate date) {
        Set<String> names = new TreeSet<>();
        for (Parameter p : parameters) {
            names.add(p.name().equals(dateName) ? p.name() + "={" + date.unit() + "}" : p.name());
        }
        return String.join("&", names);
    }

    /** The parameter names, sorted and distinct. */
    private static String parameterNames(List<Parameter> parameters) {
        Set<String> names = new TreeSet<>();
        parameters.forEach(p -> names.add(p.name()));
        return String.join("&", names);
    }

    /** One query parameter, decoded, its name in lower case. */
    private record Parameter(String name, String value) {

        /** The parameters of a raw query, sorted by name (then value); none for a missing query. */
        static List<Parameter> parse(String rawQuery) {
            List<Parameter> parameters = new ArrayList<>();
            if (rawQuery == null) {
                return parameters;
            }
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
                if (!name.isEmpty()) {
                    parameters.add(new Parameter(name, eq < 0 ? "" : decode(pair.substring(eq + 1))));
                }
            }
            parameters.sort(Comparator.comparing(Parameter::name).thenComparing(Parameter::value));
            return parameters;
        }

        private static String decode(String raw) {
            try {
                return URLDecoder.decode(raw, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return raw;
            }
        }
    }
}
