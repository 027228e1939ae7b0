package org.newsbrief.eval.entities;

import java.util.List;
import java.util.Objects;

/**
 * One tokenized news document as {@code eval entities} hands it to a system.
 *
 * @param id the document name, e.g. "1_10ecb"
 * @param sentences the tokens of each sentence, by sentence number; a sentence that is not news
 *     text (the source URL of an ECB+ document) is empty
 */
public record EntityDocument(String id, List<List<String>> sentences) {
  public EntityDocument {
    Objects.requireNonNull(id, "id");
    sentences = sentences.stream().map(List::copyOf).toList();
  }
}
