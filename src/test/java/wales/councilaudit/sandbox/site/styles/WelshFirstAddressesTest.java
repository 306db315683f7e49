package wales.councilaudit.sandbox.site.styles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import wales.councilaudit.sandbox.site.Lang;
import wales.councilaudit.sandbox.site.PageKind;
import wales.councilaudit.sandbox.site.PlanPage;
import wales.councilaudit.sandbox.site.Text;

/** Flattened addresses stay unique: a later page that would clash takes a suffix from its key. */
class WelshFirstAddressesTest {

    private static PlanPage page(String key) {
        Text text = new Text("Opening hours", "Oriau agor");
        return new PlanPage(key, PageKind.CONTENT, text, text, text, "home", List.of(), "", true);
    }

    @Test
    void theFirstPageKeepsThePlainAddressAndLaterOnesTakeASuffixFromTheirKeys() {
        List<PlanPage> pages = List.of(
                page("content/bins/1"), page("content/bins/2"), page("content/roads/7"), page("x/2"), page("x-2"));
        Map<String, String> addresses = WelshFirstAddresses.assign(pages, p -> "/cy/biniau/oriau-agor", Set.of());
        assertThat(addresses)
                .containsEntry("content/bins/1", "/cy/biniau/oriau-agor")
                .containsEntry("content/bins/2", "/cy/biniau/oriau-agor-2")
                .containsEntry("content/roads/7", "/cy/biniau/oriau-agor-7")
                .containsEntry("x/2", "/cy/biniau/oriau-agor-x-2")
                .containsEntry("x-2", "/cy/biniau/oriau-agor-x-2-2");
        assertThat(Set.copyOf(addresses.values())).hasSize(pages.size());
    }

    @Test
    void reservedAddressesAreNeverGivenToPages() {
        Map<String, String> addresses =
                WelshFirstAddresses.assign(List.of(page("task/chwilio")), p -> "/cy/chwilio", Set.of("/cy/chwilio"));
        assertThat(addresses).containsEntry("task/chwilio", "/cy/chwilio-chwilio");
    }

    @Test
    void searchEndpointsAreRecognisedByLanguage() {
        assertThat(WelshFirstAddresses.searchLanguage("/cy/chwilio")).isEqualTo(Lang.CY);
        assertThat(WelshFirstAddresses.searchLanguage("/en/search")).isEqualTo(Lang.EN);
        assertThat(WelshFirstAddresses.searchLanguage("/search")).isNull();
    }
}
