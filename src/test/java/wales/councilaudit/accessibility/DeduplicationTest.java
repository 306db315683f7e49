package wales.councilaudit.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import wales.councilaudit.scoring.Impact;

class DeduplicationTest {

    @Test
    void aFaultInTheSharedHeaderIsOneTemplateLevelFindingOnEveryPage() {
        List<Finding> all = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            String page = "https://www.example.gov.wales/page-" + i;
            // the same header logo, its generated id and sibling position differing page to page
            all.add(Findings.axe(
                    page,
                    "image-alt",
                    Impact.CRITICAL,
                    "#ember" + (1000 + i) + " > a:nth-child(" + (i % 3 + 1) + ") > img",
                    "<img src=\"/logo-" + i + ".png\" class=\"logo\">",
                    "1.1.1"));
            all.add(Findings.axe(
                    page, "color-contrast", Impact.SERIOUS, "p.note", "<p class=\"note\">text " + i + "</p>"));
        }
        all.add(Findings.axe("https://www.example.gov.wales/page-7", "label", Impact.CRITICAL, "#q", "<input id=q>"));

        Deduplication dedup = Deduplication.of(all);

        assertThat(dedup.findings()).isEqualTo(81);
        assertThat(dedup.groups()).hasSize(3);
        assertThat(dedup.templateLevel()).hasSize(2);
        FindingGroup logo = dedup.groups().get(0);
        assertThat(logo.fingerprint()).isEqualTo(new Fingerprint("image-alt", "* > a > img", "img[class,src]"));
        assertThat(logo.pages()).hasSize(40).first().isEqualTo(URI.create("https://www.example.gov.wales/page-1"));
        assertThat(logo.occurrences()).isEqualTo(40);
        assertThat(dedup.groups().get(2).templateLevel()).isFalse();
    }

    @Test
    void theSameElementInTwoViewsAndProfilesIsOneGroupWithBothOccurrences() {
        Finding desktop = Findings.axe("https://a.example/", "list", Impact.SERIOUS, "ul", "<ul>");
        Finding firstVisit = desktop.inView(View.FIRST_VISIT);

        Deduplication dedup = Deduplication.of(List.of(desktop, firstVisit));

        assertThat(dedup.groups()).singleElement().satisfies(g -> {
            assertThat(g.occurrences()).isEqualTo(2);
            assertThat(g.pages()).hasSize(1);
            assertThat(g.templateLevel()).isFalse();
        });
    }

    @Test
    void aReviewItemIsNotMergedWithAViolationOfTheSameRuleAndElement() {
        Finding sure = Findings.axe("https://a.example/", "color-contrast", Impact.SERIOUS, "p", "<p>");
        Finding review = new Finding(
                sure.page(),
                sure.profile(),
                sure.view(),
                sure.source(),
                Certainty.NEEDS_REVIEW,
                sure.rule(),
                sure.impact(),
                sure.criteria(),
                sure.help(),
                sure.helpUrl(),
                sure.selector(),
                sure.html());

        assertThat(Deduplication.of(List.of(sure, review)).groups()).hasSize(2);
    }
}
