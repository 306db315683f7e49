package wales.councilaudit.bench;

import java.util.List;
import java.util.Set;

/**
 * Writes one page of the {@link ScanCorpus}: clean, accessible markup (landmarks, a skip link, one {@code h1},
 * sufficient contrast, labelled controls) with the page's {@link ScanFault}s planted in it. Used once per page.
 */
final class ScanPageWriter {

    private static final String STYLE = "body{font-family:sans-serif;color:#1b1b1b;background:#fff;margin:0}"
            + "a{color:#0b4f8a}header,footer{background:#f3f2f1;padding:8px}nav ul{list-style:none;padding:0}"
            + "nav li{display:inline;margin-right:12px}main{padding:8px 16px;max-width:60em}"
            + "table{border-collapse:collapse}td,th{border:1px solid #555;padding:4px}";

    private static final String[] NAV = {"Bins", "Council Tax", "Planning", "Schools", "Contact us"};

    private final int n;
    private final Set<ScanFault> faults;
    private final String topic;
    private final String place;
    private final StringBuilder out = new StringBuilder(6_000);

    ScanPageWriter(int n, Set<ScanFault> faults, String topic, String place) {
        this.n = n;
        this.faults = faults;
        this.topic = topic;
        this.place = place;
    }

    /**
     * @param paragraphs the main text
     * @param table whether to add a table of dates
     * @param form whether to add a labelled search form
     */
    String write(List<String> paragraphs, boolean table, boolean form) {
        out.append("<!DOCTYPE html>\n")
                .append(faults.contains(ScanFault.HTML_HAS_LANG) ? "<html>" : "<html lang=\"en\">")
                .append("<head><meta charset=\"utf-8\">");
        if (!faults.contains(ScanFault.DOCUMENT_TITLE)) {
            out.append("<title>")
                    .append(topic)
                    .append(" in ")
                    .append(place)
                    .append(" - page ")
                    .append(n);
            out.append("</title>");
        }
        out.append("<link rel=\"icon\" href=\"data:,\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<style>")
                .append(STYLE)
                .append("</style></head>\n<body>\n");
        header();
        plant(ScanFault.REGION);
        out.append("<main id=\"main\">\n<h1>")
                .append(topic)
                .append(" in ")
                .append(place)
                .append("</h1>\n");
        plant(ScanFault.HEADING_ORDER);
        out.append("<p>").append(paragraphs.get(0)).append("</p>\n");
        plant(ScanFault.IMAGE_ALT);
        plant(ScanFault.COLOR_CONTRAST);
        for (int p = 1; p < paragraphs.size(); p++) {
            out.append("<h2>")
                    .append(section(p))
                    .append("</h2>\n<p>")
                    .append(paragraphs.get(p))
                    .append("</p>\n");
        }
        if (table) {
            table();
        }
        if (form) {
            out.append("<form action=\"/\" method=\"get\" role=\"search\"><label for=\"q")
                    .append(n)
                    .append("\">Search the site</label> <input id=\"q")
                    .append(n)
                    .append("\" type=\"search\" name=\"q\"> <button type=\"submit\">Search</button></form>\n");
        }
        for (ScanFault fault : List.of(
                ScanFault.LABEL,
                ScanFault.SELECT_NAME,
                ScanFault.BUTTON_NAME,
                ScanFault.LINK_NAME,
                ScanFault.LIST,
                ScanFault.EMPTY_HEADING,
                ScanFault.ARIA_ROLES,
                ScanFault.FRAME_TITLE)) {
            plant(fault);
        }
        out.append("<p><a href=\"")
                .append(ScanCorpus.path(n + 1))
                .append("\">Next: ")
                .append(topic)
                .append(" guidance</a></p>\n</main>\n");
        footer();
        return out.append("</body></html>\n").toString();
    }

    private void header() {
        out.append("<a href=\"#main\">Skip to main content</a>\n<header><p><a href=\"/\">")
                .append(place)
                .append(" Council</a></p>\n<nav aria-label=\"Main\"><ul>");
        for (int i = 0; i < NAV.length; i++) {
            out.append("<li><a href=\"")
                    .append(ScanCorpus.path(i + 1))
                    .append("\">")
                    .append(NAV[i])
                    .append("</a></li>");
        }
        out.append("</ul></nav></header>\n<nav aria-label=\"Breadcrumb\"><p><a href=\"/\">Home</a> &gt; ")
                .append(topic)
                .append("</p></nav>\n");
    }

    private void table() {
        out.append("<table><caption>Dates for ")
                .append(place)
                .append("</caption><tr><th scope=\"col\">Week</th>")
                .append("<th scope=\"col\">Day</th></tr>");
        String[] days = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
        for (int w = 1; w <= 3; w++) {
            out.append("<tr><td>").append(w).append("</td><td>").append(days[(n + w) % days.length]);
            out.append("</td></tr>");
        }
        out.append("</table>\n");
    }

    private void footer() {
        out.append("<footer><p><a href=\"/p/1.html\">Accessibility statement</a> | <a href=\"/p/2.html\">Privacy")
                .append("</a> | Cyngor ")
                .append(place)
                .append("</p></footer>\n");
    }

    private String section(int p) {
        return switch (p % 3) {
            case 1 -> "Who can apply";
            case 2 -> "What happens next";
            default -> "Get help";
        };
    }

    private void plant(ScanFault fault) {
        if (faults.contains(fault)) {
            out.append(fault.markup(n)).append('\n');
        }
    }
}
