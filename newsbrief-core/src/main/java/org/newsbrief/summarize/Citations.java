package org.newsbrief.summarize;

import java.util.ArrayList;
import java.util.List;
import org.newsbrief.analyze.TextKey;
import org.newsbrief.model.AnalyzedArticle;

/** Finds every article whose text states a given sentence, after normalising quotes and spaces. */
final class Citations {
  private final List<String> ids = new ArrayList<>();
  private final List<String> texts = new ArrayList<>();

  Citations(List<AnalyzedArticle> articles) {
    for (AnalyzedArticle a : articles) {
      ids.add(a.article().id());
      texts.add(TextKey.of(String.join(" ", a.article().paragraphs())));
    }
  }

  /** Ids of the articles containing {@code sentence}, in article order. */
  List<String> sourcesOf(String sentence) {
    String key = TextKey.of(sentence);
    List<String> sources = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      if (texts.get(i).contains(key)) {
        sources.add(ids.get(i));
      }
    }
    return sources;
  }
}
