package org.newsbrief.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An article's metadata while it is cleaned: what its container gave, then what the page declares,
 * then what its furniture lines say (a date line, an outlet named in the furniture, a wire agency's
 * dateline), each filling only what is still open. Reading the lines also drops that furniture and
 * repeated paragraphs.
 */
final class PageHeader {
  @Nullable String title;
  @Nullable String outlet;
  @Nullable LocalDate published;
  @Nullable String byline;
  @Nullable String url;
  @Nullable String language;
  @Nullable LocalDate modified;

  /** Fills what the container left open from what the page declares; its canonical URL wins. */
  void take(PageMetadata.Found page) {
    byline = byline != null ? byline : page.byline();
    url = page.canonical() != null ? page.canonical() : url;
    language = language != null ? language : page.language();
    modified = page.modified();
  }

  /** The lines without date lines and boilerplate, taking the date and outlet they name. */
  List<String> dropFurniture(List<String> lines) {
    List<String> kept = new ArrayList<>();
    for (String line : lines) {
      Optional<DateLines.DateLine> dateLine = DateLines.parse(line);
      if (dateLine.isPresent()) {
        if (published == null) {
          published = dateLine.get().date();
        }
        outlet = first(outlet, dateLine.get().outlet().orElse(null));
        continue;
      }
      if (Boilerplate.isBoilerplate(line)) {
        outlet = first(outlet, OutletMentions.fromFurniture(line).orElse(null));
        continue;
      }
      kept.add(line);
    }
    return kept;
  }

  /**
   * The body's paragraphs: no captions, boilerplate, repeats or repeat of the headline; a wire
   * agency's dateline is cut from its paragraph and taken as the outlet.
   */
  List<String> bodyParagraphs(List<String> paragraphs, @Nullable String headline) {
    List<String> body = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    if (headline != null) {
      seen.add(ParagraphKeys.key(headline));
    }
    for (String paragraph : paragraphs) {
      if (Captions.isCaption(paragraph) || Boilerplate.isBoilerplate(paragraph)) {
        continue;
      }
      Optional<String> agency = OutletMentions.fromDateline(paragraph);
      if (agency.isPresent()) {
        outlet = first(outlet, agency.get());
        paragraph = OutletMentions.stripDateline(paragraph);
      }
      if (!paragraph.isBlank() && seen.add(ParagraphKeys.key(paragraph))) {
        body.add(paragraph.strip());
      }
    }
    return body;
  }

  /** {@code a} unless blank, else {@code b} stripped unless blank, else null. */
  static @Nullable String first(@Nullable String a, @Nullable String b) {
    return a != null && !a.isBlank() ? a : (b != null && !b.isBlank() ? b.strip() : null);
  }
}
