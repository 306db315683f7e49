package wales.councilaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import wales.councilaudit.accessibility.AxeScanner;
import wales.councilaudit.accessibility.ConsentStrategyLoader;
import wales.councilaudit.accessibility.KeyboardProbe;
import wales.councilaudit.accessibility.PageScanner;
import wales.councilaudit.browser.BrowserPool;
import wales.councilaudit.browser.BrowserProfile;
import wales.councilaudit.browser.SubmitGuard;
import wales.councilaudit.json.Json;
import wales.councilaudit.registry.Council;
import wales.councilaudit.scoring.QuestionAnswer;
import wales.councilaudit.tasks.CouncilTasks;
import wales.councilaudit.tasks.Journey;
import wales.councilaudit.tasks.JourneyStep;
import wales.councilaudit.tasks.Lang;
import wales.councilaudit.tasks.TaskResult;
import wales.councilaudit.tasks.TaskScript;
import wales.councilaudit.tasks.TaskScriptException;
import wales.councilaudit.tasks.TaskScripts;
import wales.councilaudit.tasks.TaskSuite;

/**
 * {@code council-audit tasks --council ID [--task ID] [--profile desktop|mobile|both] [--lang en|cy|both]}: the
 * top-task journeys alone, for a web team checking one task after a change; each journey printed step by step.
 */
@Command(
        name = "tasks",
        description = "Try the top tasks (and, without --task, the navigation tasks) on one council's site in "
                + "headless Chromium, from its home page, by navigation, site search and A–Z, on the profiles and "
                + "in the languages asked; examine each task's online form or start link, never submitting it. "
                + "Prints every journey step by step, then the answers; writes tasks.json and screenshots, and "
                + "prints the folder last.")
final class TasksCommand implements Callable<Integer> {

    @ParentCommand
    CouncilAuditCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    BrowserOptions browser;

    @Option(names = "--council", paramLabel = "ID", required = true, description = "The council's registry id.")
    String council;

    @Option(names = "--task", paramLabel = "ID", description = "Only this task (repeatable). Default: every script.")
    List<String> tasks = new ArrayList<>();

    @Option(
            names = "--profile",
            paramLabel = "desktop|mobile|both",
            defaultValue = "both",
            description = "Browser profile(s). Default: ${DEFAULT-VALUE}.")
    String profile;

    @Option(
            names = "--lang",
            paramLabel = "en|cy|both",
            defaultValue = "both",
            description = "Language(s) of the journeys. Default: ${DEFAULT-VALUE}.")
    String lang;

    @Option(
            names = "--scripts",
            paramLabel = "DIR",
            description = "Task scripts to use instead of the bundled task-scripts/.")
    Path scripts;

    @Option(names = "--out", paramLabel = "DIR", description = "Write here instead of <results>/<run-id>/.")
    Path out;

    @Override
    public Integer call() throws Exception {
        GlobalOptions global = root.global;
        Council chosen = global.registry()
                .find(council)
                .orElseThrow(() -> new UserInputException("no council '" + council + "' in the registry"));
        List<TaskScript> all;
        try {
            all = scripts == null ? TaskScripts.bundled() : TaskScripts.load(scripts);
        } catch (TaskScriptException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        List<TaskScript> chosenScripts = all;
        if (!tasks.isEmpty()) {
            for (String id : tasks) {
                if (all.stream().noneMatch(s -> s.id().equals(id))) {
                    throw new UserInputException("no task script '" + id + "' (known: "
                            + all.stream().map(TaskScript::id).toList() + ")");
                }
            }
            chosenScripts = all.stream().filter(s -> tasks.contains(s.id())).toList();
        }
        List<BrowserProfile> profiles = profiles();
        Set<Lang> langs = langs();
        RunFolder.checkUsable(out);
        var settings = browser.settings(global.hostResolver());
        String runId = RunFolder.newRunId("tasks", Clock.systemUTC().instant(), global.resultsDir());
        Path folder = RunFolder.create(out, global.resultsDir(), runId);
        PrintWriter stdout = spec.commandLine().getOut();
        CouncilTasks result;
        try (BrowserPool pool = BrowserPool.open(settings, SubmitGuard.refuseAll())) {
            PageScanner scanner = new PageScanner(
                    new AxeScanner(Duration.ofSeconds(30)), KeyboardProbe.defaults(), ConsentStrategyLoader.bundled());
            TaskSuite suite = new TaskSuite(pool, chosenScripts, scanner, folder);
            result = suite.run(chosen.homepage().en(), List.of(), profiles, langs, j -> print(stdout, j));
        }
        for (TaskResult task : result.tasks()) {
            stdout.println(task.taskId() + ":");
            for (QuestionAnswer a : task.answers()) {
                stdout.printf(
                        "  %-18s %-14s %s%n",
                        a.questionId(),
                        a.answer().name().toLowerCase(Locale.ROOT) + (a.essential() ? " (essential)" : ""),
                        a.evidence());
            }
        }
        if (tasks.isEmpty()) {
            stdout.println("tools: " + result.tools());
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("council", chosen.id());
        json.put("home", chosen.homepage().en().toString());
        json.put("result", result);
        Json.mapper()
                .writerWithDefaultPrettyPrinter()
                .writeValue(folder.resolve("tasks.json").toFile(), json);
        stdout.println(folder);
        stdout.flush();
        boolean failed = result.journeys().stream().anyMatch(j -> j.outcome() == Journey.Outcome.FAILED);
        return failed ? ExitCode.DONE_WITH_UNREACHABLE : ExitCode.DONE;
    }

    private static void print(PrintWriter out, Journey journey) {
        out.printf(
                "%s %s %s: %s%n",
                journey.taskId(),
                journey.profile(),
                journey.lang().code(),
                journey.outcome().name());
        int n = 1;
        for (JourneyStep step : journey.steps()) {
            out.printf(
                    "  %2d. %s%s  %s%s%s%n",
                    n++,
                    step.action(),
                    step.matched().isEmpty() ? "" : " [" + step.matched() + "]",
                    step.url(),
                    step.status() > 0 ? " (" + step.status() + ")" : "",
                    step.failure().map(f -> "  FAILED: " + f).orElse(""));
        }
        out.flush();
    }

    private List<BrowserProfile> profiles() {
        return browser.profiles(profile);
    }

    private Set<Lang> langs() {
        switch (lang.toLowerCase(Locale.ROOT)) {
            case "both":
                return new LinkedHashSet<>(List.of(Lang.EN, Lang.CY));
            case "en":
                return Set.of(Lang.EN);
            case "cy":
                return Set.of(Lang.CY);
            default:
                throw new UserInputException("--lang must be en, cy or both, got " + lang);
        }
    }
}
