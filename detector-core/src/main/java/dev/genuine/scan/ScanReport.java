package dev.genuine.scan;

import java.util.List;

/** What a scan did: how many listings it decided each way, and what went wrong for which listing. */
public record ScanReport(int registryVersion, boolean full, long scanned, long takedown, long review, long allow,
                         List<String> problems, long millis) {
    public ScanReport {
        problems = List.copyOf(problems);
    }

    public double listingsPerSecond() {
        return millis == 0 ? scanned : scanned * 1000.0 / millis;
    }
}
