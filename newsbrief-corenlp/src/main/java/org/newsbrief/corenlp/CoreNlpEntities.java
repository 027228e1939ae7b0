package org.newsbrief.corenlp;

import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.coref.data.Dictionaries.MentionType;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsbrief.eval.entities.EntityDocument;
import org.newsbrief.eval.entities.EntityPeer;
import org.newsbrief.eval.entities.MentionSpan;

/**
 * CoreNLP NER and statistical coreference on the given tokens (one sentence a line): each
 * coreference chain is an entity within its document, and a named-entity mention outside every
 * chain is one on its own. CoreNLP resolves coreference within a document only, so across the
 * documents of a topic the entities whose representative mention is the same proper name (ignoring
 * case) are joined.
 */
final class CoreNlpEntities implements EntityPeer {
  private static final Set<String> NOT_ENTITIES =
      Set.of(
          "DATE",
          "TIME",
          "DURATION",
          "SET",
          "NUMBER",
          "ORDINAL",
          "MONEY",
          "PERCENT",
          "EMAIL",
          "URL");
  private final Pipelines.Lazy pipeline =
      new Pipelines.Lazy(
          () ->
              Pipelines.of(
                  "tokenize,ssplit,pos,lemma,ner,depparse,coref",
                  "tokenize.whitespace",
                  "true",
                  "ssplit.eolonly",
                  "true",
                  "coref.algorithm",
                  "statistical"));

  @Override
  public String name() {
    return CoreNlpPeers.NAME;
  }

  @Override
  public void load() {
    pipeline.get();
  }

  @Override
  public List<List<MentionSpan>> entities(List<EntityDocument> topic) {
    Map<String, List<MentionSpan>> named = new LinkedHashMap<>();
    List<List<MentionSpan>> entities = new ArrayList<>();
    for (EntityDocument d : topic) {
      List<Integer> numbers = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      for (int s = 0; s < d.sentences().size(); s++) {
        if (!d.sentences().get(s).isEmpty()) {
          numbers.add(s);
          text.append(String.join(" ", d.sentences().get(s))).append('\n');
        }
      }
      CoreDocument doc = new CoreDocument(text.toString());
      pipeline.get().annotate(doc);
      if (doc.sentences().size() != numbers.size()) {
        continue;
      }
      List<List<MentionSpan>> chains = new ArrayList<>();
      List<@Nullable String> names = new ArrayList<>();
      Map<String, Boolean> inChain = new LinkedHashMap<>();
      Map<Integer, CorefChain> corefChains = doc.corefChains();
      for (CorefChain chain : corefChains == null ? List.<CorefChain>of() : corefChains.values()) {
        List<MentionSpan> spans = new ArrayList<>();
        for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
          int sentence = numbers.get(m.sentNum - 1);
          spans.add(new MentionSpan(d.id(), sentence, m.startIndex - 1, m.endIndex - 1));
          inChain.put(sentence + ":" + (m.startIndex - 1) + ":" + (m.endIndex - 1), true);
        }
        CorefChain.CorefMention head = chain.getRepresentativeMention();
        chains.add(spans);
        names.add(head.mentionType == MentionType.PROPER ? key(head.mentionSpan) : null);
      }
      for (CoreEntityMention e : doc.entityMentions()) {
        List<CoreLabel> tokens = e.tokens();
        if (NOT_ENTITIES.contains(e.entityType()) || tokens.isEmpty()) {
          continue;
        }
        int sentence = numbers.get(tokens.get(0).sentIndex());
        int start = tokens.get(0).index() - 1;
        int end = tokens.get(tokens.size() - 1).index();
        if (!inChain.containsKey(sentence + ":" + start + ":" + end)) {
          chains.add(List.of(new MentionSpan(d.id(), sentence, start, end)));
          names.add(key(e.text()));
        }
      }
      for (int c = 0; c < chains.size(); c++) {
        String name = names.get(c);
        if (name == null) {
          entities.add(chains.get(c));
        } else {
          named.computeIfAbsent(name, k -> new ArrayList<>()).addAll(chains.get(c));
        }
      }
    }
    entities.addAll(named.values());
    return entities;
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT).strip();
  }
}
