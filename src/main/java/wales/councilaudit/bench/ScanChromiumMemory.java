package wales.councilaudit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Samples, every {@value #INTERVAL_MILLIS} ms, the resident memory of the Chromium processes this JVM started,
 * directly or through ChromeDriver, node or puppeteer. A <em>session</em> is one Chromium browser process (a
 * Chromium whose parent is not a Chromium) with all its descendants (renderers, zygotes, GPU and utility
 * processes); its memory is the sum of their {@code VmRSS} from {@code /proc/<pid>/status}, so pages shared between
 * them count more than once (a slight over-estimate). Reports the largest session seen and the largest total. Linux
 * only: elsewhere the peaks stay 0. Start and stop it from one thread; the sampling thread is a daemon.
 */
final class ScanChromiumMemory {

    static final long INTERVAL_MILLIS = 250;

    /**
     * @param sessionBytes the largest one session's processes reached, in bytes
     * @param totalBytes the largest all sessions together reached, in bytes
     * @param sessions the most sessions seen at once
     * @param samples readings taken
     */
    public record Peak(long sessionBytes, long totalBytes, int sessions, int samples) {}

    private final AtomicLong session = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
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
        return new Peak(session.get(), total.get(), (int) browsers.get(), (int) samples.get());
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
        long sum = 0;
        int roots = 0;
        for (ProcessHandle process : chromium) {
            if (process.parent().filter(ScanChromiumMemory::isChromium).isPresent()) {
                continue;
            }
            roots++;
            long bytes = rss(process.pid())
                    + process.descendants().mapToLong(p -> rss(p.pid())).sum();
            session.accumulateAndGet(bytes, Math::max);
            sum += bytes;
        }
        total.accumulateAndGet(sum, Math::max);
        browsers.accumulateAndGet(roots, Math::max);
        samples.incrementAndGet();
    }

    static boolean isChromium(ProcessHandle process) {
        Optional<String> command = process.info().command();
        return command.map(c -> Path.of(c).getFileName().toString().equals("chromium"))
                .orElse(false);
    }

    /** A process's resident set in bytes; 0 when it has gone or cannot be read. */
    static long rss(long pid) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try (Stream<String> lines = Files.lines(status)) {
            return lines.filter(l -> l.startsWith("VmRSS:"))
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
