package org.newsbrief.corenlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsbrief.analyze.quote.QuoteSpan;
import org.newsbrief.eval.quotes.QuotePeer;

/**
 * CoreNLP's quote annotator with quote attribution (which needs NER, dependency parses and
 * statistical coreference); the speaker is the mention CoreNLP attributes the quote to.
 */
final class CoreNlpQuotes implements QuotePeer {
  private final Pipelines.Lazy pipeline =
      new Pipelines.Lazy(
          () ->
              Pipelines.of(
                  "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote",
                  "coref.algorithm",
                  "statistical",
                  "quote.attributeQuotes",
                  "true"));

  @Override
  public String name() {
    return CoreNlpPeers.NAME;
  }

  @Override
  public void load() {
    pipeline.get();
  }

  @Override
  public List<QuoteSpan> find(String text) {
    CoreDocument doc = new CoreDocument(text);
    pipeline.get().annotate(doc);
    List<QuoteSpan> found = new ArrayList<>();
    List<CoreQuote> quotes = doc.quotes();
    for (CoreQuote q : quotes == null ? List.<CoreQuote>of() : quotes) {
      Pair<Integer, Integer> at = q.quoteCharOffsets();
      Optional<Pair<Integer, Integer>> speaker = q.speakerCharOffsets();
      int start = at.first();
      int end = at.second();
      if (end - start >= 2) {
        start++;
        end--;
      }
      if (speaker.isPresent()) {
        Pair<Integer, Integer> s = speaker.get();
        found.add(new QuoteSpan(start, end, s.first(), s.second(), q.speaker().orElse("")));
      } else {
        found.add(new QuoteSpan(start, end, -1, -1, ""));
      }
    }
    return found;
  }
}
