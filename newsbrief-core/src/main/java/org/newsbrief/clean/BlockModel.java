package org.newsbrief.clean;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.newsbrief.learn.NamedWeights;
import org.newsbrief.learn.NewtonRegression;
import org.newsbrief.learn.ShippedModels;

/**
 * A learned content/boilerplate classifier over a page's blocks: logistic regression over {@link
 * BlockFeatures}, which include what the rule-based content choice does with each block, so the
 * model keeps or drops blocks where the evidence outweighs the rules. The shipped weights ({@value
 * #RESOURCE}, manifest beside it) are fitted by {@code newsbrief train blocks}.
 */
public final class BlockModel {
  /** The file name of the shipped weights, in this package's resource folder. */
  public static final String RESOURCE = "block-model.txt";

  private static final class Shipped {
    static final @Nullable BlockModel MODEL = load();
  }

  private final double[] weights;

  private BlockModel(double[] weights) {
    if (weights.length != BlockFeatures.NAMES.size()) {
      throw new IllegalArgumentException(
          "need " + BlockFeatures.NAMES.size() + " weights, got " + weights.length);
    }
    this.weights = weights.clone();
  }

  /** A model with {@code weights}, one per {@link #featureNames()} name. */
  public static BlockModel of(double[] weights) {
    return new BlockModel(weights);
  }

  /** The shipped model, or null when none is shipped. */
  public static @Nullable BlockModel shipped() {
    return Shipped.MODEL;
  }

  /** The feature names, in weight order; the first is the bias. */
  public static List<String> featureNames() {
    return BlockFeatures.NAMES;
  }

  /** Whether the block with {@code features} is content. */
  boolean keep(double[] features) {
    return NewtonRegression.dot(weights, features) >= 0;
  }

  /**
   * The page's lines (each block's text with a blank line after it) of the {@code candidates} this
   * model keeps, or of those the rules keep when the model keeps none; the list items' and
   * headings' kinds are added to {@code kinds}.
   */
  List<String> lines(
      List<BlockFeatures.Candidate> candidates, java.util.Map<String, String> kinds) {
    boolean[] chosen = new boolean[candidates.size()];
    boolean any = false;
    for (int i = 0; i < chosen.length; i++) {
      chosen[i] = keep(candidates.get(i).features());
      any |= chosen[i];
    }
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < chosen.length; i++) {
      BlockFeatures.Candidate c = candidates.get(i);
      if (any ? chosen[i] : c.kept()) {
        lines.add(c.text());
        lines.add("");
        String tag = c.element().tagName();
        if (tag.equals("li") || tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) > '1') {
          kinds.putIfAbsent(c.text(), tag);
        }
      }
    }
    return lines;
  }

  /** The weights as "name weight" lines. */
  public void write(Writer out) throws IOException {
    out.write("# block model: logistic regression, content = 1 (newsbrief train blocks)\n");
    for (int i = 0; i < weights.length; i++) {
      out.write(String.format(Locale.ROOT, "%s %.6f%n", BlockFeatures.NAMES.get(i), weights[i]));
    }
  }

  /**
   * The candidate blocks of an HTML page, each as its text and its features, for training: read as
   * {@link NewsCleaner} reads the page, up to the choice of blocks; none when the rules' choice
   * holds a container without blocks (the model is not used on such a page).
   */
  public static List<PageBlock> candidates(String html) {
    List<PageBlock> out = new ArrayList<>();
    List<BlockFeatures.Candidate> candidates = HtmlText.candidates(html);
    for (BlockFeatures.Candidate c :
        candidates == null ? List.<BlockFeatures.Candidate>of() : candidates) {
      out.add(new PageBlock(c.text(), c.features()));
    }
    return out;
  }

  /** One candidate block: its text and its features. */
  public record PageBlock(String text, double[] features) {
    public PageBlock {
      features = features.clone();
    }

    @Override
    public double[] features() {
      return features.clone();
    }
  }

  private static @Nullable BlockModel load() {
    return ShippedModels.loadIfShipped(
        BlockModel.class,
        RESOURCE,
        text ->
            new BlockModel(NamedWeights.inOrder(NamedWeights.read(text), BlockFeatures.NAMES, "")));
  }
}
