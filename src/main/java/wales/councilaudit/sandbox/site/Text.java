package wales.councilaudit.sandbox.site;

/** A text in English and Welsh. */
public record Text(String en, String cy) {

    public Text {
        if (en == null || cy == null) {
            throw new IllegalArgumentException("both languages are required");
        }
    }

    public String in(Lang lang) {
        return lang == Lang.EN ? en : cy;
    }
}
