package wales.councilaudit.accessibility;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides, from the focus stops so far, whether the keyboard walk is trapped, has gone round the page, or should go
 * on. Pure; see {@link KeyboardProbe} for the rule in words.
 */
final class TrapRule {

    /** How often the same element must come back, within a small cycle, to call it a trap. */
    static final int RETURNS = 3;

    private TrapRule() {}

    /**
     * @param stops every stop so far, oldest first; not empty
     * @param unreached focusable elements not yet reached (may be negative when the page's count was low)
     */
    static Verdict judge(List<FocusStop> stops, int unreached) {
        FocusStop last = stops.get(stops.size() - 1);
        if (last.kind() == FocusStop.Kind.DOCUMENT) {
            boolean anyElement = stops.stream().anyMatch(s -> s.kind() != FocusStop.Kind.DOCUMENT);
            return anyElement || stops.size() >= 2 ? new Verdict.WentRound() : new Verdict.GoOn();
        }
        if (!last.isElement()) {
            return new Verdict.GoOn();
        }
        List<Integer> visits = new ArrayList<>();
        for (int i = 0; i < stops.size(); i++) {
            if (stops.get(i).isElement() && stops.get(i).selector().equals(last.selector())) {
                visits.add(i);
            }
        }
        if (visits.size() < 2) {
            return new Verdict.GoOn();
        }
        List<FocusStop> cycle = stops.subList(visits.get(visits.size() - 2) + 1, stops.size());
        Set<String> held = new LinkedHashSet<>();
        for (FocusStop stop : cycle) {
            if (!stop.isElement()) {
                return new Verdict.WentRound();
            }
            held.add(stop.selector());
        }
        if (held.size() > KeyboardProbe.MAX_TRAP_SIZE || unreached < 1) {
            return new Verdict.WentRound();
        }
        if (visits.size() < RETURNS) {
            return new Verdict.GoOn();
        }
        boolean inDialog = cycle.stream().allMatch(FocusStop::inDialog);
        return new Verdict.Trapped(
                new KeyboardTrap(List.copyOf(held), cycle.get(0).html(), inDialog, unreached));
    }
}
