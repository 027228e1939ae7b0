package org.newsbrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A sentence of hundreds of thousands of characters without a full stop (a page that is one long
 * paragraph) is linked in linear time: the name before "(ACRONYM)" is searched for at most 100
 * characters back, not to the start of the sentence from every capital letter.
 */
class LongSentenceTest {
  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aHugeSentenceIsLinkedQuickly() {
    String sentence =
        "Monday council Harbour plan approved ".repeat(10_000)
            + "the Lakeport Water and Sewerage Department (LWSD) said";
    Aliases aliases = new Aliases();

    AliasRules.link(sentence, List.of(), aliases, new HashMap<>());

    assertThat(aliases.known("LWSD")).isTrue();
  }
}
