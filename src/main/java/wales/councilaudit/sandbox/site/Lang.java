package wales.councilaudit.sandbox.site;

/** The two languages every simulated page exists in (or is planted missing in). */
public enum Lang {
    EN("en"),
    CY("cy");

    private final String code;

    Lang(String code) {
        this.code = code;
    }

    /** The BCP 47 code used in {@code lang} attributes: {@code en} or {@code cy}. */
    public String code() {
        return code;
    }

    public Lang other() {
        return this == EN ? CY : EN;
    }
}
