package org.genreworkbench.cli;

import picocli.CommandLine.Command;

/** {@code bench ...}: the benchmarks; each prints its figures as one JSON object on its last line. */
@Command(name = "bench", description = "Runs a benchmark and prints its figures as JSON.",
        subcommands = {WorkspaceBenchmark.class, ClusterBenchmark.class, SplitBenchmark.class, ExploreBenchmark.class, TrainBenchmark.class, IngestBenchmark.class, ImportBenchmark.class})
final class BenchCommand {
}
