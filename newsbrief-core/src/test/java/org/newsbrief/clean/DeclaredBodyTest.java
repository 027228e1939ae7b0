package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeclaredBodyTest {
  private static final String LONG =
      ("A sentence of the declared article body. ".repeat(10) + "\n").repeat(3);

  @Test
  void takesTheDeclaredBodyOnlyWhenTheReadTextIsUnderHalfOfIt() {
    List<String> shortRead = List.of("Teaser only.", "");
    assertThat(DeclaredBody.orLines(LONG, shortRead)).hasSize(6);
    List<String> fullRead = List.of(LONG.replace("\n", " "), "");
    assertThat(DeclaredBody.orLines(LONG, fullRead)).isSameAs(fullRead);
    assertThat(DeclaredBody.orLines("too short", shortRead)).isSameAs(shortRead);
    assertThat(DeclaredBody.orLines(null, shortRead)).isSameAs(shortRead);
  }
}
