package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.analyze.Analyzer;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Article;
import org.newsbrief.model.SummarySentence;
import org.newsbrief.model.Syndication;

class CorroborationTest {
  private static final String CLAIM =
      "The State Department confirmed that Washington discussed the Islamic State with Tehran"
          + " on the sidelines of the Vienna nuclear talks.";

  private static AnalyzedArticle article(String id, String outlet, String text) {
    return new Analyzer().analyze(new Article(id, id, id, outlet, null, List.of(text)));
  }

  @Test
  void countsParaphrasingArticlesByIndependentOutlet() {
    List<AnalyzedArticle> articles =
        List.of(
            article("a", "Reuters", CLAIM),
            article(
                "b",
                "CNN",
                "Washington has discussed the Islamic State with Tehran on the sidelines of nuclear"
                    + " talks in Vienna, the State Department said."),
            article(
                "c",
                "CNN",
                "Tehran and Washington discussed the Islamic State at the Vienna nuclear talks."),
            article("d", "AP", "Oil prices fell sharply in Asian trading on Monday morning."));
    ConceptWeights weights = ConceptWeights.of(articles);

    SummarySentence s =
        Corroboration.of(
                List.of(new SummarySentence(CLAIM, List.of("a"))), articles, List.of(), weights)
            .get(0);

    assertThat(s.sources()).containsExactly("a");
    assertThat(s.support()).containsExactly("a", "b", "c");
    assertThat(s.outlets()).isEqualTo(2);
  }

  @Test
  void aClaimNobodyElseMakesIsSingleSource() {
    List<AnalyzedArticle> articles =
        List.of(
            article("a", null, CLAIM),
            article("d", null, "Oil prices fell sharply in Asian trading on Monday morning."));

    SummarySentence s =
        Corroboration.of(
                List.of(new SummarySentence(CLAIM, List.of("a"))),
                articles,
                List.of(),
                ConceptWeights.of(articles))
            .get(0);

    assertThat(s.support()).containsExactly("a");
    assertThat(s.outlets()).isEqualTo(1);
  }

  @Test
  void copiesOfOneSyndicatedTextCountAsOneSourceWhicheverOutletsRanThem() {
    List<AnalyzedArticle> articles =
        List.of(
            article("ap1", "Yahoo News", CLAIM),
            article("ap2", "CNN", CLAIM),
            article("ap3", "Huffington Post", CLAIM),
            article(
                "cnn",
                "CNN",
                "Washington has discussed the Islamic State with Tehran on the sidelines of nuclear"
                    + " talks in Vienna, the State Department said."),
            article("d", "BBC", "Oil prices fell sharply in Asian trading on Monday morning."));
    List<Syndication> wire =
        List.of(
            new Syndication(
                "ap1",
                List.of("ap1", "ap2", "ap3"),
                List.of("Yahoo News", "CNN", "Huffington Post")));

    SummarySentence s =
        Corroboration.of(
                List.of(new SummarySentence(CLAIM, List.of("ap1", "ap2", "ap3"))),
                articles,
                wire,
                ConceptWeights.of(articles))
            .get(0);

    assertThat(s.support()).containsExactly("ap1", "ap2", "ap3", "cnn");
    assertThat(s.outlets()).isEqualTo(2);
  }

  @Test
  void anArticleSayingItInOtherWordsSupportsBySenseOnlyWhenVectorsSaySo() {
    String claim = "A huge blaze gutted the Waitrose store in Banstead on Friday.";
    List<AnalyzedArticle> articles =
        List.of(
            article("a", "BBC", claim),
            article("b", "ITV", "Fire destroyed the Waitrose supermarket in Banstead."),
            article("c", "AP", "Oil prices fell sharply in Asian trading on Monday."));
    SupportRule bySense = new SupportRule(0.35, 0.9, 0.05, fireVectors());
    List<SummarySentence> summary = List.of(new SummarySentence(claim, List.of("a")));

    SummarySentence words =
        Corroboration.of(
                summary,
                articles,
                List.of(),
                ConceptWeights.of(articles),
                SupportRule.wordsOnly(0.35))
            .get(0);
    SummarySentence sense =
        Corroboration.of(summary, articles, List.of(), ConceptWeights.of(articles), bySense).get(0);

    assertThat(words.support()).containsExactly("a");
    assertThat(sense.support()).containsExactly("a", "b");
    assertThat(sense.outlets()).isEqualTo(2);
  }

  @Test
  void aDirectQuotationIsSupportedOnlyByArticlesThatCarryItsWords() {
    String quoted =
        "\u201cA huge blaze gutted the Waitrose store,\u201d the manager said on Friday.";
    List<AnalyzedArticle> articles =
        List.of(
            article("a", "BBC", quoted),
            article("b", "ITV", "Fire destroyed the Waitrose supermarket in Banstead."));
    SupportRule bySense = new SupportRule(0.35, 0.5, 0.05, fireVectors());
    String unquoted = "A huge blaze gutted the Waitrose store, the manager said on Friday.";

    SummarySentence quote =
        Corroboration.of(
                List.of(new SummarySentence(quoted, List.of("a"))),
                articles,
                List.of(),
                ConceptWeights.of(articles),
                bySense)
            .get(0);
    SummarySentence report =
        Corroboration.of(
                List.of(new SummarySentence(unquoted, List.of("a"))),
                articles,
                List.of(),
                ConceptWeights.of(articles),
                bySense)
            .get(0);

    assertThat(Corroboration.quotes(quoted)).isTrue();
    assertThat(Corroboration.quotes("He called it \u201cfake news\u201d again.")).isFalse();
    assertThat(quote.support()).containsExactly("a");
    assertThat(report.support()).containsExactly("a", "b");
  }

  /**
   * Three-dimensional vectors in which "blaze" means "fire", "gutted" "destroyed", "store"
   * "supermarket".
   */
  private static WordVectors fireVectors() {
    return new WordVectors(
        java.util.Map.of(
            "blaze", new float[] {1, 0, 0},
            "fire", new float[] {1, 0, 0},
            "gutted", new float[] {0, 1, 0},
            "destroyed", new float[] {0, 1, 0},
            "store", new float[] {0, 0, 1},
            "supermarket", new float[] {0, 0, 1}),
        3);
  }
}
