package org.newsbrief.summarize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.newsbrief.learn.ShippedModels;

/**
 * Page furniture learned from data: the word sequences (1 to {@value #MAX_GRAM} tokens, punctuation
 * kept) that open sentences in many training stories while one of their words is almost never kept
 * by the stories' human summaries ("image copyright getty images image caption", "story continued
 * below", "text size - + reset", "enlarge this image toggle caption"). {@link #cut} takes such
 * sequences off a sentence's start; one glued further in (a credit or caption in the middle) cuts
 * the sentence there when the rest is its larger part, else marks it as no sentence (empty). The
 * table is learned by {@code newsbrief train summarize --set stage=furniture}. Furniture glued
 * anywhere in a sentence ({@link GluedFurniture}, {@code --set stage=glued}) is cut first.
 */
public final class Furniture {
  /** The shipped table's resource name, beside this class. */
  public static final String RESOURCE = "furniture.tsv";

  /** The longest sequence kept, in tokens. */
  public static final int MAX_GRAM = 6;

  private static final Pattern TOKEN =
      Pattern.compile("[\\p{L}\\p{N}]+(?:'\\p{L}+)?|[^\\s\\p{L}\\p{N}]");
  private static final Furniture NONE = new Furniture(Set.of());
  private static volatile @Nullable Furniture shipped;
  private final Set<String> grams;
  private final GluedFurniture glued;
  private final LedeCut lede;

  /** A table of {@code grams} (tokens joined by single spaces, as {@link #tokens} gives them). */
  public Furniture(Set<String> grams) {
    this(grams, GluedFurniture.none(), LedeCut.none());
  }

  private Furniture(Set<String> grams, GluedFurniture glued, LedeCut lede) {
    this.grams = Set.copyOf(grams);
    this.glued = glued;
    this.lede = lede;
  }

  /** This table with {@code glued} cut from sentences first. */
  public Furniture withGlued(GluedFurniture glued) {
    return new Furniture(grams, glued, lede);
  }

  /** This table with a label and caption glued before a lede cut by {@code lede} first. */
  public Furniture withLede(LedeCut lede) {
    return new Furniture(grams, glued, lede);
  }

  /** The label-and-caption cut. */
  public LedeCut lede() {
    return lede;
  }

  /** The glued furniture cut first. */
  public GluedFurniture glued() {
    return glued;
  }

  /** No furniture known: {@link #cut} returns its input. */
  public static Furniture none() {
    return NONE;
  }

  /** The shipped table ({@link #none()} when the resource is absent). */
  public static Furniture shipped() {
    Furniture table = shipped;
    if (table == null) {
      table =
          ShippedModels.loadOr(Furniture.class, RESOURCE, Furniture::read, NONE)
              .withGlued(
                  ShippedModels.loadOr(
                      Furniture.class,
                      GluedFurniture.RESOURCE,
                      GluedFurniture::read,
                      GluedFurniture.none()))
              .withLede(
                  ShippedModels.loadOr(
                      Furniture.class, LedeCut.RESOURCE, LedeCut::read, LedeCut.none()));
      shipped = table;
    }
    return table;
  }

  /** How many sequences the table holds. */
  public int size() {
    return grams.size();
  }

  /** A token of a text and where it ends. */
  public record Token(String text, int start, int end) {}

  /** The lower-cased tokens of {@code text}: words (with an apostrophe suffix) and punctuation. */
  public static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(new Token(m.group().toLowerCase(Locale.ROOT), m.start(), m.end()));
    }
    return out;
  }

  /**
   * {@code sentence} without the furniture at its start, or cut after furniture glued in its first
   * half; empty when furniture sits in its second half.
   */
  public String cut(String sentence) {
    String text = lede.cut(glued.cut(sentence));
    if (grams.isEmpty()) {
      return text;
    }
    List<Token> tokens = tokens(text);
    int from = leading(tokens, 0);
    int last = -1;
    for (int i = from + 1; i < tokens.size(); i++) {
      int end = longestAt(tokens, i, 2);
      if (end > i) {
        last = end;
        i = end - 1;
      }
    }
    if (last >= 0) {
      if (2 * (last - from) > tokens.size() - from) {
        return "";
      }
      from = leading(tokens, last);
    }
    return from == 0 ? text : from >= tokens.size() ? "" : text.substring(tokens.get(from).start());
  }

  /** Where the text resumes after the furniture sequences that follow one another at {@code at}. */
  private int leading(List<Token> tokens, int at) {
    int from = at;
    for (int end = longestAt(tokens, from, 1); end > from; end = longestAt(tokens, from, 1)) {
      from = end;
    }
    return from;
  }

  /**
   * The end of the longest sequence of at least {@code min} tokens at {@code at}, or {@code at}.
   */
  private int longestAt(List<Token> tokens, int at, int min) {
    StringBuilder key = new StringBuilder();
    int best = at;
    for (int n = 1; n <= MAX_GRAM && at + n <= tokens.size(); n++) {
      if (n > 1) {
        key.append(' ');
      }
      key.append(tokens.get(at + n - 1).text());
      if (n >= min && grams.contains(key.toString())) {
        best = at + n;
      }
    }
    return best;
  }

  /** Reads a table written by {@link #write}: one sequence a line, then tab-separated counts. */
  public static Furniture read(Reader text) throws IOException {
    Set<String> grams = new TreeSet<>();
    BufferedReader lines = new BufferedReader(text);
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      if (!line.isBlank() && !line.startsWith("#")) {
        grams.add(line.split("\t", -1)[0]);
      }
    }
    return new Furniture(grams);
  }

  /** Writes the table, one sequence a line (sorted). */
  public void write(Writer out) throws IOException {
    out.write("# newsbrief page furniture: token sequences cut from sentences (see Furniture)\n");
    for (String g : new TreeSet<>(grams)) {
      out.write(g + "\n");
    }
    out.flush();
  }
}
