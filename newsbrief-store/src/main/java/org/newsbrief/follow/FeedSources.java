package org.newsbrief.follow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.newsbrief.model.Problem;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The feeds named on a command line: http(s) URLs, local feed files, and OPML files (an outline
 * list, as feed readers export subscriptions) listing either; a relative path in an OPML file is
 * read from the OPML file's folder. Each feed is named once, in the order given.
 *
 * @param feeds the feeds to follow
 * @param problems inputs that name no feed (missing file, broken OPML), by name
 */
record FeedSources(List<String> feeds, List<Problem> problems) {
  private static final Pattern URL_LIKE = Pattern.compile("(?i)^https?://.*");
  private static final long MAX_OPML_BYTES = 4L * 1024 * 1024;

  FeedSources {
    feeds = List.copyOf(feeds);
    problems = List.copyOf(problems);
  }

  /** Expands {@code inputs} into feeds. */
  static FeedSources of(List<String> inputs) {
    Set<String> feeds = new LinkedHashSet<>();
    List<Problem> problems = new ArrayList<>();
    for (String input : inputs) {
      String given = input.strip();
      if (URL_LIKE.matcher(given).matches()) {
        feeds.add(given);
        continue;
      }
      try {
        Path path = Path.of(given);
        if (!Files.isRegularFile(path)) {
          problems.add(new Problem(input, "no such file (nor an http or https URL)"));
        } else if (isOpml(path)) {
          feeds.addAll(outlines(path));
        } else {
          feeds.add(path.toString());
        }
      } catch (InvalidPathException e) {
        problems.add(new Problem(input, "not a valid path: " + e.getReason()));
      } catch (IOException | IllegalArgumentException e) {
        problems.add(new Problem(input, "cannot read the OPML file: " + e.getMessage()));
      }
    }
    return new FeedSources(new ArrayList<>(feeds), problems);
  }

  /** An OPML file: named .opml, or an XML file whose root element is {@code <opml>}. */
  static boolean isOpml(Path file) throws IOException {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    if (name.endsWith(".opml")) {
      return true;
    }
    try (InputStream in = Files.newInputStream(file)) {
      String head = new String(in.readNBytes(1024), java.nio.charset.StandardCharsets.UTF_8);
      return Pattern.compile("<opml[\\s>]").matcher(head).find();
    }
  }

  /**
   * The feeds an OPML file lists: every outline's {@code xmlUrl}, however deeply nested.
   *
   * @throws IllegalArgumentException when it is not well-formed OPML or lists no feed
   */
  static List<String> outlines(Path opml) throws IOException {
    if (Files.size(opml) > MAX_OPML_BYTES) {
      throw new IllegalArgumentException("over the cap of " + MAX_OPML_BYTES + " bytes");
    }
    Element root;
    try (InputStream in = Files.newInputStream(opml)) {
      javax.xml.parsers.DocumentBuilder builder = parser().newDocumentBuilder();
      builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
      root = builder.parse(in).getDocumentElement();
    } catch (SAXException | ParserConfigurationException e) {
      throw new IllegalArgumentException("not well-formed XML: " + e.getMessage(), e);
    }
    if (!root.getTagName().equals("opml")) {
      throw new IllegalArgumentException("its root element is <" + root.getTagName() + ">");
    }
    List<String> feeds = new ArrayList<>();
    NodeList outlines = root.getElementsByTagName("outline");
    for (int i = 0; i < outlines.getLength(); i++) {
      String url = ((Element) outlines.item(i)).getAttribute("xmlUrl").strip();
      if (url.isEmpty()) {
        continue;
      }
      if (URL_LIKE.matcher(url).matches()) {
        feeds.add(url);
      } else {
        Path folder = opml.toAbsolutePath().getParent();
        feeds.add(folder == null ? url : folder.resolve(url).normalize().toString());
      }
    }
    if (feeds.isEmpty()) {
      throw new IllegalArgumentException("it lists no feed (no outline with an xmlUrl)");
    }
    return feeds;
  }

  /** A parser that refuses DOCTYPEs, so no entity can pull in a local file. */
  private static DocumentBuilderFactory parser() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    return factory;
  }
}
