package org.newsbrief.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
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
}
