package wales.councilaudit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import wales.councilaudit.registry.RegistryWriter;
import wales.councilaudit.sandbox.SandboxWales;

/**
 * {@code council-audit sandbox}: serves Sandbox Wales until stopped, and writes the registry and the
 * {@code --resolve} options that point the other commands at it.
 */
@Command(
        name = "sandbox",
        description =
                "Serve Sandbox Wales (22 simulated councils and the third-party hosts their "
                        + "tasks use) on 127.0.0.1 until stopped; write its registry and an argument file for the other commands.")
final class SandboxCommand implements Callable<Integer> {

    @ParentCommand
    CouncilAuditCommand root;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "8088",
            description = "Port to serve on (0: any free port). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--answers", paramLabel = "FILE", description = "Write the answer key (JSON) here.")
    Path answers;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Where to write sandbox-councils.yaml and sandbox.args. Default: <results>/sandbox/.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new UserInputException("--port must be between 0 and 65535, got " + port);
        }
        RunFolder.checkUsable(out);
        PrintWriter stdout = spec.commandLine().getOut();
        try (SandboxWales sandbox = SandboxWales.start(root.global.registry(), port)) {
            Path folder = RunFolder.create(out, root.global.resultsDir(), "sandbox");
            Path registry = folder.resolve("sandbox-councils.yaml");
            Files.writeString(registry, RegistryWriter.toYaml(sandbox.registry()), StandardCharsets.UTF_8);
            Path args = folder.resolve("sandbox.args");
            Files.writeString(args, SandboxArguments.argumentFile(sandbox, registry), StandardCharsets.UTF_8);
            if (answers != null) {
                SandboxArguments.writeAnswers(sandbox, answers);
                stdout.println("Answer key: " + answers.toAbsolutePath());
            }
            stdout.printf(
                    "Sandbox Wales is serving %d councils and %d hosts on 127.0.0.1:%d%n",
                    sandbox.registry().councils().size(), sandbox.hosts().size(), sandbox.port());
            stdout.println("Registry: " + registry.toAbsolutePath());
            stdout.println("Point any command at it with the argument file, for example:");
            stdout.println("  council-audit @" + args.toAbsolutePath() + " domains");
            stdout.println("or with these options:");
            stdout.println("  " + SandboxArguments.inline(sandbox, registry));
            stdout.println("Press Ctrl-C to stop.");
            stdout.flush();
            awaitShutdown();
            return ExitCode.DONE;
        } catch (IOException e) {
            throw new UserInputException("cannot serve on port " + port + ": " + e.getMessage(), e);
        }
    }

    private static void awaitShutdown() throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "sandbox-stop"));
        stop.await();
    }
}
