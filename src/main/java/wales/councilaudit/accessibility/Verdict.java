package wales.councilaudit.accessibility;

/** What the keyboard walk's stops so far say: go on, focus went round the page, or focus is trapped. */
sealed interface Verdict permits Verdict.GoOn, Verdict.WentRound, Verdict.Trapped {

    record GoOn() implements Verdict {}

    /** Focus left the page's elements or came back after visiting more than a trap's worth of them. */
    record WentRound() implements Verdict {}

    record Trapped(KeyboardTrap trap) implements Verdict {}
}
