package wales.councilaudit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Samples, every {@value #INTERVAL_MILLIS} ms, the resident memory of the Chromium processes this JVM started,
 * directly or through ChromeDriver, node or puppeteer. A <em>session</em> is one Chromium browser process (a
 * Chromium whose parent is not a Chromium) with all its descendants (zygotes, renderers, GPU and utility processes).
 * (Grouping by {@code --user-data-dir} instead split sessions: some child processes' command lines, as read, lack
 * it.) The most sessions seen at once can exceed the sessions run while one is quitting and the next starting.
 * Its memory is read two ways: the sum of their {@code VmRSS} ({@code /proc/<pid>/status}), which counts
 * every page shared between them (the zygote's, the libraries') once per process and so over-states a session
 * several times, and the sum of their {@code Pss} ({@code /proc/<pid>/smaps_rollup}), which shares such pages out
 * among the processes using them: the memory the session costs. Reports the largest session seen and the largest
 * total, both ways. Linux only: elsewhere the peaks stay 0. Start and stop it from one thread; the sampling thread is a daemon.
 */
final class ScanChromiumMemory {

    static final long INTERVAL_MILLIS = 250;

    /**
     * Peaks in bytes.
     *
     * @param sessionPss the most one session's processes held, proportional set size
     * @param totalPss the most all sessions together held, proportional set size
     * @param sessionRss the most one session's processes held, resident set sizes summed
     * @param totalRss the most all sessions together held, resident set sizes summed
     * @param sessions the most sessions seen at once
     * @param samples readings taken
     */
    public record Peak(long sessionPss, long totalPss, long sessionRss, long totalRss, int sessions, int samples) {}

    private final AtomicLong sessionPss = new AtomicLong();
    private final AtomicLong totalPss = new AtomicLong();
    private final AtomicLong sessionRss = new AtomicLong();
    private final AtomicLong totalRss = new AtomicLong();
    private final AtomicLong browsers = new AtomicLong();
    private final AtomicLong samples = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    private ScanChromiumMemory() {
        thread = new Thread(this::loop, "scan-chromium-memory");
        thread.setDaemon(true);
    }

    static ScanChromiumMemory start() {
        ScanChromiumMemory sampler = new ScanChromiumMemory();
        sampler.thread.start();
        return sampler;
    }

    /** Takes one last reading, stops and returns the peaks. */
    Peak stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sample();
        return new Peak(sessionPss.get(), totalPss.get(), sessionRss.get(), totalRss.get(), (int) browsers.get(), (int)
                samples.get());
    }

    private void loop() {
        while (running) {
            sample();
            try {
                Thread.sleep(INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sample() {
        List<ProcessHandle> chromium = ProcessHandle.current()
                .descendants()
                .filter(ScanChromiumMemory::isChromium)
                .toList();
        Map<Long, List<Long>> sessions = new HashMap<>();
        for (ProcessHandle process : chromium) {
            if (process.parent().filter(ScanChromiumMemory::isChromium).isEmpty()) {
                List<Long> pids = new ArrayList<>(List.of(process.pid()));
                process.descendants().forEach(p -> pids.add(p.pid()));
                sessions.put(process.pid(), pids);
            }
        }
        long rssSum = 0;
        long pssSum = 0;
        for (List<Long> pids : sessions.values()) {
            long rss = pids.stream()
                    .mapToLong(pid -> read(pid, "status", "VmRSS:"))
                    .sum();
            long pss = pids.stream()
                    .mapToLong(pid -> read(pid, "smaps_rollup", "Pss:"))
                    .sum();
            sessionRss.accumulateAndGet(rss, Math::max);
            sessionPss.accumulateAndGet(pss, Math::max);
            rssSum += rss;
            pssSum += pss;
        }
        int roots = sessions.size();
        totalRss.accumulateAndGet(rssSum, Math::max);
        totalPss.accumulateAndGet(pssSum, Math::max);
        browsers.accumulateAndGet(roots, Math::max);
        samples.incrementAndGet();
    }

    static boolean isChromium(ProcessHandle process) {
        Optional<String> command = process.info().command();
        return command.map(c -> Path.of(c).getFileName().toString().equals("chromium"))
                .orElse(false);
    }

    /**
     * A field in kB of {@code /proc/<pid>/<file>}, such as {@code VmRSS:} of {@code status}, in bytes; 0 when the
     * process has gone or the file cannot be read.
     */
    static long read(long pid, String file, String field) {
        Path path = Path.of("/proc", Long.toString(pid), file);
        try (Stream<String> lines = Files.lines(path)) {
            return lines.filter(l -> l.startsWith(field))
                            .findFirst()
                            .map(ScanChromiumMemory::kilobytes)
                            .orElse(0L)
                    * 1024;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static long kilobytes(String line) {
        List<String> parts = new ArrayList<>(List.of(line.trim().split("\\s+")));
        return parts.size() >= 2 ? Long.parseLong(parts.get(1)) : 0;
    }
}
