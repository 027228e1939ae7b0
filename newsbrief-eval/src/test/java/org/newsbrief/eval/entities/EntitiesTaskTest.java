package org.newsbrief.eval.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.newsbrief.eval.EvalReport;

class EntitiesTaskTest {
  private static EvalReport run(Map<String, String> options) throws Exception {
    return new EntitiesTask().run(fixture(), options);
  }

  private static Path fixture() throws URISyntaxException {
    return Path.of(Objects.requireNonNull(EntitiesTaskTest.class.getResource("/ecbplus")).toURI());
  }

  @Test
  void newsbriefJoinsTheSurnameToTheFullNameAcrossDocuments() throws Exception {
    // Gold: {Tara Reid, Reid, Tara Reid}, {Promises Treatment Center, rehab}, {publicist},
    // {Malibu}. newsbrief finds the three names of Reid as one entity, the center and Malibu.
    Map<String, Double> system = run(Map.of()).system();

    assertThat(system.get("mention_recall")).isCloseTo(5 / 7.0, within(1e-9));
    assertThat(system.get("muc_f1")).isCloseTo(0.8, within(1e-9));
    assertThat(system.get("bcubed_f1")).isCloseTo(12 / 13.0, within(1e-9));
    assertThat(system.get("ceafe_f1")).isCloseTo(22 / 27.0, within(1e-9));
    assertThat(system.get("documents")).isEqualTo(2.0);
  }

  @Test
  void scoresPluggedInPeersWithTheSameMetric() throws Exception {
    EvalReport report = run(Map.of());

    Map<String, Double> oracle = report.peers().get("oracle");
    assertThat(oracle.get("mention_recall")).isCloseTo(6 / 7.0, within(1e-9));
    assertThat(oracle.get("muc_f1")).isLessThan(1.0);
    assertThat(oracle.get("names_mention_recall")).isEqualTo(1.0);
    assertThat(report.peers().get("baseline_singletons").get("muc_f1")).isZero();
    assertThat(run(Map.of("peers", "none")).peers())
        .containsOnlyKeys("baseline_singletons", "rule_names");
  }

  @Test
  void scoresEverySentenceWhenAsked() throws Exception {
    Map<String, Double> system = run(Map.of("sentences", "all")).system();

    assertThat(system.get("mention_recall")).isCloseTo(6 / 8.0, within(1e-9));
  }
}
