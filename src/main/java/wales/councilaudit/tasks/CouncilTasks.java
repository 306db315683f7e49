package wales.councilaudit.tasks;

import java.util.List;
import java.util.Objects;
import wales.councilaudit.scoring.ToolsFacts;

/**
 * The top-task stage's result for one council.
 *
 * @param tasks one per top-task script, in the scripts' order
 * @param tools the facts behind "tools for accessing content", for {@code Scorer.tools}
 * @param journeysTried for {@code MobileFacts}: the top tasks whose English desktop journey reached its goal and
 *     that were tried on the mobile profile; 0 when the mobile profile was not run
 * @param journeysWorking of those, the tasks whose English mobile journey reached its goal too
 * @param journeys every journey, top tasks' and tools', in the order they were planned
 */
public record CouncilTasks(
        List<TaskResult> tasks, ToolsFacts tools, int journeysTried, int journeysWorking, List<Journey> journeys) {
    public CouncilTasks {
        tasks = List.copyOf(tasks);
        Objects.requireNonNull(tools, "tools");
        journeys = List.copyOf(journeys);
    }
}
