package org.newsbrief.eval.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class GridSmoothingTest {
  @Test
  void flatRegionBeatsSharpPeak() {
    // 3 x 3 grid: a sharp peak at the top left, a flat good region on the right column
    double[] grid = {1.0, 0.0, 0.8, 0.0, 0.0, 0.8, 0.0, 0.0, 0.8};
    assertEquals(0, InnerFolds.argmax(grid));
    double[] smooth = GridSmoothing.neighbourhoodMeans(grid, 3);
    assertEquals(1.0 / 3, smooth[0], 1e-12); // corner: itself and two neighbours
    assertEquals((0.8 + 0.8 + 0.8 + 0.0) / 4, smooth[5], 1e-12); // edge: itself and three
    assertEquals(5, InnerFolds.argmax(smooth));
  }

  @Test
  void constantGridStaysConstant() {
    double[] grid = {0.5, 0.5, 0.5, 0.5, 0.5, 0.5};
    assertArrayEquals(grid, GridSmoothing.neighbourhoodMeans(grid, 2), 1e-12);
  }

  @Test
  void refusesARaggedGrid() {
    assertThrows(
        IllegalArgumentException.class, () -> GridSmoothing.neighbourhoodMeans(new double[5], 2));
  }

  @Test
  void dealtKeepsTopicsAndShufflesOnlyForASeed() {
    List<String> topics = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
    assertEquals(topics, Topics.dealt(topics, 0));
    List<String> shuffled = Topics.dealt(topics, 3);
    assertNotEquals(topics, shuffled);
    assertEquals(new java.util.TreeSet<>(topics), new java.util.TreeSet<>(shuffled));
    assertEquals(shuffled, Topics.dealt(topics, 3));
  }
}
