package wales.councilaudit.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Measures the peak heap use of one phase of work, three ways:
 *
 * <ul>
 *   <li><b>pool peaks</b> (the figure the targets are judged by): the peak usage of every heap memory pool is reset
 *       when the phase starts ({@link MemoryPoolMXBean#resetPeakUsage()}) and summed when it ends. Each pool peaks
 *       at its own moment (eden just before a collection, the old generation later), so the sum over-estimates the
 *       true peak a little; it never misses a short spike;
 *   <li><b>sampled</b>: {@link MemoryMXBean#getHeapMemoryUsage()} read every {@value #INTERVAL_MILLIS} ms by a
 *       thread of its own, the highest reading kept: a true simultaneous figure, which can miss a spike between
 *       two readings;
 *   <li><b>after GC</b>: the highest heap use right after a collection during the phase (from the collectors'
 *       notifications), the closest of the three to the memory the work really holds; absent when no collection
 *       happened.
 * </ul>
 *
 * <p>The first two count garbage not yet collected, so they depend on the heap's size and the collector: with a
 * large {@code -Xmx} the JVM lets garbage pile up before collecting. {@link #start()} calls {@link System#gc()}
 * first, so that the phase does not inherit the garbage of the one before. Peak usage is JVM-wide: measure one
 * phase at a time, and everything else the JVM does meanwhile (a server in the same process) is counted too.
 */
public final class HeapSampler implements AutoCloseable {

    /** How often the sampling thread reads the heap's use. */
    public static final long INTERVAL_MILLIS = 20;

    /** The three figures, in bytes. */
    public record HeapPeak(long poolPeakBytes, long sampledPeakBytes, OptionalLong afterGcPeakBytes) {}

    private final List<MemoryPoolMXBean> heapPools;
    private final Set<String> heapPoolNames;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong sampledPeak = new AtomicLong();
    private final AtomicLong afterGcPeak = new AtomicLong(-1);
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::collected;
    private final Thread sampler;
    private volatile boolean running = true;
    /** JVM uptime when the phase started: collections that began earlier (the start's own) are not counted. */
    private volatile long startedAtUptime = Long.MAX_VALUE;

    private HeapPeak result;

    private HeapSampler() {
        heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
                .toList();
        heapPoolNames = heapPools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        sampler = new Thread(this::sample, "heap-sampler");
        sampler.setDaemon(true);
    }

    /** Collects garbage, resets the heap pools' peaks and starts sampling. */
    public static HeapSampler start() {
        HeapSampler heap = new HeapSampler();
        System.gc();
        heap.startedAtUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        for (MemoryPoolMXBean pool : heap.heapPools) {
            pool.resetPeakUsage();
        }
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter) {
                NotificationEmitter emitter = (NotificationEmitter) collector;
                emitter.addNotificationListener(heap.listener, null, null);
                heap.emitters.add(emitter);
            }
        }
        heap.read();
        heap.sampler.start();
        return heap;
    }

    /** Stops sampling and returns the phase's figures (the same ones if called again). */
    public synchronized HeapPeak stop() {
        if (result != null) {
            return result;
        }
        running = false;
        LockSupport.unpark(sampler);
        try {
            sampler.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        read();
        long pools = 0;
        for (MemoryPoolMXBean pool : heapPools) {
            MemoryUsage peak = pool.getPeakUsage();
            if (peak != null) {
                pools += peak.getUsed();
            }
        }
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // already gone
            }
        }
        long afterGc = afterGcPeak.get();
        result = new HeapPeak(pools, sampledPeak.get(), afterGc < 0 ? OptionalLong.empty() : OptionalLong.of(afterGc));
        return result;
    }

    @Override
    public void close() {
        stop();
    }

    private void sample() {
        while (running) {
            read();
            LockSupport.parkNanos(INTERVAL_MILLIS * 1_000_000);
        }
    }

    private void read() {
        long used = memory.getHeapMemoryUsage().getUsed();
        sampledPeak.accumulateAndGet(used, Math::max);
    }

    private void collected(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        if (info.getGcInfo().getStartTime() < startedAtUptime) {
            return;
        }
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool :
                info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPoolNames.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        afterGcPeak.accumulateAndGet(used, Math::max);
    }
}
