package wales.councilaudit.accessibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One view of one page, scanned: axe-core's outcome and the keyboard probe's report, or why the page did not load. */
public sealed interface PageScan permits PageScan.Scanned, PageScan.NotLoaded {

    ScanContext context();

    /** Every finding of the scan, axe-core's first; empty when the page did not load. */
    List<Finding> findings();

    /**
     * @param axe axe-core's findings and tallies, or why it could not run
     * @param keyboard the keyboard probe's report; empty when the probe was not asked for
     */
    record Scanned(ScanContext context, AxeOutcome axe, Optional<KeyboardReport> keyboard) implements PageScan {
        public Scanned {
            Objects.requireNonNull(context, "context");
            Objects.requireNonNull(axe, "axe");
            Objects.requireNonNull(keyboard, "keyboard");
        }

        @Override
        public List<Finding> findings() {
            List<Finding> all = new ArrayList<>();
            if (axe instanceof AxeOutcome.Analysed analysed) {
                all.addAll(analysed.findings());
            }
            keyboard.ifPresent(k -> all.addAll(k.findings()));
            return List.copyOf(all);
        }
    }

    /** @param reason why the browser could not load the page, one sentence */
    record NotLoaded(ScanContext context, String reason) implements PageScan {
        public NotLoaded {
            Objects.requireNonNull(context, "context");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public List<Finding> findings() {
            return List.of();
        }
    }
}
