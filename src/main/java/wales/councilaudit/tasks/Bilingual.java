package wales.councilaudit.tasks;

import java.util.List;

/**
 * A script's entries in English and Welsh.
 *
 * @param en the English entries
 * @param cy the Welsh entries
 */
public record Bilingual(List<String> en, List<String> cy) {

    public Bilingual {
        en = List.copyOf(en);
        cy = List.copyOf(cy);
    }

    public List<String> in(Lang lang) {
        return lang == Lang.EN ? en : cy;
    }

    /** The first entry in a language, or empty. */
    public String first(Lang lang) {
        List<String> list = in(lang);
        return list.isEmpty() ? "" : list.get(0);
    }
}
