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
 */
record JobReport(long records, long articles, long stories, long failed, List<Problem> sample) {
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
}
