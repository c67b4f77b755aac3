package org.geokg.store;

import java.time.Duration;
import java.util.List;

/**
 * What a load did.
 *
 * @param inputs   how many inputs (files, or lines of JSON Lines files) were loaded
 * @param graphs   how many named graphs were written (replacing any with the same name)
 * @param quads    how many quads those graphs hold
 * @param facts    how many facts the loaded facts documents held
 * @param took     how long it took
 * @param rejected the inputs left out with {@code --keep-going}, each with its one-line error
 */
public record LoadReport(int inputs, int graphs, long quads, int facts, Duration took, List<String> rejected) {

    public LoadReport {
        rejected = List.copyOf(rejected);
    }
}
