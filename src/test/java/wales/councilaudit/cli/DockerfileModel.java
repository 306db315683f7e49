package wales.councilaudit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A Dockerfile read into its instructions and build stages, enough for a structural lint: line continuations joined,
 * comments and parser directives dropped, heredocs not supported (the project's Dockerfile has none).
 *
 * @param instructions every instruction, in order
 */
record DockerfileModel(List<Instruction> instructions) {

    DockerfileModel {
        instructions = List.copyOf(instructions);
    }

    /**
     * One instruction.
     *
     * @param line the line it starts on (1-based)
     * @param keyword the instruction, upper case ({@code FROM}, {@code COPY}, …)
     * @param arguments the rest of the instruction, continuation lines joined with a space
     */
    record Instruction(int line, String keyword, String arguments) {

        /** The arguments split on white space. */
        List<String> words() {
            return List.of(arguments.trim().split("\\s+"));
        }

        /** The arguments as a JSON array of strings (exec form), or empty when they are not one (shell form). */
        Optional<List<String>> execForm() {
            try {
                JsonNode node = new ObjectMapper().readTree(arguments);
                if (node == null || !node.isArray()) {
                    return Optional.empty();
                }
                List<String> words = new ArrayList<>();
                for (JsonNode element : node) {
                    if (!element.isTextual()) {
                        return Optional.empty();
                    }
                    words.add(element.asText());
                }
                return Optional.of(words);
            } catch (JsonProcessingException e) {
                return Optional.empty();
            }
        }

        /** The value of a {@code --name=value} flag among the arguments (as in {@code COPY --from=build}). */
        Optional<String> flag(String name) {
            return words().stream()
                    .filter(w -> w.startsWith("--" + name + "="))
                    .map(w -> w.substring(name.length() + 3))
                    .findFirst();
        }

        /** The arguments that are not {@code --flags}. */
        List<String> operands() {
            return words().stream().filter(w -> !w.startsWith("--")).toList();
        }

        @Override
        public String toString() {
            return "line " + line + ": " + keyword + " " + arguments;
        }
    }

    /**
     * One build stage: its {@code FROM} and the instructions up to the next.
     *
     * @param from the stage's {@code FROM}
     * @param body the instructions after it
     */
    record Stage(Instruction from, List<Instruction> body) {

        /** The base image ({@code FROM}'s first operand). */
        String image() {
            return from.operands().get(0);
        }

        /** The stage's name ({@code FROM image AS name}), if any. */
        Optional<String> name() {
            List<String> words = from.words();
            for (int i = 0; i + 1 < words.size(); i++) {
                if (words.get(i).equalsIgnoreCase("AS")) {
                    return Optional.of(words.get(i + 1));
                }
            }
            return Optional.empty();
        }

        /** The stage's instructions of one kind, in order. */
        List<Instruction> all(String keyword) {
            return body.stream().filter(i -> i.keyword().equals(keyword)).toList();
        }

        /** The working folder at the end of the stage (the last absolute {@code WORKDIR}); {@code /} without one. */
        String workdir() {
            return all("WORKDIR").stream()
                    .map(Instruction::arguments)
                    .map(String::trim)
                    .reduce((a, b) -> b.startsWith("/") ? b : a + "/" + b)
                    .orElse("/");
        }
    }

    /** Parses a Dockerfile's text. */
    static DockerfileModel parse(String text) {
        List<Instruction> instructions = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        StringBuilder current = null;
        int start = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || (current == null && trimmed.isEmpty())) {
                continue; // a comment (parser directives too), or a blank line between instructions
            }
            if (current == null) {
                current = new StringBuilder();
                start = i + 1;
            }
            boolean continues = line.endsWith("\\");
            current.append(continues ? line.substring(0, line.length() - 1) : line)
                    .append(' ');
            if (!continues) {
                instructions.add(instruction(start, current.toString().strip()));
                current = null;
            }
        }
        if (current != null) {
            instructions.add(instruction(start, current.toString().strip()));
        }
        return new DockerfileModel(instructions);
    }

    private static Instruction instruction(int line, String text) {
        int space = text.indexOf(' ');
        String keyword = space < 0 ? text : text.substring(0, space);
        String arguments = space < 0 ? "" : text.substring(space + 1).strip();
        return new Instruction(line, keyword.toUpperCase(Locale.ROOT), arguments);
    }

    /** The build stages, in order (instructions before the first {@code FROM}, such as {@code ARG}, are left out). */
    List<Stage> stages() {
        List<Stage> stages = new ArrayList<>();
        Instruction from = null;
        List<Instruction> body = new ArrayList<>();
        for (Instruction instruction : instructions) {
            if (instruction.keyword().equals("FROM")) {
                if (from != null) {
                    stages.add(new Stage(from, body));
                }
                from = instruction;
                body = new ArrayList<>();
            } else if (from != null) {
                body.add(instruction);
            }
        }
        if (from != null) {
            stages.add(new Stage(from, body));
        }
        return stages;
    }

    /** The last stage: the image the Dockerfile builds. */
    Stage finalStage() {
        List<Stage> stages = stages();
        if (stages.isEmpty()) {
            throw new AssertionError("the Dockerfile has no FROM");
        }
        return stages.get(stages.size() - 1);
    }

    /** The stage of that name. */
    Optional<Stage> stage(String name) {
        return stages().stream()
                .filter(s -> s.name().map(name::equals).orElse(false))
                .findFirst();
    }
}
