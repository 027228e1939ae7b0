package org.newsbrief.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.newsbrief.model.Problem;

/**
 * What a run did.
 *
 * @param records input records read
 * @param articles distinct articles cleaned
 * @param stories stories briefed
 * @param failed records that failed (each named in {@code failures.jsonl})
 * @param sample the first failures by input name
 * @param seconds wall-clock time per stage
 * @param cpuSeconds CPU time of the driver JVM per stage (in local mode: the whole job's; its
 *     {@code cluster} is the CPU time of the driver thread inside the clusterer)
 */
record JobReport(
    long records,
    long articles,
    long stories,
    long failed,
    List<Problem> sample,
    StageTimes seconds,
    StageTimes cpuSeconds) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  JobReport {
    sample = List.copyOf(sample);
  }

  String toJson() {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("records", records);
    root.put("articles", articles);
    root.put("stories", stories);
    root.put("failed", failed);
    put(root.putObject("seconds"), seconds);
    put(root.putObject("cpu_seconds"), cpuSeconds);
    sample.forEach(
        p ->
            root.withArray("failures")
                .addObject()
                .put("input", p.input())
                .put("message", p.message()));
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  private static void put(ObjectNode times, StageTimes t) {
    times.put("read_clean", round(t.readClean()));
    times.put("assign", round(t.assign()));
    times.put("cluster", round(t.cluster()));
    times.put("brief", round(t.brief()));
    times.put("write", round(t.write()));
    times.put("total", round(t.total()));
  }

  private static double round(double seconds) {
    return Math.round(seconds * 1000) / 1000.0;
  }
}
