package wales.councilaudit.crawl;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A {@link SampleVocabulary} compiled for matching many pages: every word and phrase (and, for Welsh, its mutated
 * forms) indexed by its first word, so a page costs one look-up per word of its title and path. The owners of words
 * are numbered: task {@code i} of the vocabulary is owner {@code i}, the contact words are {@link #contact()}.
 * Immutable and thread-safe.
 */
final class SampleMatcher {

    /**
     * One phrase to look for.
     *
     * @param order the phrase's place in its owner's lists (English first, then Welsh), for reporting in that order
     * @param word the vocabulary's word as written
     * @param words the folded words to find in a row
     * @param mutated whether {@code words} is a mutated form of {@code word}
     */
    private record Phrase(int owner, int order, String word, List<String> words, boolean mutated) {}

    /**
     * One word found in a page.
     *
     * @param inTitle found in the title (else in the URL's path)
     * @param form the folded words found, when they are a mutated form; else empty
     */
    record Hit(int owner, boolean inTitle, int order, String word, String form) {

        private static final Comparator<Hit> ORDER = Comparator.comparingInt(Hit::owner)
                .thenComparing(h -> !h.inTitle())
                .thenComparingInt(Hit::order)
                .thenComparing(h -> !h.form().isEmpty());

        String quoted() {
            return "'" + word + "'" + (form.isEmpty() ? "" : " (as '" + form + "')");
        }
    }

    /** What one page matched: its hits, by owner, title before URL, in vocabulary order, each word once per place. */
    static final class Found {

        static final Found NOTHING = new Found(List.of());

        private final List<Hit> hits;

        private Found(List<Hit> hits) {
            this.hits = hits;
        }

        boolean matches(int owner) {
            return hits.stream().anyMatch(h -> h.owner() == owner);
        }

        boolean inTitle(int owner) {
            return hits.stream().anyMatch(h -> h.owner() == owner && h.inTitle());
        }

        /** How many of the owner's words and phrases the title matched. */
        int titleWords(int owner) {
            return (int) hits.stream()
                    .filter(h -> h.owner() == owner && h.inTitle())
                    .map(Hit::word)
                    .distinct()
                    .count();
        }

        /** {@code title matches 'bins', 'recycling'; URL matches 'bins'}; empty when nothing of the owner's matched. */
        String evidence(int owner) {
            List<String> parts = new ArrayList<>();
            for (boolean title : new boolean[] {true, false}) {
                String words = hits.stream()
                        .filter(h -> h.owner() == owner && h.inTitle() == title)
                        .map(Hit::quoted)
                        .collect(Collectors.joining(", "));
                if (!words.isEmpty()) {
                    parts.add((title ? "title" : "URL") + " matches " + words);
                }
            }
            return String.join("; ", parts);
        }
    }

    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    private final int contact;

    SampleMatcher(SampleVocabulary vocabulary) {
        List<SampleVocabulary.Words> owners = new ArrayList<>();
        vocabulary.tasks().forEach(t -> owners.add(t.words()));
        owners.add(vocabulary.contact());
        this.contact = vocabulary.tasks().size();
        Set<List<Object>> known = new HashSet<>();
        List<Phrase> mutated = new ArrayList<>();
        for (int owner = 0; owner < owners.size(); owner++) {
            SampleVocabulary.Words words = owners.get(owner);
            int order = 0;
            for (String word : words.english()) {
                add(new Phrase(owner, order++, word, SampleWords.words(word), false), known);
            }
            for (String word : words.welsh()) {
                List<String> folded = SampleWords.words(word);
                add(new Phrase(owner, order, word, folded, false), known);
                for (String form : SampleWords.mutations(folded.get(0))) {
                    List<String> changed = new ArrayList<>(folded);
                    changed.set(0, form);
                    mutated.add(new Phrase(owner, order, word, List.copyOf(changed), true));
                }
                order++;
            }
        }
        // a form written in the vocabulary is never reported as another word's mutation
        mutated.forEach(p -> add(p, known));
    }

    private void add(Phrase phrase, Set<List<Object>> known) {
        if (known.add(List.of(phrase.owner(), phrase.words()))) {
            byFirstWord
                    .computeIfAbsent(phrase.words().get(0), w -> new ArrayList<>())
                    .add(phrase);
        }
    }

    /** The owner number of the contact words. */
    int contact() {
        return contact;
    }

    /**
     * What a page's title and URL path match.
     *
     * @param mutations whether Welsh mutated forms count (not on a page that says it is English)
     */
    Found match(String title, URI url, boolean mutations) {
        List<Hit> hits = new ArrayList<>();
        find(SampleWords.words(title), true, mutations, hits);
        find(SampleWords.pathWords(url), false, mutations, hits);
        if (hits.isEmpty()) {
            return Found.NOTHING;
        }
        hits.sort(Hit.ORDER);
        List<Hit> distinct = new ArrayList<>();
        for (Hit hit : hits) {
            Hit last = distinct.isEmpty() ? null : distinct.get(distinct.size() - 1);
            // a word found both as written and mutated in one place is reported as written (sorted first)
            if (last == null
                    || last.owner() != hit.owner()
                    || last.inTitle() != hit.inTitle()
                    || last.order() != hit.order()) {
                distinct.add(hit);
            }
        }
        return new Found(List.copyOf(distinct));
    }

    private void find(List<String> words, boolean inTitle, boolean mutations, List<Hit> hits) {
        for (int i = 0; i < words.size(); i++) {
            for (Phrase phrase : byFirstWord.getOrDefault(words.get(i), List.of())) {
                int end = i + phrase.words().size();
                if ((mutations || !phrase.mutated())
                        && end <= words.size()
                        && words.subList(i, end).equals(phrase.words())) {
                    String form = phrase.mutated() ? String.join(" ", phrase.words()) : "";
                    hits.add(new Hit(phrase.owner(), inTitle, phrase.order(), phrase.word(), form));
                }
            }
        }
    }
}
