package org.newsbrief.serve;

import java.time.LocalDate;
import java.util.List;
import org.newsbrief.model.RawDocument;
import org.newsbrief.model.SourceFormat;

/** Articles whose text, title, outlet and URL try to run script in the reader's browser. */
final class Hostile {
  static final String MARKER = "harbour";

  private Hostile() {}

  static List<RawDocument> articles() {
    String text =
        "<script>window.pwned = 1; document.title = 'pwned';</script> The harbour council met on"
            + " Monday to discuss the harbour plan for the old docks.\n\n"
            + "<img src=x onerror=\"window.pwned = 2; alert('pwned')\"> Officials said the harbour"
            + " vote would happen before the winter storms arrive.\n\n"
            + "<a href=\"javascript:window.pwned = 3\">Click here</a> to read the harbour plan,"
            + " which runs to forty pages.\n\n"
            + "\"We will not allow <b onmouseover=\"window.pwned = 4\">this</b> harbour plan to"
            + " pass without a vote,\" said Mayor Jane Doe on Monday.";
    String second =
        "<svg onload=\"window.pwned = 5\"></svg> The harbour plan was approved by the council"
            + " on Tuesday after a long debate about the old docks.\n\n"
            + "\"The harbour plan <iframe src=javascript:window.pwned=6></iframe> is a good plan"
            + " for the docks,\" said Mayor Jane Doe after the vote.";
    return List.of(
        new RawDocument(
            "hostile-1.txt",
            SourceFormat.TEXT,
            text,
            "javascript:window.pwned = 7",
            "<img src=x onerror=\"window.pwned = 8\">Harbour plan <script>window.pwned = 9</script>",
            "<script>window.pwned = 10</script>Gazette",
            LocalDate.of(2021, 3, 1)),
        new RawDocument(
            "hostile-2.txt",
            SourceFormat.TEXT,
            second,
            "https://example.org/\"><script>window.pwned=11</script>",
            "Harbour plan approved <b onclick=\"window.pwned = 12\">today</b>",
            "Docks Daily",
            LocalDate.of(2021, 3, 2)));
  }
}
