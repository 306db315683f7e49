package wales.councilaudit.sandbox.profile;

import java.util.List;

/**
 * The accessibility faults planted on a simulated site, named by the axe-core rule each one triggers, plus the
 * faults axe cannot find.
 *
 * @param home axe rule ids planted on the home page (see {@link AxeRule} for the rules the sandbox can plant)
 * @param taskPages axe rule ids planted on every task page and its form
 * @param keyboardTrap whether the home page traps keyboard focus (a widget that sends Tab back to itself)
 * @param invisibleFocus whether focused elements show no visible change ({@code outline: none} and nothing else)
 */
public record AccessibilityPlant(
        List<AxeRule> home, List<AxeRule> taskPages, Boolean keyboardTrap, Boolean invisibleFocus) {

    public AccessibilityPlant {
        home = home == null ? List.of() : List.copyOf(home);
        taskPages = taskPages == null ? List.of() : List.copyOf(taskPages);
        keyboardTrap = keyboardTrap != null && keyboardTrap;
        invisibleFocus = invisibleFocus != null && invisibleFocus;
    }

    public static AccessibilityPlant clean() {
        return new AccessibilityPlant(null, null, null, null);
    }
}
