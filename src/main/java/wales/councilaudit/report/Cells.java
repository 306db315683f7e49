package wales.councilaudit.report;

/** Makes text that came from the network safe for a spreadsheet cell or a terminal. */
final class Cells {

    private Cells() {}

    /**
     * Prefixes a value that a spreadsheet would run as a formula ({@code = + - @}, tab, carriage return) with an
     * apostrophe (OWASP's advice on CSV injection). Plain numbers, negative ones included, are left alone.
     */
    static String defuse(String value) {
        if (value.isEmpty() || value.matches("-?\\d+(\\.\\d+)?")) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula =
                first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + value : value;
    }

    /** Replaces control characters (which could move a terminal's cursor or change its colours) with '?'. */
    static String printable(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
        return out.toString();
    }
}
