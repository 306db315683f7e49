package wales.councilaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;
import wales.councilaudit.cli.DockerfileModel.Instruction;
import wales.councilaudit.cli.DockerfileModel.Stage;

/**
 * {@code docker/} checked without a Docker engine: {@code compose.yaml} against the Compose Specification's JSON
 * schema ({@code src/test/resources/docker/compose-spec.json}, see its {@code PROVENANCE.md}) and the issue's topology;
 * the {@code Dockerfile} with a structural lint (pinned bases, sources that exist and reach the build context, the jar
 * the build really writes, exec form, a non-root user); and every council-audit command line in both parsed by the
 * product's own picocli model, so that a renamed command, option or environment variable fails here first.
 */
class DockerFilesTest {

    private static final Path COMPOSE = Path.of("docker/compose.yaml");
    private static final Path DOCKERFILE = Path.of("docker/Dockerfile");
    private static final Path DOCKERIGNORE = Path.of("docker/Dockerfile.dockerignore");

    private static JsonNode compose;
    private static DockerfileModel dockerfile;

    @BeforeAll
    static void read() throws IOException {
        compose = new YAMLMapper().readTree(COMPOSE.toFile());
        dockerfile = DockerfileModel.parse(Files.readString(DOCKERFILE, StandardCharsets.UTF_8));
    }

    @Test
    void composeFollowsTheComposeSpecification() {
        JsonSchema schema = composeSchema();

        Set<ValidationMessage> problems = schema.validate(compose);

        assertThat(problems).as(COMPOSE + " against the Compose Specification").isEmpty();
    }

    @Test
    void theSchemaCatchesAMisspeltKey() throws IOException {
        JsonSchema schema = composeSchema();
        JsonNode broken = new YAMLMapper().readTree("services:\n  worker:\n    image: x:1\n    deploy: {replica: 2}\n");

        assertThat(schema.validate(broken)).isNotEmpty();
    }

    @Test
    void composeHasTheIssuesTopology() {
        JsonNode services = compose.get("services");
        String hub = serviceWithImage("selenium/hub:");
        String postgres = serviceWithImage("postgres:");
        String nodes = serviceWithImage("selenium/node-chromium:");
        assertThat(services.at("/" + nodes + "/environment/SE_EVENT_BUS_HOST").asText())
                .isEqualTo(hub);
        assertThat(services.at("/worker/deploy/replicas").asInt())
                .as("N workers")
                .isGreaterThanOrEqualTo(2);
        List<String> worker = command("worker");
        assertThat(worker.get(0)).isEqualTo("worker");
        URI grid = URI.create(worker.get(worker.indexOf("--grid") + 1));
        assertThat(grid.getHost()).as("the workers' Grid is the hub service").isEqualTo(hub);
        assertThat(grid.getPort()).isEqualTo(4444);
        for (String auditor : auditorServices()) {
            String db =
                    services.at("/" + auditor + "/environment/COUNCIL_AUDIT_DB").asText();
            assertThat(db).as(auditor).startsWith("jdbc:postgresql://" + postgres + ":5432/");
            assertThat(services.at("/" + auditor + "/volumes").toString())
                    .as(auditor + " shares the results volume")
                    .contains("results:/app/results");
        }
        assertThat(auditorServices())
                .as("workers, the scheduler and the dashboard")
                .contains("worker", "scheduler", "dashboard");
    }

    @Test
    void composeWaitsOnlyForServicesWithAHealthcheckAndPinsItsImages() {
        compose.get("services").fields().forEachRemaining(service -> {
            service.getValue().path("depends_on").fields().forEachRemaining(dependency -> {
                if (dependency.getValue().path("condition").asText().equals("service_healthy")) {
                    assertThat(compose.at("/services/" + dependency.getKey() + "/healthcheck/test")
                                    .isMissingNode())
                            .as(service.getKey() + " waits for " + dependency.getKey() + " to be healthy")
                            .isFalse();
                }
            });
            String image = service.getValue().path("image").asText();
            assertThat(image)
                    .as(service.getKey() + "'s image")
                    .matches("[^:]+:[^:]+")
                    .doesNotEndWith(":latest");
        });
    }

    @Test
    void composeHoldsNoSecrets() {
        Pattern secret = Pattern.compile(".*(PASSWORD|TOKEN|SECRET).*");
        compose.get("services").fields().forEachRemaining(service -> service.getValue()
                .path("environment")
                .fields()
                .forEachRemaining(variable -> {
                    if (secret.matcher(variable.getKey()).matches()) {
                        assertThat(variable.getValue().asText())
                                .as(service.getKey() + " " + variable.getKey() + " comes from the environment")
                                .matches("\\$\\{[A-Z0-9_]+(:\\?[^}]*)?}");
                    }
                }));
    }

