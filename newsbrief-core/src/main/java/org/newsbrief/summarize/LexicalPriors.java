package org.newsbrief.summarize;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * What human summaries of many stories did with each word and word pair their sources used: in how
 * many training stories' windows it occurred ({@code sources}) and in how many of those the
 * reference summary used it too ({@code used}). From these counts comes a smoothed log-odds of
 * being summarized, centred on the base rate so an unknown n-gram scores 0, and how common the
 * n-gram is across stories. Counted by {@code newsbrief train summarize}; the shipped table is a
 * gzipped text resource of "key TAB sources TAB used" lines after a header of settings.
 */
public final class LexicalPriors {
  /** The shipped table's resource name, beside this class. */
  public static final String RESOURCE = "coverage-priors.tsv.gz";

  private static final LexicalPriors NONE = new LexicalPriors(Map.of(), 0, 0.5, 0.5, 1, 1);
  private static volatile @Nullable LexicalPriors shipped;
  private final Map<String, Long> counts;
  private final @Nullable HashedCounts hashed;
  private final long stories;
  private final double unigramRate;
  private final double bigramRate;
  private final double strength;
  private final int minSources;

  /**
   * A table of {@code counts} (key to {@code sources << 32 | used}) over {@code stories} stories.
   */
  public LexicalPriors(
      Map<String, Long> counts,
      long stories,
      double unigramRate,
      double bigramRate,
      double strength,
      int minSources) {
    this(counts, null, stories, unigramRate, bigramRate, strength, minSources);
  }

  private LexicalPriors(
      Map<String, Long> counts,
      @Nullable HashedCounts hashed,
      long stories,
      double unigramRate,
      double bigramRate,
      double strength,
      int minSources) {
    if (!(unigramRate > 0 && unigramRate < 1 && bigramRate > 0 && bigramRate < 1)) {
      throw new IllegalArgumentException("base rates must be in (0, 1)");
    }
    this.counts = counts;
    this.hashed = hashed;
    this.stories = stories;
    this.unigramRate = unigramRate;
    this.bigramRate = bigramRate;
    this.strength = strength;
    this.minSources = minSources;
  }

  /** No priors: every n-gram unknown. */
  public static LexicalPriors none() {
    return NONE;
  }

  /** The table shipped with newsbrief. */
  public static LexicalPriors shipped() {
    LexicalPriors priors = shipped;
    if (priors == null) {
      try (InputStream in = LexicalPriors.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        try (GZIPInputStream gz = new GZIPInputStream(in, 1 << 16)) {
          priors = read(gz.readAllBytes());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      shipped = priors;
    }
    return priors;
  }

  /** Packs two counts into one table value. */
  public static long pack(long sources, long used) {
    return sources << 32 | used;
  }

  /**
   * The prior features of {@code key}: its centred log-odds of being summarized and its share of
   * stories (log scale). With {@code leftOut} (the reference counts of a training story whose
   * window holds {@code key}) that story's own contribution is taken out of the counts.
   */
  double[] features(String key, @Nullable Map<String, Integer> leftOut) {
    long packed = hashed != null ? hashed.get(key) : counts.getOrDefault(key, 0L);
    long sources = packed >>> 32;
    long used = packed & 0xffffffffL;
    if (leftOut != null && sources > 0) {
      sources--;
      used -= leftOut.getOrDefault(key, 0) > 0 && used > 0 ? 1 : 0;
    }
    if (sources < minSources) {
      return new double[] {0, 0};
    }
    double rate = key.indexOf(' ') < 0 ? unigramRate : bigramRate;
    double odds =
        Math.log((used + strength * rate) / (sources - used + strength * (1 - rate)))
            - Math.log(rate / (1 - rate));
    return new double[] {odds, Math.log1p(sources) / Math.log1p(Math.max(stories, 1))};
  }

  /** The same counts smoothed with {@code pseudoStories} instead. */
  public LexicalPriors withStrength(double pseudoStories) {
    return new LexicalPriors(
        counts, hashed, stories, unigramRate, bigramRate, pseudoStories, minSources);
  }

  /** How many n-grams the table holds. */
  public int size() {
    return hashed != null ? hashed.size() : counts.size();
  }

  /**
   * Reads a table written by {@link #write}. The n-grams are kept as hashes ({@link HashedCounts}),
   * so a table read cannot be written again: write the one training made.
   */
  public static LexicalPriors read(Reader text) throws IOException {
    StringBuilder all = new StringBuilder(1 << 16);
    char[] buffer = new char[1 << 16];
    for (int n = text.read(buffer); n >= 0; n = text.read(buffer)) {
      all.append(buffer, 0, n);
    }
    return read(all.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a table as {@link #read(Reader)} does from its UTF-8 bytes, without decoding them to
   * chars first: the shipped table's load path (its n-gram hashes are those of the decoded chars).
   */
  static LexicalPriors read(byte[] utf8) throws IOException {
    PriorsText text = PriorsText.parse(utf8);
    Map<String, Double> settings = text.settings();
    return new LexicalPriors(
        Map.of(),
        text.counts(),
        (long) setting(settings, "stories"),
        setting(settings, "unigram_rate"),
        setting(settings, "bigram_rate"),
        setting(settings, "strength"),
        (int) setting(settings, "min"));
  }

  private static double setting(Map<String, Double> settings, String name) throws IOException {
    Double value = settings.get(name);
    if (value == null) {
      throw new IOException("no setting " + name);
    }
    return value;
  }

  /** Writes the settings, then one line per n-gram in at least the minimum of stories, sorted. */
  public void write(Writer out) throws IOException {
    if (hashed != null) {
      throw new IllegalStateException("a table read from text keeps only hashes of its n-grams");
    }
    out.write(
        "# newsbrief lexical priors: key, stories with it in the window, of those summarized\n");
    out.write("stories\t" + stories + "\n");
    out.write("unigram_rate\t" + unigramRate + "\n");
    out.write("bigram_rate\t" + bigramRate + "\n");
    out.write("strength\t" + strength + "\n");
    out.write("min\t" + minSources + "\n");
    for (Map.Entry<String, Long> e : new TreeMap<>(counts).entrySet()) {
      long v = e.getValue();
      if (v >>> 32 < minSources) {
        continue;
      }
      out.write(e.getKey() + "\t" + (v >>> 32) + "\t" + (v & 0xffffffffL) + "\n");
    }
    out.flush();
  }
}
