package org.newsbrief.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.analyze.entity.NerSpan;

class ConllCorpusTest {
  private static final List<String> FILE =
      List.of(
          "-DOCSTART- -X- O O",
          "",
          "Ann NNP I-NP I-PER",
          "Lee NNP I-NP I-PER",
          "visited VBD I-VP O",
          "Oslo NNP I-NP I-LOC",
          ". . O O",
          "",
          "-DOCSTART- -X- -X- O",
          "",
          "Acme NNP I-NP I-ORG",
          "Bank NNP I-NP I-ORG",
          "Bolt NNP I-NP B-ORG",
          "",
          "");

  @Test
  void splitsDocumentsAtDocstartWhateverFollowsIt() throws IOException {
    ConllCorpus corpus = ConllCorpus.parse(FILE, "mini");
    assertThat(corpus.documents()).hasSize(2);
    assertThat(corpus.documents().get(0).sentences().get(0).words())
        .containsExactly("Ann", "Lee", "visited", "Oslo", ".");
  }

  @Test
  void readsChunksByConllevalRules() throws IOException {
    ConllCorpus corpus = ConllCorpus.parse(FILE, "mini");
    assertThat(corpus.documents().get(0).sentences().get(0).names())
        .containsExactly(new NerSpan(0, 2, "PER"), new NerSpan(3, 4, "LOC"));
    assertThat(corpus.documents().get(1).sentences().get(0).names())
        .containsExactly(new NerSpan(0, 2, "ORG"), new NerSpan(2, 3, "ORG"));
  }

  @Test
  void anITagAfterAnotherTypeStartsAChunk() {
    assertThat(ConllCorpus.chunks(List.of("I-PER", "I-LOC", "I-LOC", "O", "I-MISC")))
        .containsExactly(
            new NerSpan(0, 1, "PER"), new NerSpan(1, 3, "LOC"), new NerSpan(4, 5, "MISC"));
    assertThat(ConllCorpus.chunks(List.of("B-PER", "I-PER", "B-PER")))
        .containsExactly(new NerSpan(0, 2, "PER"), new NerSpan(2, 3, "PER"));
  }

  @Test
  void aLineWithoutATagIsAnError() {
    assertThatThrownBy(() -> ConllCorpus.parse(List.of("lonely"), "bad"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("bad:1");
  }

  @Test
  void lowerCasingKeepsTheNames() throws IOException {
    ConllCorpus.Document d = ConllCorpus.parse(FILE, "mini").documents().get(0).lowerCased();
    assertThat(d.sentences().get(0).words()).startsWith("ann", "lee");
    assertThat(d.sentences().get(0).names()).hasSize(2);
  }
}
