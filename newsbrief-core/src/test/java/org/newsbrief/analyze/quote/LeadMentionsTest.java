package org.newsbrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LeadMentionsTest {
  private static final String TEXT =
      "Felipe Calderon spoke first.\n"
          + "Donald Trump has taken a firm stance, Mr. Calderon noted. “We will build it,” he said.";

  private static QuoteSpan mention(String name) {
    int at = TEXT.lastIndexOf(name);
    return new QuoteSpan(at, at + name.length(), at, at + name.length(), name);
  }

  private static int quoteStart() {
    return TEXT.indexOf("We will");
  }

  @Test
  void theFirstNameOfTheSentenceBeforeTheQuotationLeadsIt() {
    List<QuoteSpan> mentions = List.of(mention("Felipe Calderon"), mention("Donald Trump"));
    LeadMentions leads = new LeadMentions(TEXT);
    assertThat(leads.sentenceLead(quoteStart(), mentions)).isEqualTo("trump");
    assertThat(leads.paragraphLead(quoteStart(), mentions)).isEqualTo("trump");
  }

  @Test
  void anAbbreviationDoesNotEndTheSentenceAndALaterMentionDoesNotLead() {
    List<QuoteSpan> mentions = List.of(mention("Calderon"), mention("Donald Trump"));
    assertThat(new LeadMentions(TEXT).sentenceLead(quoteStart(), mentions)).isEqualTo("trump");
    assertThat(new LeadMentions(TEXT).sentenceLead(quoteStart(), List.of(mention("Calderon"))))
        .isEqualTo("calderon");
  }

  @Test
  void noMentionInTheSentenceLeadsNothing() {
    int second = TEXT.indexOf("Donald");
    assertThat(new LeadMentions(TEXT).sentenceLead(second, List.of(mention("Donald Trump"))))
        .isEmpty();
    assertThat(new LeadMentions(TEXT).sentenceStart(second)).isTrue();
  }
}
