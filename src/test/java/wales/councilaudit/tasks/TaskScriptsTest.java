package wales.councilaudit.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wales.councilaudit.sandbox.profile.CouncilProfile;

class TaskScriptsTest {

    @TempDir
    Path dir;

    @Test
    void theBundledScriptsAreTheFourTasksAndTheThreeTools() {
        List<TaskScript> scripts = TaskScripts.bundled();
        assertThat(scripts.stream()
                        .filter(s -> s.kind() == TaskScript.Kind.TASK)
                        .map(TaskScript::id))
                .containsExactlyInAnyOrderElementsOf(CouncilProfile.TASKS);
        assertThat(scripts.stream()
                        .filter(s -> s.kind() == TaskScript.Kind.TOOL)
                        .map(TaskScript::id))
                .containsExactlyInAnyOrderElementsOf(CouncilProfile.TOOLS);
    }

    @Test
    void theProjectFolderLoadsTheSameScripts() throws Exception {
        assertThat(TaskScripts.load(Path.of("task-scripts")).stream().map(TaskScript::id))
                .containsExactlyElementsOf(
                        TaskScripts.bundled().stream().map(TaskScript::id).toList());
    }

    @Test
    void aFifthTaskIsANewFile() throws Exception {
        Path source = Path.of("task-scripts/blue-badge.yaml");
        String text = Files.readString(source).replace("id: blue-badge", "id: school-admission");
        Files.writeString(dir.resolve("school-admission.yaml"), text);
        assertThat(TaskScripts.load(dir)).extracting(TaskScript::id).containsExactly("school-admission");
    }

    @Test
    void aBrokenScriptNamesTheFileTheLineAndTheProblem() throws Exception {
        String good = Files.readString(Path.of("task-scripts/missed-bin.yaml"), StandardCharsets.UTF_8);
        Path file = dir.resolve("missed-bin.yaml");
        Files.writeString(file, good.replace("max-clicks: 3", "max-clicks: many"));
        int line = lineOf(good, "max-clicks: 3");
        assertThatThrownBy(() -> TaskScripts.load(dir))
                .isInstanceOf(TaskScriptException.class)
                .hasMessage(file + ":" + line + ": 'max-clicks' must be a whole number from 1 to 10, got \"many\"");

        Files.writeString(file, good.replace("  en: [\"report (it )?online\"", "  en: [\"report (it online\""));
        assertThatThrownBy(() -> TaskScripts.load(dir))
                .hasMessageStartingWith(file + ":" + lineOf(good, "  en: [\"report (it )?online\""))
                .hasMessageContaining("not a regular expression");

        Files.writeString(file, good.replace("kind: task", "kind: task\nsteps: 4"));
        assertThatThrownBy(() -> TaskScripts.load(dir))
                .hasMessageStartingWith(file + ":" + (lineOf(good, "kind: task") + 1) + ": unknown key 'steps'");

        Files.writeString(file, good.replace("search:\n  en: missed bin", "search:\n  en: [missed bin\n"));
        assertThatThrownBy(() -> TaskScripts.load(dir)).hasMessageContaining("not valid YAML");

        Files.writeString(file, good.replace("id: missed-bin", "id: missed-bins"));
        assertThatThrownBy(() -> TaskScripts.load(dir))
                .hasMessage(file + ":" + lineOf(good, "id: missed-bin")
                        + ": the id 'missed-bins' must match the file's name (missed-bin.yaml)");
    }

    @Test
    void scriptsMatchTaskPagesLandingPagesAndStartLinksInBothLanguages() {
        TaskScript bin = TaskScripts.bundled().stream()
                .filter(s -> s.id().equals("missed-bin"))
                .findFirst()
                .orElseThrow();
        assertThat(bin.namesTaskPage("Report a missed bin collection", Lang.EN)).isTrue();
        assertThat(bin.namesTaskPage("Rhoi gwybod am gasgliad bin a fethwyd", Lang.CY))
                .isTrue();
        assertThat(bin.namesTaskPage("Bin collections", Lang.EN)).isFalse();
        assertThat(bin.landingHeading("Bin collections", Lang.EN)).isTrue();
        assertThat(bin.landingHeading("About bin collections", Lang.EN)).isFalse();
        assertThat(bin.startLink("Rhoi gwybod ar-lein", Lang.CY)).isTrue();
        assertThat(bin.score("Bins and recycling", Lang.EN)).isEqualTo(2 * TaskScript.NEW_WORD);
        assertThat(bin.taskAddress("https://x.gov.uk/bins/missed-bin")).isTrue();
        assertThat(bin.taskAddress("https://x.gov.uk/bins/missed-bin/councillor-jones"))
                .isFalse();
    }

    @Test
    void aLinkThatOnlyRepeatsThePagesHeadingScoresBelowOneThatAddsAWord() {
        TaskScript jobs = TaskScripts.bundled().stream()
                .filter(s -> s.id().equals("jobs"))
                .findFirst()
                .orElseThrow();
        String heading = "Jobs and careers";
        int repeats = jobs.score("Annual report: jobs and careers", heading, Lang.EN);
        int adds = jobs.score("Working for the council", heading, Lang.EN);
        assertThat(repeats).isEqualTo(2);
        assertThat(adds).isEqualTo(TaskScript.NEW_WORD);
        assertThat(adds).isGreaterThan(repeats);
        // from the home page, whose heading names none of the words, both count in full
        assertThat(jobs.score("Jobs and careers", "Isle of Anglesey", Lang.EN)).isEqualTo(2 * TaskScript.NEW_WORD);
        assertThat(jobs.score("Swyddi a gyrfaoedd", "Swyddi a gyrfaoedd", Lang.CY))
                .isEqualTo(2);
    }

    private static int lineOf(String text, String line) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(line)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line " + line);
    }
}
