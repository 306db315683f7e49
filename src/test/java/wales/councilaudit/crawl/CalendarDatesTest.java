package wales.councilaudit.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CalendarDatesTest {

    private static final String SITE = "http://www.sandbox-cardiff.gov.wales:8088";

    private static URI url(String pathAndQuery) {
        return URI.create(SITE + pathAndQuery);
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # path and query                     | calendar (after the host)           | unit  | first day
            /events?month=2026-12                | /events?month={MONTH}                | MONTH | 2026-12-01
            /events?Month=2026-12&type=music     | /events?month={MONTH}&type           | MONTH | 2026-12-01
            /events?date=2026-12-01              | /events?date={DAY}                   | DAY   | 2026-12-01
            /events?from=01%2F12%2F2026          | /events?from={DAY}                   | DAY   | 2026-12-01
            /events?from=1-2-2027                | /events?from={DAY}                   | DAY   | 2027-02-01
            /events?year=2027&month=1            | /events?month&year={MONTH}           | MONTH | 2027-01-01
            /events?year=2027&month=1&day=31     | /events?day&month&year={DAY}         | DAY   | 2027-01-31
            /events?year=2027                    | /events?year={YEAR}                  | YEAR  | 2027-01-01
            /events?yr=2027&m=03                 | /events?m&yr={MONTH}                 | MONTH | 2027-03-01
            /events/2026/12/                     | /events/{MONTH}?                     | MONTH | 2026-12-01
            /events/2026/12/01                   | /events/{DAY}?                       | DAY   | 2026-12-01
            /events/2026-12/?view=list           | /events/{MONTH}?view                 | MONTH | 2026-12-01
            /2026/12/                            | /{MONTH}?                            | MONTH | 2026-12-01
            /events/2026-12-01?month=2027-01     | /events/{DAY}?month                  | DAY   | 2026-12-01
            """)
    void findsTheDateAndItsCalendar(String pathAndQuery, String calendar, CalendarDate.Unit unit, LocalDate start) {
        CalendarDates.Dated found = CalendarDates.find(url(pathAndQuery)).orElseThrow();

        assertThat(found.calendar()).isEqualTo("www.sandbox-cardiff.gov.wales:8088" + calendar);
        assertThat(found.date()).isEqualTo(new CalendarDate(unit, start));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "/events",
                "/events?month=12",
                "/events?month=2026-13",
                "/events?date=2026-02-29",
                "/events?date=2026-12-1x",
                "/events?year=26",
                "/events?year=2027&month=ten",
                "/news/2026/12/new-leisure-centre",
                "/news/2019/",
                "/planning/1899/12/",
                "/planning/2200/12/",
                "/product/12345/6/",
                "/search?q=2026",
            })
    void findsNoDateWhereThereIsNone(String pathAndQuery) {
        assertThat(CalendarDates.find(url(pathAndQuery))).isEmpty();
    }

    @Test
    void theSandboxCalendarsMonthsAreOneCalendar() {
        Set<String> calendars = IntStream.rangeClosed(1, 12)
                .mapToObj(m -> CalendarDates.find(url("/events?month=2026-" + m))
                        .orElseThrow()
                        .calendar())
                .collect(Collectors.toSet());

        assertThat(calendars).containsExactly("www.sandbox-cardiff.gov.wales:8088/events?month={MONTH}");
    }

    @Test
    void aMonthIsTwelveStepsFromTheSameMonthAYearLater() {
        CalendarDate november = CalendarDate.of("2026", "11", null).orElseThrow();
        CalendarDate nextNovember = CalendarDate.of("2027", "11", null).orElseThrow();

        assertThat(nextNovember.index() - november.index()).isEqualTo(12);
        assertThat(CalendarDate.of("2027", "1", "1").orElseThrow().index()
                        - CalendarDate.of("2026", "12", "31").orElseThrow().index())
                .isEqualTo(1);
    }
}
