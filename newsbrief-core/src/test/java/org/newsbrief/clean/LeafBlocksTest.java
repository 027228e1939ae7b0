package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class LeafBlocksTest {
  private static final String PAGE =
      "<html><body><div class='comments'><p>A reply.</p></div>"
          + "<article><h1>Head</h1><div class='story'><p>One.</p><ul><li>Two.</li></ul></div>"
          + "<blockquote><p>Quoted.</p></blockquote></article></body></html>";

  @Test
  void givesTheBlocksThatHoldNoOtherBlockInDocumentOrder() {
    Document doc = Jsoup.parse(PAGE);
    LeafBlocks leaves = LeafBlocks.of(doc.body(), List.of());
    assertThat(leaves).isNotNull();
    assertThat(leaves.blocks())
        .extracting(Element::text)
        .containsExactly("A reply.", "Head", "One.", "Two.", "Quoted.");
    assertThat(leaves.h1()).isEqualTo(1);
  }

  @Test
  void flagsWhatTheAncestorsSay() {
    Document doc = Jsoup.parse(PAGE);
    Element story = doc.selectFirst("div.story");
    LeafBlocks leaves = LeafBlocks.of(doc.body(), List.of(story));
    assertThat(leaves).isNotNull();
    List<Integer> flags = leaves.flags();
    assertThat(flags.get(0) & LeafBlocks.COMMENTS).isNotZero();
    assertThat(flags.get(0) & LeafBlocks.ARTICLE).isZero();
    assertThat(flags.get(1) & LeafBlocks.ARTICLE).isNotZero();
    assertThat(flags.get(1) & LeafBlocks.PART).isZero();
    assertThat(flags.get(2) & LeafBlocks.PART).isNotZero();
    assertThat(flags.get(3) & LeafBlocks.PART).isNotZero();
    assertThat(flags.get(4) & LeafBlocks.PART).isZero();
  }

  @Test
  void isNullWhenAChosenPartHoldsNoBlock() {
    Document doc = Jsoup.parse("<html><body><div id='x'>Bare text.</div><p>A.</p></body></html>");
    assertThat(LeafBlocks.of(doc.body(), List.of(doc.getElementById("x")))).isNull();
    assertThat(LeafBlocks.of(doc.body(), List.of())).isNotNull();
  }
}
