package org.newsbrief.eval.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsbrief.clean.BlockModel;

/**
 * One training page for the block model: its HTML, its site (the cross-validation group), its gold
 * (web-eval snippets or an AEB article body) and its candidate blocks labelled from that gold.
 *
 * @param id the page id
 * @param site the page's host name, so that folds keep a site's pages together
 * @param html the decoded page
 * @param with web-eval snippets that must be in the text (empty for AEB)
 * @param without web-eval snippets that must not be (empty for AEB)
 * @param body the AEB article body (null for web-eval)
 * @param rows the labelled blocks' features
 * @param labels 1 for content, 0 for boilerplate, one per row
 */
record BlockPages(
    String id,
    String site,
    String html,
    List<String> with,
    List<String> without,
    @org.jspecify.annotations.Nullable String body,
    List<double[]> rows,
    List<Double> labels) {

  /** Shortest AEB block labelled: shorter ones ("Share", "Menu") may be in any body by chance. */
  private static final int AEB_MIN_CHARS = 20;

  /**
   * A web-eval page: a block holding a {@code with} snippet is content, one holding a {@code
   * without} snippet boilerplate, the others unlabelled.
   */
  static BlockPages web(
      String id, String url, String html, List<String> with, List<String> without) {
    List<double[]> rows = new ArrayList<>();
    List<Double> labels = new ArrayList<>();
    List<String> in = with.stream().map(SnippetScore::normalise).toList();
    List<String> out = without.stream().map(SnippetScore::normalise).toList();
    for (BlockModel.PageBlock b : BlockModel.candidates(html)) {
      String text = SnippetScore.normalise(b.text());
      boolean content = in.stream().anyMatch(s -> !s.isEmpty() && text.contains(s));
      boolean furniture = out.stream().anyMatch(s -> !s.isEmpty() && text.contains(s));
      if (content != furniture) {
        rows.add(b.features());
        labels.add(content ? 1.0 : 0.0);
      }
    }
    return new BlockPages(id, site(url), html, with, without, null, rows, labels);
  }

  /** An AEB page: a block of 20 characters or more is content when the gold body holds it. */
  static BlockPages aeb(String id, String url, String html, String body) {
    List<double[]> rows = new ArrayList<>();
    List<Double> labels = new ArrayList<>();
    String gold = SnippetScore.normalise(body);
    for (BlockModel.PageBlock b : BlockModel.candidates(html)) {
      String text = SnippetScore.normalise(b.text());
      if (text.length() >= AEB_MIN_CHARS) {
        rows.add(b.features());
        labels.add(gold.contains(text) ? 1.0 : 0.0);
      }
    }
    return new BlockPages(id, site(url), html, List.of(), List.of(), body, rows, labels);
  }

  /** Whether this is an AEB page. */
  boolean isAeb() {
    return body != null;
  }

  /** The fold of this page's site among {@code folds}. */
  int fold(int folds) {
    return Math.floorMod(site.hashCode(), folds);
  }

  static String site(String url) {
    String host = url.replaceFirst("^[a-z]+://", "").replaceFirst("[/?#:].*$", "");
    host = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\d?\\.", "");
    return host.isEmpty() ? url : host;
  }
}
