package wales.councilaudit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import wales.councilaudit.bench.HeapSampler.HeapPeak;

class HeapSamplerTest {

    @Test
    void measuresPositivePeaksOfAPhaseThatAllocates() throws InterruptedException {
        HeapSampler sampler = HeapSampler.start();
        List<byte[]> held = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            held.add(new byte[1024 * 1024]);
        }
        Thread.sleep(3 * HeapSampler.INTERVAL_MILLIS);
        HeapPeak peak = sampler.stop();

        assertThat(held).hasSize(32);
        assertThat(peak.poolPeakBytes()).isPositive();
        assertThat(peak.sampledPeakBytes()).isPositive();
        peak.afterGcPeakBytes().ifPresent(bytes -> assertThat(bytes).isPositive());
        assertThat(sampler.stop()).as("stopping again").isEqualTo(peak);
    }
}
