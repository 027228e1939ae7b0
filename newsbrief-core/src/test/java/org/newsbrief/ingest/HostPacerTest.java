package org.newsbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HostPacerTest {
  private final FakeTime time = new FakeTime();
  private final HostPacer pacer = new HostPacer(Duration.ofSeconds(3), time, time);

  @Test
  void waitsOnlyWhatIsLeftOfTheDelayForTheSameHost() throws InterruptedException {
    pacer.awaitTurn("example.com");
    time.advance(Duration.ofSeconds(1));
    pacer.awaitTurn("EXAMPLE.com");
    time.advance(Duration.ofSeconds(5));
    pacer.awaitTurn("example.com");

    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void hostsArePacedApart() throws InterruptedException {
    pacer.awaitTurn("a.example");
    pacer.awaitTurn("b.example");
    pacer.awaitTurn("a.example");

    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(3));
  }
}
