package org.newsbrief.spark;

import java.lang.management.ManagementFactory;

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

  /** Wall and CPU time since the last lap. */
  static final class Clock {
    private long wall = System.nanoTime();
    private long cpu = cpuNanos();
    private double lastCpu;

    /** Wall seconds since the last lap; {@link #lastCpu()} then gives the CPU seconds. */
    double lap() {
      long now = System.nanoTime();
      long cpuNow = cpuNanos();
      double seconds = (now - wall) / 1e9;
      lastCpu = (cpuNow - cpu) / 1e9;
      wall = now;
      cpu = cpuNow;
      return seconds;
    }

    double lastCpu() {
      return lastCpu;
    }

    private static long cpuNanos() {
      return ManagementFactory.getOperatingSystemMXBean()
              instanceof com.sun.management.OperatingSystemMXBean os
          ? Math.max(0, os.getProcessCpuTime())
          : 0;
    }
  }
}
