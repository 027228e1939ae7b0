package org.newsbrief.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.newsbrief.eval.time.TimePeer;
import org.newsbrief.model.TimeExpression;

/** SUTime over CoreNLP tokens, POS tags and lemmas, anchored at the document creation date. */
final class CoreNlpTime implements TimePeer {
  private final Pipelines.Lazy pipeline =
      new Pipelines.Lazy(
          () -> {
            StanfordCoreNLP p = Pipelines.of("tokenize,ssplit,pos,lemma");
            p.addAnnotator(new TimeAnnotator("sutime", new Properties()));
            return p;
          });

  @Override
  public String name() {
    return CoreNlpPeers.NAME;
  }

  @Override
  public void load() {
    pipeline.get();
  }

  @Override
  public List<TimeExpression> tag(String text, @Nullable LocalDate creation) {
    Annotation doc = new Annotation(text);
    if (creation != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, creation.toString());
    }
    pipeline.get().annotate(doc);
    List<TimeExpression> found = new ArrayList<>();
    List<CoreMap> timexes = doc.get(TimeAnnotations.TimexAnnotations.class);
    for (CoreMap m : timexes == null ? List.<CoreMap>of() : timexes) {
      Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
      Integer start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      Integer end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (timex == null || start == null || end == null) {
        continue;
      }
      String value = timex.value() != null ? timex.value() : timex.altVal();
      found.add(
          new TimeExpression(
              text.substring(start, end),
              start,
              end,
              timex.timexType() == null ? "" : timex.timexType(),
              value == null ? "" : value));
    }
    return found;
  }
}
