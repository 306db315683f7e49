package wales.councilaudit.accessibility;

/** Which check produced a finding. */
public enum Source {
    /** axe-core, injected into the page and its frames. */
    AXE,
    /** The keyboard probe: real Tab presses through Selenium ({@link KeyboardProbe}). */
    KEYBOARD_PROBE
}
