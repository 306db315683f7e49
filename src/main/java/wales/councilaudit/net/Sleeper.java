package wales.councilaudit.net;

import java.time.Duration;

/** Waits between attempts; injected so that back-off can be tested without waiting. */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps on the calling thread. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
