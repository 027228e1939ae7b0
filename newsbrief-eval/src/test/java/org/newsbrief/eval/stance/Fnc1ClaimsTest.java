package org.newsbrief.eval.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Fnc1ClaimsTest {
  @TempDir Path folder;

  @Test
  void bodiesRelatedToOneHeadlineFormAStoryAndHeldOutBodiesStayOut() throws IOException {
    Set<Integer> all = new TreeSet<>(IntStream.rangeClosed(1, 50).boxed().toList());
    Set<Integer> dev = Fnc1Data.heldOut(all);
    List<Integer> kept = all.stream().filter(id -> !dev.contains(id)).toList();
    int a = kept.get(0);
    int b = kept.get(1);
    int c = kept.get(2);
    int d = kept.get(3);
    int e = kept.get(4);
    int f = kept.get(5);
    int g = kept.get(6);
    int held = dev.iterator().next();
    StringBuilder bodies = new StringBuilder("Body ID,articleBody\n");
    all.forEach(id -> bodies.append(id).append(",\"Body number ").append(id).append(".\"\n"));
    List<String> stances = new ArrayList<>(List.of("Headline,Body ID,Stance"));
    stances.add(row("One", a, "agree"));
    stances.add(row("One", b, "disagree"));
    stances.add(row("One", c, "discuss"));
    stances.add(row("Two", c, "agree"));
    stances.add(row("Two", d, "disagree"));
    stances.add(row("Three", a, "unrelated"));
    stances.add(row("Three", e, "unrelated"));
    stances.add(row("Four", f, "agree"));
    stances.add(row("Four", g, "agree"));
    stances.add(row("Five", held, "agree"));
    stances.add(row("Five", e, "agree"));
    Files.writeString(folder.resolve("train_bodies.csv"), bodies);
    Files.writeString(folder.resolve("train_stances.csv"), String.join("\n", stances) + "\n");

    List<Fnc1Claims.Claim> claims = Fnc1Claims.read(folder);

    assertThat(Fnc1Claims.holds(folder)).isTrue();
    assertThat(claims)
        .extracting(Fnc1Claims.Claim::bodyIds)
        .containsExactly(List.of(a, b, c, d), List.of(f, g));
    assertThat(claims.get(0).id()).isEqualTo("fnc-" + a);
    assertThat(claims.get(1).texts())
        .containsExactly("Body number " + f + ".", "Body number " + g + ".");
  }

  @Test
  void aFolderWithoutTheTrainingFilesHoldsNoClaims() {
    assertThat(Fnc1Claims.holds(folder)).isFalse();
  }

  @Test
  void aBadBodyIdOrStanceIsRefusedNamingTheFile() throws IOException {
    Files.writeString(folder.resolve("train_bodies.csv"), "Body ID,articleBody\nx1,\"A body.\"\n");
    Files.writeString(folder.resolve("train_stances.csv"), "Headline,Body ID,Stance\n");

    assertThatThrownBy(() -> Fnc1Claims.read(folder))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("train_bodies.csv")
        .hasMessageContaining("x1");

    Files.writeString(folder.resolve("train_bodies.csv"), "Body ID,articleBody\n1,\"A body.\"\n");
    Files.writeString(folder.resolve("train_stances.csv"), "Headline,Body ID,Stance\nH,1,maybe\n");

    assertThatThrownBy(() -> Fnc1Claims.read(folder))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("train_stances.csv")
        .hasMessageContaining("maybe");
  }

  private static String row(String headline, int body, String stance) {
    return headline + "," + body + "," + stance;
  }
}
