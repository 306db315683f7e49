package wales.councilaudit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import wales.councilaudit.json.Json;
import wales.councilaudit.sandbox.SandboxWales;
import wales.councilaudit.sandbox.answers.AnswerKey;

/** The options that point the product at a running sandbox, as an argument file and inline. */
final class SandboxArguments {

    private SandboxArguments() {}

    /** A picocli argument file: {@code --councils} and one {@code --resolve} per host, one per line. */
    static String argumentFile(SandboxWales sandbox, Path registry) {
        StringBuilder args = new StringBuilder("# Sandbox Wales on port " + sandbox.port() + "\n");
        args.append("--councils\n")
                .append(quote(registry.toAbsolutePath().toString()))
                .append('\n');
        sandbox.hosts().forEach(h -> args.append("--resolve\n").append(h).append("=127.0.0.1\n"));
        return args.toString();
    }

    static String inline(SandboxWales sandbox, Path registry) {
        return "--councils " + registry.toAbsolutePath() + " "
                + sandbox.hosts().stream()
                        .map(h -> "--resolve " + h + "=127.0.0.1")
                        .collect(Collectors.joining(" "));
    }

    static void writeAnswers(SandboxWales sandbox, Path file) throws IOException {
        Json.mapper().writeValue(file.toFile(), AnswerKey.of(sandbox));
    }

    private static String quote(String path) {
        return path.contains(" ") ? "\"" + path.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : path;
    }
}
