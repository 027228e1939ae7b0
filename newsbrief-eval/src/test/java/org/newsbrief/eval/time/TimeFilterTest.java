package org.newsbrief.eval.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsbrief.analyze.time.TenseModel;
import org.newsbrief.analyze.time.TimeTagger;
import org.newsbrief.model.TimeExpression;

class TimeFilterTest {
  private static final LocalDate ANCHOR = LocalDate.of(2014, 12, 4);
  private static final String TEXT = "Talks resume now, and they met on Tuesday.";

  @Test
  void dropsWhatItsWeightsDoubtAndKeepsTheRest() {
    List<TimeExpression> tagged = new TimeTagger(TenseModel.shipped()).tag(TEXT, ANCHOR);
    assertThat(tagged).extracting(TimeExpression::text).containsExactly("now", "Tuesday");

    TimeFilter doubtsNow = TimeFilter.of(Map.of("bias", 2.0, "w=now", -5.0));
    assertThat(doubtsNow.keep(TEXT, tagged, ANCHOR))
        .extracting(TimeExpression::text)
        .containsExactly("Tuesday");
    assertThat(TimeFilter.none().keep(TEXT, tagged, ANCHOR)).isEqualTo(tagged);
  }

  @Test
  void featuresNameTheWordsAroundAndTheValueShape() {
    TimeExpression tuesday = new TimeTagger(TenseModel.shipped()).tag(TEXT, ANCHOR).get(1);
    assertThat(TimeFilter.features(TEXT, tuesday, ANCHOR))
        .containsKeys(
            "bias", "w=tuesday", "prev=on", "next=.", "shape=9999-99-99", "capital", "years=0");
  }

  @Test
  void weightsSurviveWritingAndReading() throws Exception {
    TimeFilter filter = TimeFilter.of(Map.of("bias", 0.5, "w=now", -1.25));
    StringWriter out = new StringWriter();
    filter.write(out);
    TimeFilter read = TimeFilter.read(new BufferedReader(new StringReader(out.toString())));
    TimeExpression now = new TimeTagger(TenseModel.shipped()).tag(TEXT, ANCHOR).get(0);
    assertThat(read.right(TEXT, now, ANCHOR)).isEqualTo(filter.right(TEXT, now, ANCHOR));
    assertThat(read.right(TEXT, now, ANCHOR)).isLessThan(0.5);
  }
}
