package org.newsbrief.cluster;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The text form of a {@link PairModel}: a cutoff line, a joins line, then one {@code
 * join.name<TAB>weight} line per feature (and {@code merge.} and {@code split.} ones when the model
 * has them), and when the model stores a regrouping linkage one {@code regroup.setting<TAB>value}
 * line per {@link Regrouping} field; {@code #} lines are comments.
 */
final class PairModelText {
  /** The prefix of the regrouping linkage's lines. */
  private static final String REGROUP = "regroup.";

  /** The regrouping linkage's settings, in {@link Regrouping}'s order. */
  private static final List<String> LINKAGE =
      List.of("group_cosine", "threshold", "term_share", "name_share", "number_share");

  private PairModelText() {}

  /**
   * Reads the text; an unknown feature, a line that is not {@code name<TAB>number} or no weights at
   * all is refused.
   */
  static PairModel read(String text) {
    double[] w = new double[PairFeatures.NAMES.length];
    double[] m = new double[PairFeatures.NAMES.length];
    double[] sp = new double[PairFeatures.NAMES.length];
    boolean merges = false;
    boolean splits = false;
    double cutoff = PairModel.DEFAULT_CUTOFF;
    boolean joins = true;
    boolean any = false;
    double[] linkage = new double[LINKAGE.size()];
    boolean[] seen = new boolean[LINKAGE.size()];
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.strip().split("\t");
      double value = cols.length == 2 ? number(cols[1]) : Double.NaN;
      if (Double.isNaN(value)) {
        throw new IllegalArgumentException("not 'name<TAB>weight': " + abbreviated(line));
      }
      any = true;
      if (cols[0].equals("cutoff")) {
        cutoff = value;
      } else if (cols[0].equals("joins")) {
        joins = value != 0;
      } else if (cols[0].startsWith("merge.")) {
        merges = true;
        m[index(cols[0].substring("merge.".length()))] = value;
      } else if (cols[0].startsWith(REGROUP)) {
        int i = LINKAGE.indexOf(cols[0].substring(REGROUP.length()));
        if (i < 0) {
          throw new IllegalArgumentException("unknown regrouping setting " + cols[0]);
        }
        linkage[i] = value;
        seen[i] = true;
      } else if (cols[0].startsWith("split.")) {
        splits = true;
        sp[index(cols[0].substring("split.".length()))] = value;
      } else {
        w[index(cols[0].substring("join.".length()))] = value;
      }
    }
    if (!any) {
      throw new IllegalArgumentException("no weights in the model text");
    }
    int given = 0;
    for (boolean b : seen) {
      given += b ? 1 : 0;
    }
    if (given != 0 && given != LINKAGE.size()) {
      throw new IllegalArgumentException(
          "a regrouping needs a line each of " + REGROUP + LINKAGE + ", got " + given);
    }
    Regrouping regrouping =
        given == 0
            ? null
            : new Regrouping(linkage[0], linkage[1], linkage[2], linkage[3], linkage[4]);
    return new PairModel(w, merges ? m : null, splits ? sp : null, cutoff, joins, regrouping);
  }

  private static double number(String text) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static String abbreviated(String line) {
    return line.length() <= 60 ? line : line.substring(0, 60) + "...";
  }

  private static int index(String name) {
    int i = List.of(PairFeatures.NAMES).indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("unknown feature " + name);
    }
    return i;
  }

  /** The text of a model with these parts. */
  static String write(
      double cutoff,
      boolean joins,
      double[] weights,
      double @Nullable [] merge,
      double @Nullable [] split,
      @Nullable Regrouping regrouping) {
    StringBuilder out = new StringBuilder();
    out.append("cutoff\t").append(String.format(Locale.ROOT, "%.6f", cutoff)).append('\n');
    out.append("joins\t").append(joins ? 1 : 0).append('\n');
    append(out, "join.", weights);
    double[] m = merge;
    if (m != null) {
      append(out, "merge.", m);
    }
    double[] sp = split;
    if (sp != null) {
      append(out, "split.", sp);
    }
    if (regrouping != null) {
      double[] r = {
        regrouping.groupCosine(),
        regrouping.threshold(),
        regrouping.termShare(),
        regrouping.nameShare(),
        regrouping.numberShare()
      };
      for (int i = 0; i < r.length; i++) {
        out.append(REGROUP)
            .append(LINKAGE.get(i))
            .append('\t')
            .append(String.format(Locale.ROOT, "%.6f", r[i]))
            .append('\n');
      }
    }
    return out.toString();
  }

  private static void append(StringBuilder out, String prefix, double[] w) {
    for (int i = 0; i < w.length; i++) {
      out.append(prefix)
          .append(PairFeatures.NAMES[i])
          .append('\t')
          .append(String.format(Locale.ROOT, "%.6f", w[i]))
          .append('\n');
    }
  }
}
