package org.newsbrief.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.newsbrief.analyze.entity.NerGazetteer;

class NameListsTest {
  private static final List<String> LINES =
      List.of(
          "-DOCSTART- -X- O O",
          "",
          "New X X B-LOC",
          "York X X I-LOC",
          "rose X X O",
          "",
          "-DOCSTART- -X- O O",
          "",
          "Kim X X B-PER",
          "Moss X X I-PER",
          "of X X O",
          "York X X B-ORG",
          "",
          "-DOCSTART- -X- O O",
          "",
          "York X X B-LOC",
          "fell X X O",
          "");

  private static long key(String... words) {
    return NerGazetteer.key(words, 0, words.length);
  }

  @Test
  void namesAreListedLowerCasedWithEveryTypeTheyWereGiven() throws IOException {
    List<ConllCorpus.Document> docs = ConllCorpus.parse(LINES, "toy").documents();
    NerGazetteer all = NerGazetteer.of(NameLists.of(docs));
    assertThat(all.types(key("new", "york"))).isEqualTo(0b0100);
    assertThat(all.types(key("york"))).isEqualTo(0b0110);
    assertThat(all.types(key("kim", "moss"))).isEqualTo(0b0001);
    assertThat(all.types(key("rose"))).isZero();
  }

  @Test
  void eachFoldListsOnlyTheNamesOfTheOtherFolds() throws IOException {
    List<ConllCorpus.Document> docs = ConllCorpus.parse(LINES, "toy").documents();
    List<NerGazetteer> folds = NameLists.jackknife(docs, 3);
    assertThat(folds.get(0).types(key("new", "york"))).isZero();
    assertThat(folds.get(1).types(key("new", "york"))).isEqualTo(0b0100);
    assertThat(folds.get(1).types(key("kim", "moss"))).isZero();
    assertThat(folds.get(2).types(key("york"))).isEqualTo(0b0010);
  }

  @Test
  void externalNamesGetTheirOwnTypeBitsBesideTheLearnedOnes() throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(raw)) {
      gz.write(
          "LOC\tNew  York\nMISC\tBasque\nPER\tKim\nXYZ\tNowhere\n"
              .getBytes(StandardCharsets.UTF_8));
    }
    Map<Long, Integer> external = NameLists.external(new ByteArrayInputStream(raw.toByteArray()));
    assertThat(external)
        .containsOnly(
            Map.entry(key("new", "york"), 1 << 6),
            Map.entry(key("basque"), 1 << 7),
            Map.entry(key("kim"), 1 << 4));
    List<ConllCorpus.Document> docs = ConllCorpus.parse(LINES, "toy").documents();
    NerGazetteer all = NerGazetteer.of(NameLists.merge(NameLists.of(docs), external));
    assertThat(all.types(key("new", "york"))).isEqualTo(0b0100_0100);
    assertThat(all.types(key("basque"))).isEqualTo(0b1000_0000);
  }
}
