package wales.councilaudit.sandbox.site;

import java.util.List;

/** The fields of each top task's online form, in English and Welsh. */
public final class Forms {

    /**
     * One field.
     *
     * @param name the submitted name
     * @param label its label
     * @param type {@code text}, {@code email}, {@code date}, {@code textarea} or {@code select}
     */
    public record Field(String name, Text label, String type) {}

    /** The last segment of a task's form address that always fails (a broken step). */
    static final String UNAVAILABLE = "unavailable";

    private Forms() {}

    /** The address of a task's form that answers 500: where a start link planted as broken leads. */
    public static String unavailableAddress(String taskId) {
        return "/forms/" + taskId + "/" + UNAVAILABLE;
    }

    public static List<Field> fields(String taskId) {
        return switch (taskId) {
            case "missed-bin" ->
                List.of(
                        new Field("postcode", new Text("Postcode", "Cod post"), "text"),
                        new Field("bin", new Text("Which bin was missed?", "Pa fin a fethwyd?"), "select"),
                        new Field(
                                "date",
                                new Text("Date of the missed collection", "Dyddiad y casgliad a fethwyd"),
                                "date"),
                        new Field("email", new Text("Email address", "Cyfeiriad e-bost"), "email"));
            case "planning-objection" ->
                List.of(
                        new Field("reference", new Text("Application reference", "Cyfeirnod y cais"), "text"),
                        new Field("name", new Text("Your name", "Eich enw"), "text"),
                        new Field("email", new Text("Email address", "Cyfeiriad e-bost"), "email"),
                        new Field("comment", new Text("Your comments", "Eich sylwadau"), "textarea"));
            case "library-renewal" ->
                List.of(
                        new Field("card", new Text("Library card number", "Rhif cerdyn llyfrgell"), "text"),
                        new Field("pin", new Text("PIN", "Rhif PIN"), "password"));
            case "blue-badge" ->
                List.of(
                        new Field("name", new Text("Full name", "Enw llawn"), "text"),
                        new Field("dob", new Text("Date of birth", "Dyddiad geni"), "date"),
                        new Field("postcode", new Text("Postcode", "Cod post"), "text"),
                        new Field(
                                "reason",
                                new Text("Why do you need a badge?", "Pam fod angen bathodyn arnoch?"),
                                "textarea"));
            default -> throw new IllegalArgumentException("no form for task " + taskId);
        };
    }

    /**
     * The form as HTML, with a hidden {@code lang} field saying the form's language: every field labelled, or (when
     * {@code labelled} is false) with its text beside it but not associated and no placeholder, so the field has no
     * accessible name and axe-core reports {@code label} (inputs) and {@code select-name} (selects). A placeholder
     * alone would not do: axe-core accepts it as a name.
     */
    public static String render(String taskId, Lang lang, String action, boolean labelled) {
        StringBuilder html = new StringBuilder();
        html.append("<form method=\"post\" action=\"")
                .append(Html.escape(action))
                .append("\" class=\"task-form\">")
                .append("<input type=\"hidden\" name=\"lang\" value=\"")
                .append(lang.code())
                .append("\">");
        for (Field field : fields(taskId)) {
            String id = "f-" + field.name();
            String label = Html.escape(field.label().in(lang));
            html.append("<div class=\"field\">");
            if (labelled) {
                html.append("<label for=\"")
                        .append(id)
                        .append("\">")
                        .append(label)
                        .append("</label>");
            } else {
                html.append("<span class=\"field-text\">").append(label).append("</span>");
            }
            String named = "id=\"" + id + "\" name=\"" + field.name() + "\"";
            switch (field.type()) {
                case "textarea" -> html.append("<textarea ").append(named).append(" rows=\"4\"></textarea>");
                case "select" ->
                    html.append("<select ")
                            .append(named)
                            .append(">")
                            .append(option(lang, "general", "General waste", "Gwastraff cyffredinol"))
                            .append(option(lang, "recycling", "Recycling", "Ailgylchu"))
                            .append(option(lang, "food", "Food waste", "Gwastraff bwyd"))
                            .append("</select>");
                default ->
                    html.append("<input type=\"")
                            .append(field.type())
                            .append("\" ")
                            .append(named)
                            .append(">");
            }
            html.append("</div>");
        }
        String submit = lang == Lang.EN ? "Submit" : "Cyflwyno";
        html.append("<button type=\"submit\">").append(submit).append("</button></form>");
        return html.toString();
    }

    private static String option(Lang lang, String value, String en, String cy) {
        return "<option value=\"" + value + "\">" + Html.escape(lang == Lang.EN ? en : cy) + "</option>";
    }
}
