package wales.councilaudit.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every state-changing request a sandbox host received (form posts), so that tests can prove what the product
 * submitted and where. Thread-safe.
 */
public final class SubmissionLog {

    /**
     * One submission.
     *
     * @param host the host it was sent to
     * @param path the path it was sent to
     * @param fields the form fields
     * @param at when it arrived
     */
    public record Submission(String host, String path, Map<String, String> fields, Instant at) {
        public Submission {
            fields = Map.copyOf(fields);
        }
    }

    private final List<Submission> submissions = new CopyOnWriteArrayList<>();

    public void record(String host, String path, Map<String, String> fields) {
        submissions.add(new Submission(host, path, fields, Instant.now()));
    }

    public List<Submission> all() {
        return List.copyOf(submissions);
    }

    public void clear() {
        submissions.clear();
    }
}
