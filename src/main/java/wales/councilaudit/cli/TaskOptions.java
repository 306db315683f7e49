package wales.councilaudit.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine.Option;
import wales.councilaudit.accessibility.AxeScanner;
import wales.councilaudit.accessibility.ConsentStrategy;
import wales.councilaudit.accessibility.KeyboardProbe;
import wales.councilaudit.accessibility.PageScanner;
import wales.councilaudit.browser.BrowserPool;
import wales.councilaudit.browser.BrowserProfile;
import wales.councilaudit.report.JourneyEvidence;
import wales.councilaudit.tasks.CouncilTasks;
import wales.councilaudit.tasks.Journey;
import wales.councilaudit.tasks.JourneyStep;
import wales.councilaudit.tasks.Lang;
import wales.councilaudit.tasks.TaskScript;
import wales.councilaudit.tasks.TaskScriptException;
import wales.councilaudit.tasks.TaskScripts;
import wales.councilaudit.tasks.TaskSuite;

/**
 * {@code --tasks DIR}, the task scripts of a run (mixed in), and the product's task stage built from them: the
 * {@code tasks} package's {@link TaskSuite} on both profiles in English and Welsh, its journeys turned into the
 * report's evidence.
 */
final class TaskOptions {

    @Option(
            names = "--tasks",
            paramLabel = "DIR",
            description = "The task scripts (one YAML file per task) instead of the bundled task-scripts/.")
    Path folder;

    /** The scripts: {@code --tasks DIR}, else the bundled ones. */
    List<TaskScript> scripts() {
        try {
            return folder == null ? TaskScripts.bundled() : TaskScripts.load(folder);
        } catch (TaskScriptException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    /** The product's task stage over {@link #scripts()}, every script checked before anything starts. */
    TaskStage stage(List<BrowserProfile> profiles, ConsentStrategy consent, Duration scriptTimeout) {
        return new Product(scripts(), profiles, consent, scriptTimeout);
    }

    /** The task stage the audit runs: the {@code tasks} package's suite. */
    private record Product(
            List<TaskScript> scripts, List<BrowserProfile> profiles, ConsentStrategy consent, Duration scriptTimeout)
            implements TaskStage {

        @Override
        public TaskFacts run(
                BrowserPool pool,
                URI home,
                List<URI> samplePages,
                Path runFolder,
                Path evidence,
                Consumer<String> progress) {
            try {
                Files.createDirectories(evidence);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot create " + evidence + ": " + e.getMessage(), e);
            }
            PageScanner scanner = new PageScanner(new AxeScanner(scriptTimeout), KeyboardProbe.defaults(), consent);
            TaskSuite suite = new TaskSuite(pool, scripts, scanner, consent, evidence);
            CouncilTasks found = suite.run(
                    home, samplePages, profiles, EnumSet.allOf(Lang.class), j -> progress.accept(describe(j)));
            List<TaskAnswers> tasks = found.tasks().stream()
                    .map(t -> new TaskAnswers(t.taskId(), t.answers()))
                    .toList();
            Path run = runFolder.toAbsolutePath().normalize();
            List<JourneyEvidence> journeys = new ArrayList<>();
            found.journeys().forEach(j -> journeys.add(evidence(j, evidence, run)));
            return new TaskFacts(tasks, found.tools(), found.journeysTried(), found.journeysWorking(), journeys);
        }

        private static String describe(Journey j) {
            return j.taskId() + " " + j.profile() + " " + j.lang().code() + ": " + j.outcome()
                    + j.failure().map(f -> " (" + f + ")").orElse("");
        }

        /** A journey as the report shows it, its screenshots relative to the run folder. */
        private static JourneyEvidence evidence(Journey j, Path evidence, Path runFolder) {
            List<JourneyEvidence.Step> steps = new ArrayList<>();
            for (JourneyStep s : j.steps()) {
                Optional<String> shot = s.screenshot().isEmpty()
                        ? Optional.empty()
                        : Optional.of(runFolder
                                .relativize(evidence.resolve(s.screenshot())
                                        .toAbsolutePath()
                                        .normalize())
                                .toString()
                                .replace('\\', '/'));
                steps.add(new JourneyEvidence.Step(s.url(), s.action(), s.matched(), shot, s.failure()));
            }
            String outcome =
                    j.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                            + j.failure().map(f -> ": " + f).orElse("");
            return new JourneyEvidence(
                    j.taskId(),
                    j.profile(),
                    j.lang().code(),
                    "journey",
                    outcome,
                    j.outcome() == Journey.Outcome.REACHED,
                    steps);
        }
    }
}
