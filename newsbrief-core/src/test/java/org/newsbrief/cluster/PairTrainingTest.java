package org.newsbrief.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.Story;

class PairTrainingTest {
  /** Two fires and two quakes: each pair shares its topic words, not its town, names or year. */
  private static final String[][] STORIES = {
    {
      "fire-leeds",
      "Fire destroys Waitrose store in Leeds",
      "A fire destroyed the Waitrose supermarket in Leeds on Monday; Chief Officer Dale Reed said"
          + " 40 firefighters fought the blaze in 2012."
    },
    {
      "fire-wells",
      "Fire guts Waitrose store in Wells",
      "A fire gutted the Waitrose supermarket in Wells overnight; Station Manager Anna Holt said 25"
          + " firefighters fought the blaze in 2008."
    },
    {
      "quake-chile",
      "Earthquake shakes Iquique in Chile",
      "A magnitude 8.2 earthquake shook Iquique in northern Chile; President Michelle Bachelet"
          + " visited damaged homes in 2014."
    },
    {
      "quake-iran",
      "Earthquake hits Qeshm island in Iran",
      "A magnitude 6.0 earthquake hit Qeshm island in southern Iran; Governor Abdolreza"
          + " Sheikholeslami visited damaged homes in 2005."
    }
  };

  private static final String[] VOICES = {
    "Witnesses described the scene. ",
    "Officials gave an update. ",
    "Local media reported the news. ",
    "Residents were shocked. ",
    "Reporters gathered nearby. "
  };

  private static List<PairTraining.LabelledArticle> corpus() {
    List<PairTraining.LabelledArticle> out = new ArrayList<>();
    for (String[] s : STORIES) {
      for (int i = 0; i < VOICES.length; i++) {
        String id = s[0] + "-" + i;
        out.add(new PairTraining.LabelledArticle(id, s[1], null, VOICES[i] + s[2], s[0]));
      }
    }
    return out;
  }

  @Test
  void aModelFittedOnGoldStoriesKeepsSameTypeEventsApart() {
    List<PairTraining.LabelledArticle> articles = corpus();
    StoryOptions options = StoryOptions.defaults().withLearned(false);

    PairModel model = PairTraining.fit(articles, options, 3, PairModel.DEFAULT_CUTOFF, true);

    assertThat(model.merges()).isTrue();
    StoryClusterer clusterer = new StoryClusterer(options, null, model);
    articles.forEach(a -> clusterer.add(a.id(), a.title(), a.published(), a.text()));
    List<Story> stories = clusterer.finish();
    assertThat(stories).hasSize(4);
    assertThat(stories)
        .allSatisfy(
            s ->
                assertThat(s.articles())
                    .allMatch(a -> a.startsWith(s.articles().get(0).substring(0, 8))));
  }

  @Test
  void examplesAreLabelledByTheGoldStoryOfTheCandidate() {
    List<double[]> x = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();

    PairTraining.examples(corpus(), StoryOptions.defaults(), x, y);

    assertThat(x).hasSameSizeAs(y).isNotEmpty();
    assertThat(y).contains(true, false);
    assertThat(x).allSatisfy(f -> assertThat(f).hasSize(PairFeatures.NAMES.length));
  }
}
