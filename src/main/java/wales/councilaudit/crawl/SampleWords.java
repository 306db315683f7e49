package wales.councilaudit.crawl;

import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the sample reads words: folding, splitting into words, and the Welsh mutations of a word's first letters.
 * Stateless and thread-safe.
 *
 * <p>Text is folded to lower case ({@link Locale#ROOT}) without diacritics (Unicode canonical decomposition, marks
 * dropped), so {@code ŵ}, {@code ŷ} and {@code â} read as {@code w}, {@code y} and {@code a}; then it is split into
 * words at every character that is not a letter or a digit: spaces and punctuation in a title, and {@code /}, {@code
 * -}, {@code _}, {@code .} and the rest in a URL's path.
 */
final class SampleWords {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * The initial consonants that mutate, longest first, with their soft, nasal and aspirate forms ({@code ""} where
     * the mutation drops the letter, {@code null} where the mutation does not change it). {@code ch}, {@code ph},
     * {@code th}, {@code dd}, {@code ff} and {@code ng} do not mutate, so they are listed as themselves, unchanged.
     */
    private static final String[][] MUTATIONS = {
        // initial, soft, nasal, aspirate
        {"ch", null, null, null},
        {"ph", null, null, null},
        {"th", null, null, null},
        {"dd", null, null, null},
        {"ll", "l", null, null},
        {"rh", "r", null, null},
        {"p", "b", "mh", "ph"},
        {"t", "d", "nh", "th"},
        {"c", "g", "ngh", "ch"},
        {"b", "f", "m", null},
        {"d", "dd", "n", null},
        {"g", "", "ng", null},
        {"m", "f", null, null},
    };

    /**
     * Words shorter than this are not mutated: {@code bin} would become {@code fin} and {@code min}, which Welsh
     * uses every day ({@code ar fin}, about to).
     */
    static final int MIN_MUTATED_LENGTH = 4;

    private SampleWords() {}

    /** {@code text} in lower case without diacritics: {@code "Cysylltwch â ni"} gives {@code "cysylltwch a ni"}. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The folded words of {@code text}, in order; empty when it has no letter or digit. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : SEPARATORS.split(fold(text))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The words of a URL's path, percent-decoded; its host and query are not read. */
    static List<String> pathWords(URI url) {
        String path = url.getPath();
        return path == null ? List.of() : words(path);
    }

    /**
     * The soft, nasal and aspirate mutations of a folded Welsh word, those that differ from it, without repeats, in
     * that order: {@code casgliad} gives {@code gasgliad}, {@code nghasgliad}, {@code chasgliad}; {@code llyfrgell}
     * gives {@code lyfrgell}; a word starting with a vowel or shorter than {@link #MIN_MUTATED_LENGTH} gives none.
     */
    static List<String> mutations(String word) {
        if (word.length() < MIN_MUTATED_LENGTH) {
            return List.of();
        }
        for (String[] row : MUTATIONS) {
            if (word.startsWith(row[0])) {
                String rest = word.substring(row[0].length());
                List<String> forms = new ArrayList<>();
                for (int i = 1; i < row.length; i++) {
                    if (row[i] != null && !(row[i] + rest).isEmpty() && !forms.contains(row[i] + rest)) {
                        forms.add(row[i] + rest);
                    }
                }
                return List.copyOf(forms);
            }
        }
        return List.of();
    }
}
