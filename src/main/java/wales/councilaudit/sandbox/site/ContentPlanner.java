package wales.councilaudit.sandbox.site;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import wales.councilaudit.sandbox.profile.CouncilProfile;

/**
 * Plans the generated pages that make a site big enough for crawling and sampling to mean something: news,
 * guidance within each service area, councillors and job adverts. None of them links to a task page, so a task's
 * planted depth stays its depth.
 */
final class ContentPlanner {

    /** Adds a page: key, kind, title, parent, task, whether it exists in Welsh. */
    interface PageSink {
        void add(String key, PageKind kind, Text title, String parent, String task, boolean welsh);
    }

    /** Adds a body link from one page to another. */
    interface LinkSink {
        void link(String from, String to);
    }

    private final CouncilProfile profile;
    private final Random random;
    private final PageSink pages;
    private final LinkSink links;

    ContentPlanner(CouncilProfile profile, Random random, PageSink pages, LinkSink links) {
        this.profile = profile;
        this.random = random;
        this.pages = pages;
        this.links = links;
    }

    void plan() {
        int total = profile.crawl().pages();
        int news = total * 3 / 10;
        int councillors = Math.max(8, total / 8);
        int jobs = Math.max(5, total / 12);
        int guidance = Math.max(0, total - news - councillors - jobs);
        planNews(news);
        planGuidance(guidance);
        planPeople(councillors);
        planJobs(jobs);
        if (profile.crawl().legacyCharsetPage()) {
            pages.add(
                    "legacy/archive",
                    PageKind.LEGACY_CHARSET,
                    new Text("Archived notices (£ charges, café licences)", "Hysbysiadau wedi'u harchifo (taliadau £)"),
                    "section/council",
                    "",
                    false);
        }
    }

    private void planNews(int count) {
        pages.add("news", PageKind.NEWS_INDEX, new Text("News", "Newyddion"), SitePlanner.HOME, "", true);
        for (int i = 1; i <= count; i++) {
            Text subject = pick(Vocabulary.NEWS_SUBJECTS);
            Text title = new Text(subject.en() + " (" + i + ")", subject.cy() + " (" + i + ")");
            pages.add("news/" + i, PageKind.NEWS, title, "news", "", true);
        }
    }

    private void planGuidance(int count) {
        List<Vocabulary.Section> sections = Vocabulary.SECTIONS;
        Set<String> used = new HashSet<>();
        for (int i = 0; i < count; i++) {
            Vocabulary.Section section = sections.get(i % sections.size());
            Text subject = pick(Vocabulary.GUIDANCE_SUBJECTS);
            String en = subject.en() + ": " + section.name().en().toLowerCase(java.util.Locale.ROOT);
            String cy = subject.cy() + ": " + section.name().cy().toLowerCase(java.util.Locale.ROOT);
            int n = 2;
            String base = en;
            while (!used.add(en)) {
                en = base + " " + n;
                cy = subject.cy() + ": " + section.name().cy().toLowerCase(java.util.Locale.ROOT) + " " + n++;
            }
            String key = "content/" + section.id() + "/" + i;
            pages.add(key, PageKind.CONTENT, new Text(en, cy), "section/" + section.id(), "", true);
            if (i >= sections.size()) {
                links.link(key, "content/" + section.id() + "/" + (i - sections.size())); // a related page
            }
        }
    }

    private void planPeople(int count) {
        for (int i = 1; i <= count; i++) {
            String name = pick(Vocabulary.GIVEN_NAMES) + " " + pick(Vocabulary.FAMILY_NAMES);
            Text ward = pick(Vocabulary.WARDS);
            Text title = new Text(
                    "Councillor " + name + " (" + ward.en() + " ward, " + i + ")",
                    "Y Cynghorydd " + name + " (ward " + ward.cy() + ", " + i + ")");
            pages.add("councillor/" + i, PageKind.COUNCILLOR, title, "task/councillor", "", true);
        }
    }

    private void planJobs(int count) {
        for (int i = 1; i <= count; i++) {
            Text job = pick(Vocabulary.JOB_TITLES);
            Text title = new Text(
                    job.en() + " (reference " + (1000 + i) + ")", job.cy() + " (cyfeirnod " + (1000 + i) + ")");
            pages.add("job/" + i, PageKind.JOB, title, "task/jobs", "", true);
        }
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
