package org.newsbrief.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EvalOptionsTest {
  @Test
  void limitIsAllWhenAbsentAndAtLeastOne() {
    assertThat(EvalOptions.limit(Map.of())).isEqualTo(Integer.MAX_VALUE);
    assertThat(EvalOptions.limit(Map.of("limit", "20"))).isEqualTo(20);
    assertThatThrownBy(() -> EvalOptions.limit(Map.of("limit", "-3")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit must be at least 1");
    assertThatThrownBy(() -> EvalOptions.limit(Map.of("limit", "many")))
        .isInstanceOf(NumberFormatException.class)
        .hasMessageContaining("limit must be a whole number");
  }

  @Test
  void atLeastNamesTheOptionAndItsFloor() {
    assertThat(EvalOptions.atLeast(Map.of(), "folds", 2, 0)).isZero();
    assertThat(EvalOptions.atLeast(Map.of("folds", "5"), "folds", 2, 0)).isEqualTo(5);
    assertThatThrownBy(() -> EvalOptions.atLeast(Map.of("folds", "1"), "folds", 2, 0))
        .hasMessage("folds must be at least 2, not 1");
  }
}
