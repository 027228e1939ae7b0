package org.newsbrief.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StanceClassifierTest {
  private static final String[][] EVENTS = {
    {"A bridge collapsed in Lyon", "bridge", "collapsed", "Lyon"},
    {"A tiger escaped from the zoo in Berlin", "tiger", "escaped", "Berlin"},
    {"The mayor of Oslo resigned", "mayor", "resigned", "Oslo"},
    {"A volcano erupted near Naples", "volcano", "erupted", "Naples"},
    {"The senator was arrested in Denver", "senator", "arrested", "Denver"},
    {"A ferry sank off the coast of Crete", "ferry", "sank", "Crete"},
    {"The singer cancelled her tour in Madrid", "singer", "cancelled", "Madrid"},
    {"A shark attacked swimmers in Perth", "shark", "attacked", "Perth"},
    {"The factory closed in Detroit", "factory", "closed", "Detroit"},
    {"A meteor exploded over Chelyabinsk", "meteor", "exploded", "Chelyabinsk"},
    {"The president visited troops in Kabul", "president", "visited", "Kabul"},
    {"A virus outbreak hit schools in Lagos", "virus", "outbreak", "Lagos"},
  };

  private static List<StanceExample> examples(int from, int to) {
    List<StanceExample> examples = new ArrayList<>();
    for (int i = from; i < to; i++) {
      String[] e = EVENTS[i];
      String claim = e[0];
      String fact = "the " + e[1] + " " + e[2] + " in " + e[3];
      examples.add(
          new StanceExample(
              claim,
              "Officials confirmed that " + fact + ". Photos show the scene.",
              Stance.AGREE));
      examples.add(
          new StanceExample(
              claim,
              "Reports that " + fact + " are false. Officials denied it and called it a hoax.",
              Stance.DISAGREE));
      examples.add(
          new StanceExample(
              claim,
              "It is unclear whether " + fact + ", reportedly, according to unverified claims.",
              Stance.DISCUSS));
      String[] other = EVENTS[(i + 5) % EVENTS.length];
      examples.add(
          new StanceExample(
              claim,
              "Officials said the " + other[1] + " " + other[2] + " in " + other[3] + ".",
              Stance.UNRELATED));
    }
    return examples;
  }

  private static final BoostingSettings TOY =
      new BoostingSettings(30, 3, 0.3, 2, 1.0, 1.0, 1, List.of(1.0, 1.0, 1.0, 1.0));

  @Test
  void learnsToyStancesAndPredictsUnseenEvents() {
    StanceClassifier model = StanceClassifier.train(examples(0, 9), FeatureSet.FULL, TOY);

    int right = 0;
    List<StanceExample> unseen = examples(9, 12);
    for (StanceExample e : unseen) {
      right += model.predict(e.claim(), e.body()) == e.stance() ? 1 : 0;
    }
    assertThat(right).isGreaterThanOrEqualTo(unseen.size() - 2);
  }

  @Test
  void trainingIsDeterministicAndTheTextFormRoundTrips() throws Exception {
    StanceClassifier one = StanceClassifier.train(examples(0, 6), FeatureSet.FULL, TOY);
    StanceClassifier two = StanceClassifier.train(examples(0, 6), FeatureSet.FULL, TOY);
    StanceClassifier back = StanceClassifier.read(new StringReader(one.toText()));

    assertThat(two.toText()).isEqualTo(one.toText());
    assertThat(back.toText()).isEqualTo(one.toText());
    assertThat(back.featureSet()).isEqualTo(FeatureSet.FULL);
    for (StanceExample e : examples(6, 12)) {
      assertThat(back.predict(e.claim(), e.body())).isEqualTo(one.predict(e.claim(), e.body()));
    }
  }

  @Test
  void shippedModelTellsRelatedFromUnrelated() {
    StanceClassifier shipped = StanceClassifier.shipped();
    String body =
        "A small meteorite crashed into a wooded area in Nicaragua's capital of Managua overnight,"
            + " the government said Sunday. Residents reported hearing a mysterious boom that left"
            + " a 16-foot deep crater near the city's airport.";

    assertThat(shipped.predict("Meteorite crashes near Managua airport", body).related()).isTrue();
    assertThat(shipped.predict("Apple to launch streaming TV service in April", body))
        .isEqualTo(Stance.UNRELATED);
  }
}
