package wales.councilaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wales.councilaudit.json.Json;
import wales.councilaudit.registry.RegistryLoader;
import wales.councilaudit.registry.RegistryWriter;
import wales.councilaudit.sandbox.SandboxWales;

/** What the sandbox command writes points the other commands at the sandbox: the registry and the argument file. */
class SandboxArgumentsIT {

    private static SandboxWales sandbox;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SandboxWales.start(RegistryLoader.bundled(), 0);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void theWrittenRegistryReadsBackAsTheSandboxRegistry() throws Exception {
        Path file = tmp.resolve("sandbox-councils.yaml");
        Files.writeString(file, RegistryWriter.toYaml(sandbox.registry()), StandardCharsets.UTF_8);

        assertThat(RegistryLoader.load(file).councils())
                .isEqualTo(sandbox.registry().councils());
    }

    @Test
    void theArgumentFileRunsTheDomainCheckAgainstTheSandbox() throws Exception {
        Path registry = tmp.resolve("sandbox-councils.yaml");
        Files.writeString(registry, RegistryWriter.toYaml(sandbox.registry()), StandardCharsets.UTF_8);
        Path args = tmp.resolve("sandbox.args");
        Files.writeString(args, SandboxArguments.argumentFile(sandbox, registry), StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = Main.run(
                new String[] {
                    "@" + args,
                    "domains",
                    "--council",
                    "cardiff,gwynedd",
                    "--results",
                    tmp.resolve("results").toString(),
                    "--out",
                    tmp.resolve("out").toString()
                },
                new PrintWriter(out),
                new PrintWriter(err));

        assertThat(exit).as(err.toString()).isEqualTo(ExitCode.DONE);
        JsonNode results =
                Json.mapper().readTree(tmp.resolve("out/domains.json").toFile());
        assertThat(results).hasSize(2);
        assertThat(results.get(0).get("council").asText()).isEqualTo("cardiff");
        assertThat(results.get(0).get("status").asText()).isEqualTo("PARTIAL");
        assertThat(results.get(1).get("status").asText()).isEqualTo("MIGRATED");
    }

    @Test
    void theAnswerKeyCoversEveryCouncil() throws Exception {
        Path answers = tmp.resolve("answers.json");

        SandboxArguments.writeAnswers(sandbox, answers);

        JsonNode key = Json.mapper().readTree(answers.toFile());
        assertThat(key.get("schema").asText()).isEqualTo("council-audit/sandbox-answers/v1");
        assertThat(key.get("councils")).hasSize(22);
        assertThat(key.get("councils").get(1).get("overall").get("stars").asInt())
                .isEqualTo(4); // Gwynedd
    }
}
