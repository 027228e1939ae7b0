package org.newsbrief.spark;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Seconds per stage of one run, as {@code report.json} gives them under {@code "seconds"} (wall
 * clock) and {@code "cpu_seconds"} (CPU time of the driver's JVM, which in local mode runs the
 * executors too, so it is the job's whole CPU cost there; on a cluster it is the driver's share).
 *
 * @param readClean reading, cleaning and de-duplicating the records (parallel)
 * @param assign ordering the articles and assigning each to a story on the driver (sequential)
 * @param cluster the part of {@code assign} spent in the story clusterer itself, on the driver
 * @param brief grouping each story's articles and briefing the stories (parallel)
 * @param write writing the briefings and failures
 */
record StageTimes(double readClean, double assign, double cluster, double brief, double write) {
  double total() {
    return readClean + assign + brief + write;
  }

  /** Laps of wall and CPU time: one per stage, in the order of the record's components. */
  static final class Clock {
    private final List<double[]> laps = new ArrayList<>();
    private long wall = System.nanoTime();
    private long cpu = cpuNanos();

    /** Ends the current stage and starts the next. */
    void lap() {
      long now = System.nanoTime();
      long cpuNow = cpuNanos();
      laps.add(new double[] {(now - wall) / 1e9, (cpuNow - cpu) / 1e9});
      wall = now;
      cpu = cpuNow;
    }

    /** The wall times of the four laps (read+clean, assign, brief, write). */
    StageTimes wall(long clusterNanos) {
      return of(0, clusterNanos);
    }

    /** The CPU times of the four laps (read+clean, assign, brief, write). */
    StageTimes cpu(long clusterCpuNanos) {
      return of(1, clusterCpuNanos);
    }

    private StageTimes of(int kind, long clusterNanos) {
      if (laps.size() != 4) {
        throw new IllegalStateException("four stages, not " + laps.size());
      }
      return new StageTimes(
          laps.get(0)[kind],
          laps.get(1)[kind],
          clusterNanos / 1e9,
          laps.get(2)[kind],
          laps.get(3)[kind]);
    }

    private static long cpuNanos() {
      return ManagementFactory.getOperatingSystemMXBean()
              instanceof com.sun.management.OperatingSystemMXBean os
          ? Math.max(0, os.getProcessCpuTime())
          : 0;
    }
  }
}
