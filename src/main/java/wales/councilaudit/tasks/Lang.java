package wales.councilaudit.tasks;

import java.util.Locale;

/** The language a journey is run in: the site's own English or Welsh pages and the script's words in it. */
public enum Lang {
    EN,
    CY;

    /** {@code en} or {@code cy}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language of a code ({@code en}, {@code cy}), any case. */
    public static Lang of(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
