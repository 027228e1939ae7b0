package org.newsbrief.clean;

import java.util.List;

/**
 * The meta tag names (lower case) that declare a page's publication date, most trusted first (the
 * first three name the article's own), and those that declare its last modification.
 */
final class DateMetaNames {
  /** Publication: article tags, then Dublin Core, analytics and CMS tags. */
  static final List<String> PUBLISHED =
      List.of(
          "article:published_time",
          "og:published_time",
          "datepublished",
          "date",
          "dc.date",
          "dc.date.issued",
          "dcterms.date",
          "dcterms.issued",
          "sailthru.date",
          "parsely-pub-date",
          "pubdate",
          "publish-date",
          "publication_date",
          "article:published",
          "article.published",
          "published_time",
          "publishdate",
          "publish_date",
          "date_published",
          "pub_date",
          "dc.date.created",
          "dcterms.created",
          "datecreated",
          "originalpublicationdate",
          "cxenseparse:recs:publishtime",
          "citation_publication_date",
          "citation_date",
          "bepress_citation_date",
          "release_date");

  /** Last modification. */
  static final List<String> MODIFIED =
      List.of(
          "article:modified_time",
          "og:updated_time",
          "datemodified",
          "last-modified",
          "dc.date.modified",
          "dcterms.modified");

  private DateMetaNames() {}
}
