package org.newsbrief.analyze.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The trained named-entity tagger (averaged perceptron over {@link NerFeatures}, trained on
 * CoNLL-2003 English by {@code newsbrief train ner}; see ner-model.json beside the model; with the
 * word clusters and the hashed name lists of train beside it). It tags a document's tokenised
 * sentences with PER, ORG, LOC and MISC spans. The shipped model loads once, lazily, on first use;
 * the tagger is immutable and safe to share between threads.
 */
public final class NerTagger {
  static final String MODEL = "ner-model.bin.gz";
  static final String CLUSTERS = "ner-clusters.tsv.gz";
  static final String NAMES = "ner-names.bin.gz";

  private final NerModel model;
  private final WordClusters clusters;
  private final NerGazetteer names;
  private final int width;

  /** A tagger over the given weights and clusters, with no name list. */
  public NerTagger(NerModel model, WordClusters clusters) {
    this(model, clusters, NerGazetteer.empty());
  }

  /**
   * A tagger over the given weights, clusters and name list (training and tests build their own).
   */
  public NerTagger(NerModel model, WordClusters clusters, NerGazetteer names) {
    this(model, clusters, names, NerDecoder.WIDTH);
  }

  /** As above, searching with a beam of {@code width} (the width the model was trained with). */
  public NerTagger(NerModel model, WordClusters clusters, NerGazetteer names, int width) {
    if (width < 1) {
      throw new IllegalArgumentException("beam width must be at least 1, not " + width);
    }
    this.width = width;
    this.model = Objects.requireNonNull(model, "model");
    this.clusters = Objects.requireNonNull(clusters, "clusters");
    this.names = Objects.requireNonNull(names, "names");
  }

  private static final class Shipped {
    static final NerTagger INSTANCE = load();

    private static NerTagger load() {
      try (InputStream m = open(MODEL);
          InputStream c = open(CLUSTERS);
          InputStream g = open(NAMES)) {
        return new NerTagger(NerModel.read(m), WordClusters.read(c), NerGazetteer.read(g));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the shipped NER model", e);
      }
    }

    private static InputStream open(String name) throws IOException {
      InputStream in = NerTagger.class.getResourceAsStream(name);
      if (in == null) {
        throw new IOException("missing resource " + name);
      }
      return in;
    }
  }

  /** The shipped tagger, loaded on first call. */
  public static NerTagger shipped() {
    return Shipped.INSTANCE;
  }

  /** The trained weights. */
  public NerModel model() {
    return model;
  }

  /** The name lists the tagger reads. */
  public NerGazetteer names() {
    return names;
  }

  /** The word clusters the tagger reads. */
  public WordClusters clusters() {
    return clusters;
  }

  /** The names in each sentence of one document (sentences given as tokens). */
  public List<List<NerSpan>> tag(List<List<String>> sentences) {
    NerDocument d = new NerDocument(sentences, clusters, names);
    int[][] tags = NerDecoder.decode(d, model, width, null);
    List<List<NerSpan>> out = new ArrayList<>(tags.length);
    for (int[] t : tags) {
      out.add(NerTags.spans(t));
    }
    return out;
  }
}
