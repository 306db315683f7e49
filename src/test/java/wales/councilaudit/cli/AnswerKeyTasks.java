package wales.councilaudit.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import wales.councilaudit.browser.BrowserPool;
import wales.councilaudit.registry.Council;
import wales.councilaudit.sandbox.SandboxWales;
import wales.councilaudit.sandbox.answers.ExpectedFacts;
import wales.councilaudit.sandbox.profile.CouncilProfile;
import wales.councilaudit.scoring.MobileFacts;

/**
 * A test double of the task stage for tests of the audit's orchestration (lanes, failures, resume): it answers each
 * sandbox council's task questions and tools facts from the sandbox's answer key instead of driving journeys, so
 * that those tests do not depend on the task runner. It records which councils it was asked for, and throws for the
 * councils named to fail, to prove that one council's crash is recorded and the run goes on.
 */
final class AnswerKeyTasks implements TaskStage {

    private final SandboxWales sandbox;
    private final Set<String> failFor;
    private final List<String> asked = new ArrayList<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    AnswerKeyTasks(SandboxWales sandbox, Set<String> failFor) {
        this.sandbox = sandbox;
        this.failFor = Set.copyOf(failFor);
    }

    @Override
    public synchronized TaskFacts run(
            BrowserPool pool,
            URI home,
            List<URI> samplePages,
            Path runFolder,
            Path evidence,
            Consumer<String> progress) {
        Council council = sandbox.registry().councils().stream()
                .filter(c -> c.allHosts().contains(home.getHost()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a sandbox council: " + home));
        asked.add(council.id());
        seen.add(council.id());
        if (failFor.contains(council.id())) {
            throw new IllegalStateException("planted crash in the task stage for " + council.id());
        }
        CouncilProfile profile = sandbox.profiles().get(council.id());
        List<TaskAnswers> tasks = CouncilProfile.TASKS.stream()
                .map(id -> new TaskAnswers(id, ExpectedFacts.taskAnswers(profile, id)))
                .toList();
        MobileFacts mobile = ExpectedFacts.mobile(profile);
        return new TaskFacts(
                tasks, ExpectedFacts.tools(profile), mobile.journeysTried(), mobile.journeysWorking(), List.of());
    }

    /** The councils asked for, in order, repeats included. */
    synchronized List<String> asked() {
        return List.copyOf(asked);
    }
}
