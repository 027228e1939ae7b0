package org.newsbrief.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.Problem;

class JobReportTest {
  @Test
  void givesWallAndCpuSecondsPerStageWithTheirTotal() throws Exception {
    StageTimes wall = new StageTimes(1.5, 2.25, 1.0, 10.0, 0.5);
    StageTimes cpu = new StageTimes(1.0, 2.0, 0.75, 8.0, 0.25);
    JobReport report =
        new JobReport(5, 4, 2, 1, List.of(new Problem("a.jsonl:3", "bad")), wall, cpu);

    JsonNode json = new ObjectMapper().readTree(report.toJson());

    assertThat(json.path("seconds").path("assign").asDouble()).isEqualTo(2.25);
    assertThat(json.path("seconds").path("cluster").asDouble()).isEqualTo(1.0);
    assertThat(json.path("seconds").path("total").asDouble()).isEqualTo(14.25);
    assertThat(json.path("cpu_seconds").path("brief").asDouble()).isEqualTo(8.0);
    assertThat(json.path("cpu_seconds").path("total").asDouble()).isEqualTo(11.25);
    assertThat(json.path("failures").get(0).path("input").asText()).isEqualTo("a.jsonl:3");
  }

  @Test
  void theClockGivesFourLapsInStageOrder() throws InterruptedException {
    StageTimes.Clock clock = new StageTimes.Clock();
    clock.lap();
    Thread.sleep(30);
    clock.lap();
    clock.lap();
    assertThatThrownBy(() -> clock.wall(0)).isInstanceOf(IllegalStateException.class);
    clock.lap();

    StageTimes wall = clock.wall(7_000_000);

    assertThat(wall.assign()).isGreaterThanOrEqualTo(0.03);
    assertThat(wall.cluster()).isEqualTo(0.007);
    assertThat(wall.total()).isGreaterThanOrEqualTo(wall.assign());
    assertThat(clock.cpu(0).readClean()).isGreaterThanOrEqualTo(0);
  }
}
