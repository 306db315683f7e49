package wales.councilaudit.sandbox.site;

import java.util.List;
import java.util.Random;

/** First paragraphs for generated pages, in English and Welsh, chosen by the site's seeded random. */
final class Summaries {

    private static final List<Text> GENERAL = List.of(
            new Text("Find out about %s and what the council does.", "Dysgwch am %s a beth mae'r cyngor yn ei wneud."),
            new Text("Information and advice on %s.", "Gwybodaeth a chyngor am %s."),
            new Text("Everything you need to know about %s.", "Popeth sydd angen i chi ei wybod am %s."));

    private Summaries() {}

    static Text summary(PageKind kind, Text title, Random random) {
        String en = title.en().toLowerCase(java.util.Locale.ROOT);
        String cy = title.cy().toLowerCase(java.util.Locale.ROOT);
        switch (kind) {
            case HOME:
                return new Text(
                        "Welcome to the council's website. Find services, news and information.",
                        "Croeso i wefan y cyngor. Dewch o hyd i wasanaethau, newyddion a gwybodaeth.");
            case TASK:
                return new Text(
                        title.en() + ". You can do this online, at any time.",
                        title.cy() + ". Gallwch wneud hyn ar-lein, unrhyw bryd.");
            case FORM:
                return new Text(
                        "Fill in the form below. Fields marked * are required.",
                        "Llenwch y ffurflen isod. Mae'n rhaid llenwi'r meysydd sydd wedi'u marcio *.");
            case NEWS:
                return new Text("The council has announced: " + en + ".", "Mae'r cyngor wedi cyhoeddi: " + cy + ".");
            default:
                Text template = GENERAL.get(random.nextInt(GENERAL.size()));
                return new Text(String.format(template.en(), en), String.format(template.cy(), cy));
        }
    }
}
