package org.newsbrief.corenlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** CoreNLP pipelines as the peers configure them: English, one thread, no output files. */
final class Pipelines {
  private Pipelines() {}

  /** A pipeline of {@code annotators} with {@code extra} properties as key, value pairs. */
  static StanfordCoreNLP of(String annotators, String... extra) {
    Properties props = new Properties();
    props.setProperty("annotators", annotators);
    props.setProperty("threads", "1");
    for (int i = 0; i + 1 < extra.length; i += 2) {
      props.setProperty(extra[i], extra[i + 1]);
    }
    return new StanfordCoreNLP(props);
  }

  /** A pipeline made by {@code make} on first use (loading CoreNLP's models takes seconds). */
  static final class Lazy {
    private final Supplier<StanfordCoreNLP> make;
    private @Nullable StanfordCoreNLP pipeline;

    Lazy(Supplier<StanfordCoreNLP> make) {
      this.make = make;
    }

    /** The pipeline, made now if it was not yet. */
    synchronized StanfordCoreNLP get() {
      StanfordCoreNLP p = pipeline;
      if (p == null) {
        p = make.get();
        pipeline = p;
      }
      return p;
    }
  }
}
