package wales.councilaudit.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import wales.councilaudit.browser.BrowserPool;
import wales.councilaudit.report.JourneyEvidence;
import wales.councilaudit.scoring.QuestionAnswer;
import wales.councilaudit.scoring.ToolsFacts;

/**
 * The top-task and tools stage as the audit calls it, for one council: the journeys in the browser, and what the
 * scores need from them. The product's implementation drives the {@code tasks} package; a test can give its own.
 */
interface TaskStage {

    /**
     * Runs every task and tools script for one council.
     *
     * @param pool the browser sessions, shared with the rest of the browser stage
     * @param home the council's home page
     * @param samplePages the pages the browser stage examined (the home page first): where a search box is looked for
     * @param runFolder the run's folder: screenshot paths in the result are relative to it
     * @param evidence the folder for journey screenshots, inside {@code runFolder}
     * @param progress told a line per journey as it ends
     */
    TaskFacts run(
            BrowserPool pool, URI home, List<URI> samplePages, Path runFolder, Path evidence, Consumer<String> progress)
            throws InterruptedException;

    /**
     * What the task stage found for one council.
     *
     * @param tasks each top task's question answers, in the scripts' order
     * @param tools what the tools for accessing content gave
     * @param journeysTried task journeys that reached their goal on desktop and were tried on mobile
     * @param journeysWorking of those, the ones that reached it on mobile too
     * @param journeys every journey, as evidence
     */
    record TaskFacts(
            List<TaskAnswers> tasks,
            ToolsFacts tools,
            int journeysTried,
            int journeysWorking,
            List<JourneyEvidence> journeys) {

        public TaskFacts {
            tasks = List.copyOf(tasks);
            Objects.requireNonNull(tools, "tools");
            journeys = List.copyOf(journeys);
            if (tasks.isEmpty()) {
                throw new IllegalArgumentException("no task was run");
            }
        }
    }

    /** One task's answers. */
    record TaskAnswers(String taskId, List<QuestionAnswer> answers) {

        public TaskAnswers {
            Objects.requireNonNull(taskId, "taskId");
            answers = List.copyOf(answers);
        }
    }
}
