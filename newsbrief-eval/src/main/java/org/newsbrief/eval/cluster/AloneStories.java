package org.newsbrief.eval.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsbrief.BriefingOptions;
import org.newsbrief.NewsBriefings;
import org.newsbrief.clean.NewsCleaner;
import org.newsbrief.cluster.StoryOptions;
import org.newsbrief.model.Article;
import org.newsbrief.model.RawDocument;
import org.newsbrief.model.SourceFormat;
import org.newsbrief.model.Story;

/**
 * "The articles of one story, briefed together, stay one briefing": each gold story's documents are
 * cleaned and clustered alone, through the same {@link NewsBriefings#cluster} path as {@code
 * newsbrief brief}, and the briefings counted ({@code stories_alone*}, {@code alone_*}); as the
 * check against merging everything, each topic's two stories (ECB+ pairs one topic's two events of
 * one kind) are clustered together and scored ({@code *pair*}). Topics set aside for blind reading
 * ({@code topic % 5 == 0}) are left out unless {@code --set alone=all}. A story that comes out in
 * several briefings is named with their count ({@code clusters_alone_<story>}).
 */
final class AloneStories {
  private AloneStories() {}

  static Map<String, Double> run(List<LabelledDoc> docs, StoryOptions options, boolean all) {
    NewsBriefings briefings = NewsBriefings.create(BriefingOptions.defaults().withStories(options));
    NewsCleaner cleaner = new NewsCleaner();
    Map<String, List<Article>> byStory = new TreeMap<>();
    Map<String, String> gold = new HashMap<>();
    for (LabelledDoc d : docs) {
      int topic = Integer.parseInt(d.story().substring(0, d.story().indexOf('_')));
      if (!all && topic % 5 == 0) {
        continue;
      }
      try {
        Article a = cleaner.clean(RawDocument.of(d.id(), SourceFormat.TEXT, d.text()));
        byStory.computeIfAbsent(d.story(), k -> new ArrayList<>()).add(a);
        gold.put(a.id(), d.story());
      } catch (IllegalArgumentException e) {
        // an empty document has nothing to brief
      }
    }
    Map<String, Double> out = new TreeMap<>();
    int one = 0;
    int pieces = 0;
    double largest = 0;
    for (Map.Entry<String, List<Article>> e : byStory.entrySet()) {
      List<Article> story = e.getValue();
      List<Story> found = briefings.cluster(story);
      if (found.size() > 1) {
        out.put("clusters_alone_" + e.getKey(), (double) found.size());
      }
      pieces += found.size();
      one += found.size() == 1 ? 1 : 0;
      largest +=
          found.stream().mapToInt(s -> s.articles().size()).max().orElse(0) / (double) story.size();
    }
    int n = byStory.size();
    out.put("stories_alone", (double) n);
    out.put("stories_alone_in_one", (double) one);
    out.put("stories_alone_briefings", (double) pieces);
    out.put("alone_largest_share", largest / n);
    out.put("alone_one_share", one / (double) n);
    Map<String, List<Article>> byTopic = new TreeMap<>();
    byStory.forEach(
        (s, a) ->
            byTopic
                .computeIfAbsent(s.substring(0, s.indexOf('_')), k -> new ArrayList<>())
                .addAll(a));
    double f1 = 0;
    double clusters = 0;
    int exact = 0;
    for (List<Article> topic : byTopic.values()) {
      List<Story> found = briefings.cluster(topic);
      Map<String, Integer> predicted = new HashMap<>();
      for (int i = 0; i < found.size(); i++) {
        for (String id : found.get(i).articles()) {
          predicted.put(id, i);
        }
      }
      f1 += Partitions.score(predicted, gold).getOrDefault("bcubed_f1", 0.0);
      clusters += found.size();
      exact += found.size() == 2 ? 1 : 0;
    }
    out.put("stories_pair_topics", (double) byTopic.size());
    out.put("pair_bcubed_f1", f1 / byTopic.size());
    out.put("clusters_pair_mean", clusters / byTopic.size());
    out.put("stories_pair_topics_in_two", (double) exact);
    return out;
  }
}
