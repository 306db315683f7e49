package wales.councilaudit.sandbox.site;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of the simulated sites: real council vocabulary in English and Welsh for the service areas, the top
 * tasks and the navigation tasks, and word lists for generated content.
 */
public final class Vocabulary {

    /** A service area of the main navigation. */
    public record Section(String id, Text name) {}

    /**
     * A task's words.
     *
     * @param section the id of the service area it sits under
     * @param landing the service landing page's title
     * @param title the task page's title
     * @param action the start link's text
     * @param searchWords what a citizen types into the site search (also the task scripts' words)
     */
    public record Task(String id, String section, Text landing, Text title, Text action, Text searchWords) {}

    public static final List<Section> SECTIONS = List.of(
            new Section("bins", new Text("Bins and recycling", "Biniau ac ailgylchu")),
            new Section("planning", new Text("Planning and building control", "Cynllunio a rheoli adeiladu")),
            new Section("libraries", new Text("Libraries", "Llyfrgelloedd")),
            new Section("transport", new Text("Transport and parking", "Trafnidiaeth a pharcio")),
            new Section("council-tax", new Text("Council Tax", "Treth y Cyngor")),
            new Section("council", new Text("Council and democracy", "Y cyngor a democratiaeth")),
            new Section("jobs", new Text("Jobs and careers", "Swyddi a gyrfaoedd")),
            new Section("schools", new Text("Schools and learning", "Ysgolion a dysgu")),
            new Section("housing", new Text("Housing", "Tai")),
            new Section("leisure", new Text("Leisure and culture", "Hamdden a diwylliant")),
            new Section("roads", new Text("Roads and pavements", "Ffyrdd a phalmentydd")),
            new Section("social-care", new Text("Social care and well-being", "Gofal cymdeithasol a llesiant")));

    /** The four default top tasks and the three navigation tasks, by id. */
    public static final Map<String, Task> TASKS = Map.of(
            "missed-bin",
                    new Task(
                            "missed-bin",
                            "bins",
                            new Text("Bin collections", "Casgliadau biniau"),
                            new Text("Report a missed bin collection", "Rhoi gwybod am gasgliad bin a fethwyd"),
                            new Text("Report it online", "Rhoi gwybod ar-lein"),
                            new Text("missed bin", "bin a fethwyd")),
            "planning-objection",
                    new Task(
                            "planning-objection",
                            "planning",
                            new Text("Planning applications", "Ceisiadau cynllunio"),
                            new Text("Comment on a planning application", "Rhoi sylwadau ar gais cynllunio"),
                            new Text("Comment or object online", "Rhoi sylwadau neu wrthwynebu ar-lein"),
                            new Text("object planning application", "gwrthwynebu cais cynllunio")),
            "library-renewal",
                    new Task(
                            "library-renewal",
                            "libraries",
                            new Text("Borrowing from the library", "Benthyca o'r llyfrgell"),
                            new Text("Renew library books", "Adnewyddu llyfrau llyfrgell"),
                            new Text("Renew online", "Adnewyddu ar-lein"),
                            new Text("renew library books", "adnewyddu llyfrau")),
            "blue-badge",
                    new Task(
                            "blue-badge",
                            "transport",
                            new Text("Blue Badge scheme", "Cynllun y Bathodyn Glas"),
                            new Text("Apply for a Blue Badge", "Gwneud cais am Fathodyn Glas"),
                            new Text("Apply online", "Gwneud cais ar-lein"),
                            new Text("blue badge", "bathodyn glas")),
            "councillor",
                    new Task(
                            "councillor",
                            "council",
                            new Text("Councillors and committees", "Cynghorwyr a phwyllgorau"),
                            new Text("Find your councillor", "Dod o hyd i'ch cynghorydd"),
                            new Text("Search by postcode", "Chwilio yn ôl cod post"),
                            new Text("councillor", "cynghorydd")),
            "jobs",
                    new Task(
                            "jobs",
                            "jobs",
                            new Text("Working for the council", "Gweithio i'r cyngor"),
                            new Text("Job vacancies", "Swyddi gwag"),
                            new Text("Search and apply", "Chwilio a gwneud cais"),
                            new Text("jobs vacancies", "swyddi gwag")),
            "council-tax",
                    new Task(
                            "council-tax",
                            "council-tax",
                            new Text("Council Tax bills", "Biliau Treth y Cyngor"),
                            new Text("Pay your Council Tax", "Talu eich Treth Gyngor"),
                            new Text("Pay online", "Talu ar-lein"),
                            new Text("pay council tax", "talu treth gyngor")));

