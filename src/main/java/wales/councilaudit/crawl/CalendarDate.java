package wales.councilaudit.crawl;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A date read from a calendar-like URL, at the precision the URL gives it. Immutable.
 *
 * @param unit the precision: a day, a month or a year
 * @param start the first day the date covers (the 1st of a month, the 1st of January of a year)
 */
record CalendarDate(Unit unit, LocalDate start) {

    /** The earliest and latest years read as dates: numbers outside are more likely identifiers than years. */
    static final int FIRST_YEAR = 1900;

    static final int LAST_YEAR = 2199;

    /** The precision of a date, which is also the unit of a calendar's steps. */
    enum Unit {
        DAY,
        MONTH,
        YEAR
    }

    /**
     * The date of these parts, when they make one.
     *
     * @param year the year, as written
     * @param month the month (1 to 12) as written, or {@code null} for a year
     * @param day the day of the month as written, or {@code null} for a month or a year
     * @return empty when a part is not a number, the year is outside {@value #FIRST_YEAR}..{@value #LAST_YEAR}, or
     *     the date does not exist (a 13th month, 30 February)
     */
    static Optional<CalendarDate> of(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < FIRST_YEAR || y > LAST_YEAR) {
                return Optional.empty();
            }
            if (month == null) {
                return Optional.of(new CalendarDate(Unit.YEAR, LocalDate.of(y, 1, 1)));
            }
            int m = Integer.parseInt(month);
            if (day == null) {
                return Optional.of(new CalendarDate(Unit.MONTH, LocalDate.of(y, m, 1)));
            }
            return Optional.of(new CalendarDate(Unit.DAY, LocalDate.of(y, m, Integer.parseInt(day))));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The position of this date on a line of its unit, so that the steps between two dates are a subtraction. */
    long index() {
        return switch (unit) {
            case DAY -> start.toEpochDay();
            case MONTH -> start.getYear() * 12L + start.getMonthValue() - 1;
            case YEAR -> start.getYear();
        };
    }
}
