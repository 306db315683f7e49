package wales.councilaudit.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The pages of the scan benchmark: small council-like pages (3–6 KB: a header with navigation, a breadcrumb, a main
 * area with a heading, paragraphs, sometimes a table or a form, a footer), each made from its number alone, with a
 * spread of {@link ScanFault}s planted in them. Immutable and thread-safe.
 *
 * <p>Page 0 is the home page at {@code /}, page {@code n} ({@code 1 ≤ n < pages}) is at {@code /p/<n>.html}. Every
 * seventh page (0, 7, 14, …) is clean; every other page has one fault (the faults in turn, page after
 * page), a second on multiples of
 * 3 and a third on multiples of 5, so with 100 pages or more every fault is planted on at least five pages. A page
 * with {@link ScanFault#FRAME_TITLE} embeds {@code /frame/<n>.html}, a clean document; {@link ScanFault#IMAGE_ALT}
 * shows {@code /img/<n>.svg}.
 */
final class ScanCorpus {

    /** The most pages a corpus may have. */
    static final int MAX_PAGES = 10_000;

    private static final ScanFault[] FAULTS = ScanFault.values();

    private static final String[] TOPICS = {
        "Bin collections",
        "Council Tax",
        "Planning applications",
        "School admissions",
        "Road closures",
        "Council housing",
        "Adult social care",
        "Libraries",
        "Parking permits",
        "Births, deaths and marriages",
        "Leisure centres",
        "Business rates",
        "Licensing",
        "Elections and voting",
        "Pest control",
        "Trading standards"
    };

    private static final String[] PLACES = {
        "Cardiff",
        "Swansea",
        "Wrexham",
        "Gwynedd",
        "Powys",
        "Ceredigion",
        "Conwy",
        "Pembrokeshire",
        "Newport",
        "Torfaen"
    };

    private static final String[] SENTENCES = {
        "You can apply online at any time of day, and we will reply within ten working days.",
        "If you need help filling in the form, call our contact centre or visit a library hub.",
        "Payments are taken on the first of each month unless you choose another date.",
        "We publish the list every week, with the decisions made by the planning committee.",
        "Mae'r gwasanaeth hwn ar gael yn Gymraeg ac yn Saesneg.",
        "Residents over seventy may be entitled to an assisted collection from the kerbside.",
        "Roadworks are planned in advance, and emergency repairs are announced on this page.",
        "Tell us about a change in your circumstances so that your account stays up to date.",
        "Our offices are open Monday to Friday, from nine in the morning until five.",
        "Keep your reference number: you will need it if you contact us about your application."
    };

    private final int pages;

    /** @param pages 1 to {@value #MAX_PAGES} */
    ScanCorpus(int pages) {
        if (pages < 1 || pages > MAX_PAGES) {
            throw new IllegalArgumentException("the scan corpus has 1 to " + MAX_PAGES + " pages, not " + pages);
        }
        this.pages = pages;
    }

    int pages() {
        return pages;
    }

    /** The path of page {@code n}: {@code /} for 0, else {@code /p/<n>.html}. */
    static String path(int n) {
        return n == 0 ? "/" : "/p/" + n + ".html";
    }

    /** The page a path names, if it names one of this corpus's pages. */
    Optional<Integer> pageAt(String path) {
        if (path.equals("/")) {
            return Optional.of(0);
        }
        return number(path, "/p/", ".html");
    }

    /** The frame document a path names ({@code /frame/<n>.html}), if any. */
    Optional<Integer> frameAt(String path) {
        return number(path, "/frame/", ".html");
    }

    /** The image a path names ({@code /img/<n>.svg}), if any. */
    Optional<Integer> imageAt(String path) {
        return number(path, "/img/", ".svg");
    }

    private Optional<Integer> number(String path, String prefix, String suffix) {
        if (!path.startsWith(prefix) || !path.endsWith(suffix)) {
            return Optional.empty();
        }
        String digits = path.substring(prefix.length(), path.length() - suffix.length());
        if (digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        int n = Integer.parseInt(digits);
        return n < pages && path.equals(prefix + n + suffix) ? Optional.of(n) : Optional.empty();
    }

    /** The faults planted in page {@code n}; empty for a clean page. */
    Set<ScanFault> faults(int n) {
        check(n);
        if (n % 7 == 0) {
            return Collections.unmodifiableSet(EnumSet.noneOf(ScanFault.class));
        }
        EnumSet<ScanFault> faults = EnumSet.of(FAULTS[(n - n / 7 - 1) % FAULTS.length]);
        if (n % 3 == 0) {
            faults.add(FAULTS[(n / 3 + 5) % FAULTS.length]);
        }
        if (n % 5 == 0) {
            faults.add(FAULTS[(n / 5 + 9) % FAULTS.length]);
        }
        return Collections.unmodifiableSet(faults);
    }

    /** The axe-core rule ids of the faults planted in page {@code n}, sorted. */
    List<String> plantedRules(int n) {
        return faults(n).stream().map(ScanFault::rule).sorted().toList();
    }

    /** The HTML of page {@code n}, as served. */
    String html(int n) {
        return new ScanPageWriter(n, faults(n), TOPICS[n % TOPICS.length], PLACES[(n / 3) % PLACES.length])
                .write(paragraphs(n), n % 4 == 1, n % 4 == 3);
    }

    /** The frame document of page {@code n}: a clean map caption. */
    String frameHtml(int n) {
        check(n);
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Ward map " + n
                + "</title></head><body><p>Map of the ward around page " + n
                + ", with the recycling centres marked.</p></body></html>\n";
    }

    /** The image of page {@code n}: a small SVG. */
    static String svg(int n) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"80\"><rect width=\"120\" height=\"80\""
                + " fill=\"#" + String.format("%06x", (n * 2_654_435_761L) & 0xffffffL) + "\"/></svg>\n";
    }

    private static List<String> paragraphs(int n) {
        List<String> paragraphs = new ArrayList<>();
        int count = 2 + n % 4;
        for (int p = 0; p < count; p++) {
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < 2 + (n + p) % 3; s++) {
                text.append(SENTENCES[(n * 3 + p * 7 + s) % SENTENCES.length]).append(' ');
            }
            paragraphs.add(text.toString().strip());
        }
        return paragraphs;
    }

    private void check(int n) {
        if (n < 0 || n >= pages) {
            throw new IllegalArgumentException("no page " + n + " in a corpus of " + pages);
        }
    }
}
