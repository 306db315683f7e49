package wales.councilaudit.schedule;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An auditor that records each request and how many audits of each council overlapped; optionally holds an audit
 * until released, so a test can look at the store while it runs. Thread-safe.
 */
final class FakeAuditor implements CouncilAuditor {

    final List<AuditRequest> done = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> mostAtOnce = new ConcurrentHashMap<>();
    private final AtomicInteger allAtOnce = new AtomicInteger();
    final AtomicInteger mostOfAllAtOnce = new AtomicInteger();
    final CountDownLatch started;
    final CountDownLatch release;
    final CountDownLatch finished;

    /**
     * @param held audits wait for {@link #release} when true
     * @param starts how many audit starts {@link #started} counts down from
     * @param expected how many audits {@link #finished} counts down from
     */
    FakeAuditor(boolean held, int starts, int expected) {
        this.release = new CountDownLatch(held ? 1 : 0);
        this.started = new CountDownLatch(starts);
        this.finished = new CountDownLatch(expected);
    }

    @Override
    public void audit(AuditRequest request) throws InterruptedException {
        int now = running.computeIfAbsent(request.councilId(), k -> new AtomicInteger())
                .incrementAndGet();
        mostAtOnce
                .computeIfAbsent(request.councilId(), k -> new AtomicInteger())
                .accumulateAndGet(now, Math::max);
        mostOfAllAtOnce.accumulateAndGet(allAtOnce.incrementAndGet(), Math::max);
        started.countDown();
        try {
            if (!release.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the audit");
            }
            done.add(request);
        } finally {
            allAtOnce.decrementAndGet();
            running.get(request.councilId()).decrementAndGet();
            finished.countDown();
        }
    }

    int mostAtOnce(String councilId) {
        return mostAtOnce.getOrDefault(councilId, new AtomicInteger()).get();
    }
}