    /** The Compose Specification's schema, read from the test resources (its relative {@code $id} resolves there). */
    private static JsonSchema composeSchema() {
        // draft-07 has no "deprecated" keyword (2019-09 added it); the schema marks "version" with it.
        JsonMetaSchema draft7 = JsonMetaSchema.builder(JsonMetaSchema.getV7())
                .keyword(new NonValidationKeyword("deprecated"))
                .build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7, factory -> factory.metaSchema(draft7))
                .getSchema(SchemaLocation.of("classpath:docker/compose-spec.json"));
    }

    /** The services that run the auditor image (built from docker/Dockerfile). */
    static List<String> auditorServices() {
        List<String> names = new ArrayList<>();
        compose.get("services").fields().forEachRemaining(service -> {
            if (service.getValue().at("/build/dockerfile").asText().equals("docker/Dockerfile")) {
                names.add(service.getKey());
            }
        });
        return names;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("auditorServices")
    void eachAuditorServicesCommandAndEnvironmentExistInTheProduct(String service) throws IOException {
        List<String> args = command(service);
        CommandLine cli = new CommandLine(new CouncilAuditCommand());
        ParseResult parsed = cli.parseArgs(args.toArray(String[]::new));

        assertThat(parsed.subcommand()).as(service + ": " + args).isNotNull();
        String sources = mainSources();
        compose.at("/services/" + service + "/environment").fieldNames().forEachRemaining(name -> {
            if (name.startsWith("COUNCIL_AUDIT_")) {
                assertThat(sources)
                        .as(service + " sets " + name + ": the product reads it")
                        .contains(name);
            }
        });
    }

    @Test
    void theDockerfileStartsFromPinnedBasesAndItsStagesExist() {
        assertThat(dockerfile.instructions().get(0).keyword()).isEqualTo("FROM");
        for (Stage stage : dockerfile.stages()) {
            assertThat(stage.image())
                    .as(stage.from().toString())
                    .matches("[^:@]+(:[^:@]+|@sha256:[0-9a-f]{64})")
                    .doesNotEndWith(":latest");
            for (Instruction copy : stage.all("COPY")) {
                copy.flag("from").ifPresent(from -> assertThat(dockerfile.stage(from))
                        .as(copy.toString())
                        .isPresent());
            }
        }
    }

    @Test
    void everyCopySourceExistsAndReachesTheBuildContext() throws IOException {
        List<String> included = Files.readAllLines(DOCKERIGNORE).stream()
                .filter(l -> l.startsWith("!"))
                .map(l -> l.substring(1).replaceAll("/$", ""))
                .toList();
        assertThat(Files.readAllLines(DOCKERIGNORE))
                .as("everything else is left out")
                .contains("*");
        for (Stage stage : dockerfile.stages()) {
            Stream.concat(stage.all("COPY").stream(), stage.all("ADD").stream())
                    .filter(i -> i.flag("from").isEmpty())
                    .forEach(copy -> {
                        List<String> operands = copy.operands();
                        for (String source : operands.subList(0, operands.size() - 1)) {
                            String path = source.replaceAll("/$", "");
                            assertThat(Path.of(path)).as(copy.toString()).exists();
                            assertThat(included)
                                    .as(copy + ": " + path + " is sent with the build context")
                                    .anyMatch(i ->
                                            i.equals(path) || path.startsWith(i + "/") || i.startsWith(path + "/"));
                        }
                    });
        }
    }

    @Test
    void theImageRunsTheJarTheBuildWrites() throws Exception {
        String jar = shadedJar();
        assertThat(Files.readString(Path.of("council-audit"))).contains("$dir/" + jar);
        Stage build = dockerfile.stage("build").orElseThrow();
        assertThat(build.all("RUN").toString()).contains(" package");
        Instruction copy = dockerfile.finalStage().all("COPY").stream()
                .filter(i -> i.flag("from").isPresent())
                .findFirst()
                .orElseThrow();
        assertThat(copy.operands().get(0)).isEqualTo(build.workdir() + "/" + jar);
        String installed = copy.operands().get(1);
        Instruction entrypoint = dockerfile.finalStage().all("ENTRYPOINT").get(0);
        assertThat(entrypoint.execForm()).as("exec form").hasValue(List.of("java", "-jar", installed));
    }

    @Test
    void theImageRunsAsAnUnprivilegedUserInExecForm() {
        Stage last = dockerfile.finalStage();
        List<Instruction> users = last.all("USER");
        assertThat(users).as("a USER in the final stage").isNotEmpty();
        String user = users.get(users.size() - 1).arguments().split(":")[0];
        assertThat(user).isNotIn("root", "0");
        assertThat(last.body().indexOf(users.get(users.size() - 1)))
                .as("the user is set before the entry point")
                .isLessThan(last.body().indexOf(last.all("ENTRYPOINT").get(0)));
        for (String keyword : List.of("ENTRYPOINT", "CMD")) {
            assertThat(last.all(keyword)).hasSize(1);
            assertThat(last.all(keyword).get(0).execForm()).as(keyword).isPresent();
        }
        List<String> cmd = last.all("CMD").get(0).execForm().orElseThrow();
        assertThatCode(() -> new CommandLine(new CouncilAuditCommand()).parseArgs(cmd.toArray(String[]::new)))
                .as("CMD " + cmd)
                .doesNotThrowAnyException();
    }

    /** The jar maven-shade-plugin writes, relative to the project ({@code target/council-audit.jar}). */
    private static String shadedJar() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var outputs =
                factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile()).getElementsByTagName("outputFile");
        assertThat(outputs.getLength()).as("one shaded jar").isEqualTo(1);
        return outputs.item(0).getTextContent().trim().replace("${project.build.directory}", "target");
    }

    private static String serviceWithImage(String prefix) {
        List<String> found = new ArrayList<>();
        compose.get("services").fields().forEachRemaining(s -> {
            if (s.getValue().path("image").asText().startsWith(prefix)) {
                found.add(s.getKey());
            }
        });
        assertThat(found).as("one service from " + prefix).hasSize(1);
        return found.get(0);
    }

    private static List<String> command(String service) {
        JsonNode command = compose.at("/services/" + service + "/command");
        assertThat(command.isArray()).as(service + "'s command in exec form").isTrue();
        List<String> args = new ArrayList<>();
        command.forEach(a -> args.add(a.asText()));
        return args;
    }

    /** The product's Java sources as one text, to find the environment variables it reads. */
    private static String mainSources() throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                text.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }
}
