package org.newsbrief.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbrief.NewsBriefings;
import org.newsbrief.model.Article;
import org.newsbrief.model.RawDocument;
import org.newsbrief.model.Story;

class RegroupTest {
  @TempDir Path dir;

  private static RawDocument talks2() {
    return Fixtures.doc(
        "talks2.txt",
        "Kerry and Zarif extend Vienna nuclear talks",
        "BBC",
        LocalDate.of(2014, 11, 24),
        "Kerry and Iranian Foreign Minister Mohammad Javad Zarif agreed in Vienna on Monday to"
            + " extend the nuclear talks by seven months.\n\n"
            + "\"We are closer than we have ever been,\" Kerry said after meeting Zarif.\n\n"
            + "The negotiators will meet again in December.");
  }

  private static Set<Set<String>> groups(List<StorySummary> stories) {
    Set<Set<String>> out = new HashSet<>();
    stories.forEach(s -> out.add(Set.copyOf(s.articles())));
    return out;
  }

  @Test
  void afterARegroupTheStoreHoldsTheStoriesBriefWouldFindAndKeepsIds() throws IOException {
    List<RawDocument> docs =
        List.of(Fixtures.talks(), Fixtures.strikes(), Fixtures.harvest(), talks2());
    try (ArticleStore store = ArticleStore.open(dir)) {
      String first = store.add(List.of(docs.get(0))).added().get(0);
      String talksStory = store.get(first).orElseThrow().story();
      for (RawDocument d : docs.subList(1, docs.size())) {
        store.add(List.of(d));
      }
      store.regroup();

      List<Article> articles = new ArrayList<>();
      for (StorySummary s : store.stories()) {
        for (String id : s.articles()) {
          articles.add(store.get(id).orElseThrow().article());
        }
      }
      Set<Set<String>> brief = new HashSet<>();
      for (Story s : NewsBriefings.create().cluster(articles)) {
        brief.add(Set.copyOf(s.articles()));
      }
      assertThat(groups(store.stories())).isEqualTo(brief);
      assertThat(store.get(first).orElseThrow().story()).isEqualTo(talksStory);
      assertThat(store.regroup()).as("a second regroup changes nothing").isZero();
    }
  }

  @Test
  void articlesRememberWhenTheyWereStored() throws IOException {
    Instant t0 = Instant.parse("2024-05-01T10:00:00Z");
    try (ArticleStore store = ArticleStore.open(dir, Clock.fixed(t0, ZoneOffset.UTC))) {
      store.add(List.of(Fixtures.talks()));
    }
    try (ArticleStore store =
        ArticleStore.open(dir, Clock.fixed(t0.plusSeconds(3600), ZoneOffset.UTC))) {
      String later = store.add(List.of(talks2())).added().get(0);
      store.regroup();
      String story = store.get(later).orElseThrow().story();

      assertThat(store.addedSince(story, t0.plusSeconds(60))).containsExactly(later);
      assertThat(store.addedSince(story, t0.minusSeconds(60))).hasSize(2);
    }
  }
}
