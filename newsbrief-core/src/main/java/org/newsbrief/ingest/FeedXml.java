package org.newsbrief.ingest;

import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.xml.sax.SAXParseException;

/**
 * Parses a feed's text as XML, safely (no DOCTYPE, no entities from outside; HTML entity names such
 * as {@code &nbsp;} are translated first, as Rome does), and says in words why a document is not
 * one newsbrief reads: not well-formed (with line and column), a DOCTYPE, or well-formed XML of
 * another kind (CDF, an RSS without a channel, an unknown root element).
 */
final class FeedXml {
  private FeedXml() {}

  /**
   * The XML document in {@code text}.
   *
   * @throws IllegalArgumentException with the reason it cannot be a feed
   */
  static Document parse(String text) {
    SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
    builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
    builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    builder.setExpandEntities(false);
    Document document;
    try {
      document = builder.build(new XmlFixerReader(new StringReader(text)));
    } catch (JDOMException e) {
      throw new IllegalArgumentException(notWellFormed(e), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("feed cannot be read as XML", e);
    }
    check(document.getRootElement());
    return document;
  }

  private static String notWellFormed(JDOMException e) {
    Throwable cause = e.getCause();
    String message = String.valueOf(cause != null ? cause.getMessage() : e.getMessage());
    if (message.contains("DOCTYPE")) {
      return "feed declares a DOCTYPE, which newsbrief refuses (it could expand entities or"
          + " read local files)";
    }
    if (cause instanceof SAXParseException p) {
      return String.format(
          Locale.ROOT,
          "not well-formed XML at line %d, column %d: %s",
          p.getLineNumber(),
          p.getColumnNumber(),
          message);
    }
    return "not well-formed XML: " + message;
  }

  private static void check(Element root) {
    String name = root.getName();
    if (name.equals("rss") && root.getChild("channel", root.getNamespace()) == null) {
      throw new IllegalArgumentException("RSS feed has no <channel>, so no entries");
    }
    if (name.equalsIgnoreCase("channel") && root.getNamespace().getURI().isEmpty()) {
      throw new IllegalArgumentException(
          "a CDF channel (Microsoft Channel Definition Format), not an RSS or Atom feed");
    }
    if (!name.equals("rss") && !name.equals("feed") && !name.equals("RDF")) {
      throw new IllegalArgumentException(
          "XML, but not an RSS or Atom feed: its root element is <"
              + root.getQualifiedName()
              + ">");
    }
  }
}
