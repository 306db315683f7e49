package wales.councilaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import wales.councilaudit.net.ResolveRule;

/**
 * The command line through {@link Main#run}: listing the registry, and every way bad input must stop a command
 * with exit status 2, one message and nothing written. No test here runs a domain check: commands that would
 * reach the network only ever get input that fails validation, and even then they get a two-council registry
 * whose hosts all resolve to 127.0.0.1, so a validation bug cannot send a request to a real council.
 */
class CliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Passed as {@code --results} to every command; no command in this class may write anything into it. */
    @TempDir
    Path results;

    /** The working directory's own results folder, which the tests must leave alone. */
    private final Path repoResults = Path.of("results");

    private Set<String> repoResultsBefore;

    private record Run(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    @BeforeEach
    void noteRepoResults() throws IOException {
        repoResultsBefore = listing(repoResults);
    }

    @AfterEach
    void nothingWasWritten() throws IOException {
        assertThat(listing(results)).as("files under --results").isEmpty();
        assertThat(listing(repoResults)).as("files under ./results").isEqualTo(repoResultsBefore);
    }

    private static Set<String> listing(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> !p.equals(dir))
                    .map(p -> dir.relativize(p).toString())
                    .collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    private static String fixture(String name) {
        URL url = CliTest.class.getResource("/registry/" + name);
        assertThat(url).as("fixture %s", name).isNotNull();
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Options that keep a domain check off the network should validation ever fail to stop it: a registry of
     * two councils under {@code .example}, every one of whose hosts resolves to the loopback address.
     */
    private static List<String> offline() {
        return List.of("--councils", fixture("valid-two-councils.yaml"), "--resolve", "*.example=127.0.0.1");
    }

    /** Runs the command line with {@code --results} pointing at the temporary folder. */
    private Run run(List<String> args) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of("--results", results.toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    private Run run(String... args) {
        return run(List.of(args));
    }

    @SafeVarargs
    private static List<String> join(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    @Test
    void councilsJsonListsTheTwentyTwoCouncilsWithCodesAndBothNames() throws IOException {
        Run run = run("councils", "--json");

        assertThat(run.exit()).isEqualTo(ExitCode.DONE);
        assertThat(run.err()).isEmpty();
        JsonNode councils = JSON.readTree(run.out());
        assertThat(councils.isArray()).isTrue();
        assertThat(councils).hasSize(22);
        List<String> codes = new ArrayList<>();
        for (JsonNode council : councils) {
            codes.add(council.path("gss").asText());
            assertThat(council.path("name").path("en").asText())
                    .as("name.en of %s", council)
                    .isNotBlank();
            assertThat(council.path("name").path("cy").asText())
                    .as("name.cy of %s", council)
                    .isNotBlank();
            assertThat(council.path("homepage").path("en").asText()).startsWith("http");
        }
        List<String> expected = IntStream.rangeClosed(1, 24)
                .filter(n -> n != 7 && n != 17)
                .mapToObj(n -> String.format("W060000%02d", n))
                .toList();
        assertThat(codes).containsExactlyElementsOf(expected);
        assertThat(councils.get(13).path("id").asText()).isEqualTo("cardiff");
        assertThat(councils.get(13).path("name").path("cy").asText()).isEqualTo("Caerdydd");
    }

    @Test
    void councilsPrintsATableWithAHeaderAndOneLinePerCouncil() {
        Run run = run("councils");

        assertThat(run.exit()).isEqualTo(ExitCode.DONE);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(23);
        assertThat(lines.get(0)).startsWith("ID").contains("GSS", "NAME", "ENW", "HOMEPAGE");
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .startsWith("cardiff ")
                .contains("W06000015", "Caerdydd", "https://www.cardiff.gov.uk/"));
    }

    @ParameterizedTest(name = "{0} ({1}, line {2})")
    @CsvSource({
        "domains,  bad-gss.yaml,             3",
        "councils, bad-gss.yaml,             3",
        "domains,  unknown-council-key.yaml, 10",
        "domains,  not-yaml.yaml,            4",
        "demo,     duplicate-id.yaml,        10"
    })
    void aMalformedRegistryStopsTheCommandWithOneLineNamingFileAndLine(String command, String name, int line) {
        String file = fixture(name);

        Run run = run(command, "--councils", file);

        assertThat(run.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines())
                .singleElement(InstanceOfAssertFactories.STRING)
                .startsWith("council-audit: " + file + ":" + line + ": ");
        assertThat(results.resolve("store")).doesNotExist();
    }

    /** Global options with bad values, and the message each must give. */
    static Stream<Arguments> badGlobalOptions() {
        return Stream.of(
                Arguments.of(List.of("--resolve", "nope"), "--resolve expects PATTERN=ADDRESS"),
                Arguments.of(List.of("--resolve", "www.cardiff.gov.uk=localhost"), "must be an IP address"),
                Arguments.of(List.of("--resolve", "www.cardiff.gov.uk=1.2.3"), "must be an IP address"),
                Arguments.of(List.of("--resolve", "*=127.0.0.1"), "--resolve pattern must be"),
                Arguments.of(List.of("--timeout", "0"), "--timeout must be"),
                Arguments.of(List.of("--timeout", "-5"), "--timeout must be"),
                Arguments.of(List.of("--timeout", "3601"), "--timeout must be"),
                Arguments.of(List.of("--timeout", "soon"), "'--timeout'"),
                Arguments.of(List.of("--db", "jdbc:mysql://x"), "--db must be a jdbc:postgresql:// URL"),
                Arguments.of(List.of("--contact", "ftp://x"), "--contact must be"),
                Arguments.of(List.of("--trust-store", "/no/such/trust-store.p12"), "--trust-store"),
                Arguments.of(List.of("--bogus"), "Unknown option: '--bogus'"));
    }

    /** Bad input to the domains command itself. */
    static Stream<Arguments> badInput() {
        return Stream.concat(
                badGlobalOptions(),
                Stream.of(
                        Arguments.of(List.of("--parallel", "0"), "--parallel must be between 1 and 64"),
                        Arguments.of(List.of("--parallel", "65"), "--parallel must be between 1 and 64"),
                        Arguments.of(List.of("--council", "nope"), "no council with id nope"),
                        Arguments.of(List.of("--council", "alpha,nope,zilch"), "no council with id nope, zilch")));
    }

    @ParameterizedTest(name = "domains {0}")
    @MethodSource("badInput")
    void badInputStopsTheCommandWithOneMessageAndWritesNothing(List<String> bad, String message) {
        Run run = run(join(List.of("domains"), offline(), bad));

        assertThat(run.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        List<String> lines = run.errLines();
        assertThat(lines.get(0)).startsWith("council-audit: ").contains(message);
        // A parse error may add the usage hint, and nothing else.
        assertThat(lines.subList(1, lines.size()))
                .allSatisfy(line ->
                        assertThat(line).startsWith("Try 'council-audit").endsWith("--help'."))
                .hasSizeLessThanOrEqualTo(1);
    }

    @ParameterizedTest(name = "{0} domains")
    @MethodSource("badGlobalOptions")
    void aBadGlobalOptionBeforeTheCommandNameIsRejectedToo(List<String> bad, String message) {
        Run run = run(join(bad, List.of("domains"), offline()));

        assertThat(run.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errLines().get(0)).contains(message);
    }

    @ParameterizedTest(name = "councils {0}")
    @MethodSource("badGlobalOptions")
    void aBadGlobalOptionStopsEvenACommandThatDoesNotUseIt(List<String> bad, String message) {
        Run run = run(join(List.of("councils"), bad));

        assertThat(run.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines().get(0)).startsWith("council-audit: ").contains(message);
    }

    @Test
    void anUnknownCommandIsBadInput() {
        Run run = run("frobnicate");

        assertThat(run.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errLines().get(0)).startsWith("council-audit: ").contains("frobnicate");
    }

    static Stream<List<String>> registryOptionPositions() {
        String file = fixture("valid-two-councils.yaml");
        return Stream.of(
                List.of("--councils", file, "councils", "--json"),
                List.of("councils", "--councils", file, "--json"),
                List.of("councils", "--json", "--councils", file));
    }

    @ParameterizedTest
    @MethodSource("registryOptionPositions")
    void globalOptionsWorkBeforeOrAfterTheCommandName(List<String> args) throws IOException {
        Run run = run(args);

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.DONE);
        JsonNode councils = JSON.readTree(run.out());
        assertThat(councils).extracting(c -> c.path("id").asText()).containsExactly("alpha", "beta-town");
    }

    @Test
    void resolveRulesBeforeAndAfterTheCommandNameAreAllKept() {
        CommandLine commandLine = Main.commandLine();

        commandLine.parseArgs(
                "--resolve",
                "a.example=127.0.0.1",
                "domains",
                "--resolve",
                "b.example=127.0.0.2",
                "--resolve=c.example=127.0.0.3");

        CouncilAuditCommand root = commandLine.getCommand();
        assertThat(root.global.hostResolver().rules())
                .extracting(ResolveRule::toString)
                .containsExactly("a.example=127.0.0.1", "b.example=127.0.0.2", "c.example=127.0.0.3");
    }

    @ParameterizedTest
    @CsvSource({"domains --resolve", "--resolve domains", "--resolve --timeout 5 domains", "domains --resolve --help"})
    void resolveWithoutAValueIsBadInput(String args) {
        Run run = run(args.split(" "));

        assertThat(run.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errLines().get(0)).startsWith("council-audit: ").contains("'--resolve'");
    }

    @Test
    void aBadGlobalOptionAfterTheCommandNameIsSeenToo() {
        Run before = run("--councils", fixture("bad-gss.yaml"), "councils");
        Run after = run("councils", "--councils", fixture("bad-gss.yaml"));

        assertThat(before.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(after.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(after.err()).isEqualTo(before.err()).contains("bad-gss.yaml:3: ");
    }

    @Test
    void versionPrintsTheVersion() {
        Run run = run("--version");

        assertThat(run.exit()).isEqualTo(ExitCode.DONE);
        assertThat(run.out()).matches("council-audit \\S+\\R");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void domainsHelpDescribesTheCommandAndItsOptions() {
        Run run = run("domains", "--help");

        assertThat(run.exit()).isEqualTo(ExitCode.DONE);
        assertThat(run.out()).startsWith("Usage: council-audit domains").contains("--council=ID", "--parallel=N");
        assertThat(run.out()).as("inherited global options").contains("--councils=FILE", "--resolve=PATTERN=ADDRESS");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void helpListsTheCommandsAndTheExitStatuses() {
        Run run = run("--help");

        assertThat(run.exit()).isEqualTo(ExitCode.DONE);
        assertThat(run.out()).contains("councils", "domains", "demo", "Exit status: 0 done");
    }
}