    static final List<Text> NEWS_SUBJECTS = List.of(
            new Text("New recycling centre opening hours", "Oriau agor newydd y ganolfan ailgylchu"),
            new Text("Road closure for resurfacing work", "Ffordd ar gau ar gyfer gwaith ail-wynebu"),
            new Text("Library summer reading challenge", "Sialens ddarllen yr haf yn y llyfrgell"),
            new Text("Council budget consultation opens", "Ymgynghoriad ar gyllideb y cyngor yn agor"),
            new Text("School term dates confirmed", "Dyddiadau tymhorau ysgol wedi'u cadarnhau"),
            new Text("Christmas bin collection changes", "Newidiadau i gasgliadau biniau dros y Nadolig"),
            new Text("Winter gritting routes published", "Llwybrau graeanu'r gaeaf wedi'u cyhoeddi"),
            new Text("New play area for the town park", "Ardal chwarae newydd ym mharc y dref"),
            new Text("Council tax support scheme", "Cynllun cymorth gyda'r dreth gyngor"),
            new Text("Flood defence work begins", "Gwaith amddiffyn rhag llifogydd yn dechrau"));

    static final List<Text> GUIDANCE_SUBJECTS = List.of(
            new Text("Opening hours", "Oriau agor"),
            new Text("Fees and charges", "Ffioedd a thaliadau"),
            new Text("Frequently asked questions", "Cwestiynau cyffredin"),
            new Text("Policies and strategies", "Polisïau a strategaethau"),
            new Text("Contact the team", "Cysylltu â'r tîm"),
            new Text("Eligibility", "Cymhwysedd"),
            new Text("How to apply", "Sut i wneud cais"),
            new Text("Complaints and compliments", "Cwynion a chanmoliaeth"),
            new Text("Consultations", "Ymgynghoriadau"),
            new Text("Annual report", "Adroddiad blynyddol"));

    static final List<String> GIVEN_NAMES = List.of(
            "Aled", "Bethan", "Carys", "Dafydd", "Eleri", "Gareth", "Huw", "Ioan", "Llinos", "Meinir", "Nia", "Owain",
            "Rhian", "Sion", "Tomos", "Wyn");
    static final List<String> FAMILY_NAMES = List.of(
            "Davies",
            "Evans",
            "Griffiths",
            "Hughes",
            "Jones",
            "Lewis",
            "Morgan",
            "Owen",
            "Price",
            "Roberts",
            "Thomas",
            "Williams");
    static final List<Text> WARDS = List.of(
            new Text("Castle", "Castell"),
            new Text("Riverside", "Glan yr Afon"),
            new Text("Hillside", "Ochr y Bryn"),
            new Text("Harbour", "Harbwr"),
            new Text("Market", "Marchnad"),
            new Text("Valley", "Cwm"),
            new Text("North", "Gogledd"),
            new Text("South", "De"));
    static final List<Text> JOB_TITLES = List.of(
            new Text("Refuse collection operative", "Gweithredwr casglu sbwriel"),
            new Text("Library assistant", "Cynorthwyydd llyfrgell"),
            new Text("Planning officer", "Swyddog cynllunio"),
            new Text("Social worker", "Gweithiwr cymdeithasol"),
            new Text("Teaching assistant", "Cynorthwyydd addysgu"),
            new Text("Highways engineer", "Peiriannydd priffyrdd"));

    private Vocabulary() {}

    public static Section section(String id) {
        return SECTIONS.stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section " + id));
    }

    public static Task task(String id) {
        Task task = TASKS.get(id);
        if (task == null) {
            throw new IllegalArgumentException("no task " + id);
        }
        return task;
    }

    /** Address words for a title: lower case, letters and digits, hyphenated; Welsh letters kept as ASCII. */
    public static String slug(String title) {
        String ascii = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** Both languages' address words. */
    public static Text slug(Text title) {
        return new Text(slug(title.en()), slug(title.cy()));
    }
}
