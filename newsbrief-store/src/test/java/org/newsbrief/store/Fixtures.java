package org.newsbrief.store;

import java.time.LocalDate;
import org.newsbrief.model.RawDocument;
import org.newsbrief.model.SourceFormat;

/** Small hand-written articles with known dates, outlets, names and quotes. */
final class Fixtures {
  private Fixtures() {}

  static RawDocument talks() {
    return doc(
        "talks.txt",
        "Kerry meets Zarif in Vienna",
        "Reuters",
        LocalDate.of(2014, 11, 24),
        "U.S. Secretary of State John Kerry met Iranian Foreign Minister Mohammad Javad Zarif"
            + " in Vienna on Monday as nuclear talks entered their final day.\n\n"
            + "\"We are closer than we have ever been to a deal,\" Kerry told reporters after"
            + " the meeting.\n\n"
            + "Negotiators agreed to extend the deadline by seven months.");
  }

  static RawDocument strikes() {
    return doc(
        "strikes.txt",
        "Iranian jets strike Islamic State targets",
        "Associated Press",
        LocalDate.of(2014, 12, 3),
        "Iranian F-4 Phantom jets carried out air strikes against Islamic State militants in"
            + " eastern Iraq, a U.S. military official said on Wednesday.\n\n"
            + "\"Nothing has changed in our policy of not coordinating military activity with"
            + " Iran,\" said Marie Harf, a State Department spokeswoman.\n\n"
            + "The Pentagon declined to confirm the strikes.");
  }

  static RawDocument harvest() {
    return doc(
        "harvest.txt",
        "Record wheat harvest in Kansas",
        "Farm Weekly",
        LocalDate.of(2015, 7, 1),
        "Farmers in Kansas brought in a record wheat harvest this summer after steady rains.\n\n"
            + "\"It was the best season in a decade,\" said Dale Winters, a grower near"
            + " Wichita.\n\n"
            + "Prices fell as elevators filled across the state.");
  }

  static RawDocument numbered(int n) {
    return doc(
        "loop-" + n + ".txt",
        "Bulletin number " + n,
        "Loop Wire",
        LocalDate.of(2020, 1, 1).plusDays(n % 300),
        "Bulletin "
            + n
            + " reports that the council met for session "
            + n
            + " and approved motion "
            + (n * 7)
            + " after a long debate.\n\n"
            + "The vote on item "
            + n
            + " was recorded in the minutes.");
  }

  static RawDocument doc(
      String source, String title, String outlet, LocalDate published, String text) {
    return new RawDocument(
        source, SourceFormat.TEXT, text, "https://example.org/" + source, title, outlet, published);
  }
}
