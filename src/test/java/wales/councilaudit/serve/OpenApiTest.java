package wales.councilaudit.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import wales.councilaudit.registry.RegistryLoader;

/** The OpenAPI file documents exactly the API's routes, and the dashboard's two bundles have the same keys. */
class OpenApiTest {

    @Test
    void everyApiRouteIsDocumentedAndEveryDocumentedOperationIsARoute() throws Exception {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(ApiHandlers.openApiText());
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        Set<String> documented = new TreeSet<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue()
                .fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));

        LiveResults live = new LiveResults(null, RegistryLoader.bundled(), Path.of("results"));
        Set<String> registered = new TreeSet<>();
        new ApiHandlers(live, null, Optional.empty()).routes().forEach(r -> registered.add(r.toString()));
        DashboardServer.routes(
                        new ApiHandlers(live, null, Optional.empty()),
                        new PageHandlers(
                                live,
                                null,
                                new ServeSettings("127.0.0.1", 0, Optional.empty(), Path.of("results"), "t")))
                .stream()
                .filter(Route::api)
                .forEach(r -> assertThat(registered).contains(r.toString()));

        assertThat(documented).isEqualTo(registered);
    }

    @Test
    void theDashboardsEnglishAndWelshStringsHaveTheSameKeys() {
        assertThat(DashboardText.own("cy").keySet())
                .isEqualTo(DashboardText.own("en").keySet());
        assertThat(DashboardText.own("cy").get("dash.retest.submit")).isEqualTo("Gofyn am ail-brawf");
    }
}
