package org.newsbrief;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DefaultModelsTest {
  @Test
  void loadsTheShippedModelsOnceForEveryFacade() {
    NewsBriefings.preload();
    Preload<?> first = DefaultModels.summarizer();
    NewsBriefings.create();

    assertThat(DefaultModels.summarizer()).isSameAs(first);
    assertThat(first.get()).isNotNull();
  }
}
