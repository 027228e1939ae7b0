package org.newsbrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NerGazetteerTest {
  private static final String[] NEW_YORK = {"new", "york"};

  @Test
  void aListedNameIsFoundByItsWordsAndKeepsAllItsTypes() throws IOException {
    long key = NerGazetteer.key(NEW_YORK, 0, 2);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    NerGazetteer.write(Map.of(key, 0b0110), bytes);
    NerGazetteer names = NerGazetteer.read(new ByteArrayInputStream(bytes.toByteArray()));
    assertThat(names.types(key)).isEqualTo(0b0110);
    assertThat(names.types(NerGazetteer.key(NEW_YORK, 0, 1))).isZero();
    assertThat(NerGazetteer.extend(NerGazetteer.extend(NerGazetteer.START, "new"), "york"))
        .isEqualTo(key);
  }

  @Test
  void documentMarksTheBeginInsideLastAndUnitOfEveryListedName() {
    int loc = NerTags.TYPES.indexOf("LOC");
    int org = NerTags.TYPES.indexOf("ORG");
    String[] words = {"in", "new", "big", "york", "now"};
    NerGazetteer names =
        NerGazetteer.of(
            Map.of(
                NerGazetteer.key(words, 1, 4), 1 << loc, NerGazetteer.key(words, 3, 4), 1 << org));
    NerDocument d =
        new NerDocument(
            List.of(List.of("In", "New", "Big", "York", "now")), WordClusters.empty(), names);
    assertThat(d.listed[0][0]).isZero();
    assertThat(d.listed[0][1]).isEqualTo(1 << (4 * loc));
    assertThat(d.listed[0][2]).isEqualTo(1 << (4 * loc + 1));
    assertThat(d.listed[0][3]).isEqualTo(1 << (4 * loc + 2) | 1 << (4 * org + 3));
    assertThat(d.listed[0][4]).isZero();
  }

  @Test
  void externalTypesUseTheUpperBitsUpToTheLast() {
    String[] words = {"basque", "country"};
    NerGazetteer names =
        NerGazetteer.of(
            Map.of(NerGazetteer.key(words, 0, 1), 1 << 7, NerGazetteer.key(words, 0, 2), 1 << 6));
    assertThat(names.types(NerGazetteer.key(words, 0, 1))).isEqualTo(0b1000_0000);
    NerDocument d =
        new NerDocument(List.of(List.of("Basque", "Country")), WordClusters.empty(), names);
    assertThat(d.listed[0][0]).isEqualTo(1 << 31 | 1 << 24);
    assertThat(d.listed[0][1]).isEqualTo(1 << 26);
  }

  @Test
  void somethingElseIsNotReadAsAList() {
    assertThatThrownBy(() -> NerGazetteer.read(new ByteArrayInputStream(new byte[] {1, 2})))
        .isInstanceOf(IOException.class);
  }
}
