package org.newsbrief.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ChosenVariantsTest {
  private static Map<String, Integer> three() {
    return new TreeMap<>(Map.of("", 0, "_a", 1, "_b", 2));
  }

  @Test
  void keepsOnlyTheNamedVariants() {
    Map<String, Integer> variants = three();
    ChosenVariants.retain(variants, Set.of("", "_b"));
    assertThat(variants).containsOnlyKeys("", "_b");
  }

  @Test
  void keepsAllWhenNoneIsNamed() {
    Map<String, Integer> variants = three();
    ChosenVariants.retain(variants, Set.of());
    assertThat(variants).hasSize(3);
  }

  @Test
  void anUnknownNameIsAnErrorNamingIt() {
    Map<String, Integer> variants = three();
    assertThatThrownBy(() -> ChosenVariants.retain(variants, Set.of("_nonsense")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("_nonsense")
        .hasMessageContaining("_a");
    assertThat(variants).hasSize(3);
  }
}
