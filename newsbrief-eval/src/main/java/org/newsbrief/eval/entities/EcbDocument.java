package org.newsbrief.eval.entities;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * One ECB+ document: its tokens and its gold entity mentions (participants and locations; times and
 * events are left out), each with its cluster: the cross-document instance it refers to, else its
 * within-document chain, else itself.
 *
 * @param topic the topic number, e.g. "1"
 * @param document the tokens, sentence 0 emptied in {@code ecbplus} files (it holds the source URL)
 * @param mentions the gold entity mentions, in document order
 */
record EcbDocument(String topic, EntityDocument document, List<GoldMention> mentions) {

  /**
   * A gold mention.
   *
   * @param span where it is
   * @param cluster the id of the entity it refers to
   * @param text its tokens joined by spaces
   */
  record GoldMention(MentionSpan span, String cluster, String text) {}

  static EcbDocument read(Path file) throws IOException {
    Element root = parse(file).getDocumentElement();
    String name = file.getFileName().toString().replaceFirst("\\.xml$", "");
    Map<String, int[]> position = new HashMap<>();
    List<List<String>> sentences = new ArrayList<>();
    NodeList tokens = root.getElementsByTagName("token");
    for (int i = 0; i < tokens.getLength(); i++) {
      Element t = (Element) tokens.item(i);
      int sentence = Integer.parseInt(t.getAttribute("sentence"));
      while (sentences.size() <= sentence) {
        sentences.add(new ArrayList<>());
      }
      List<String> words = sentences.get(sentence);
      position.put(t.getAttribute("t_id"), new int[] {sentence, words.size()});
      words.add(t.getTextContent());
    }
    List<List<String>> text = new ArrayList<>(sentences);
    if (name.endsWith("ecbplus") && !text.isEmpty()) {
      text.set(0, List.of());
    }
    Map<String, String> clusters = clusters(root, name);
    List<GoldMention> mentions = new ArrayList<>();
    for (Element markable : children(root, "Markables")) {
      if (!isEntity(markable.getTagName())) {
        continue;
      }
      List<Element> anchors = elements(markable, "token_anchor");
      if (anchors.isEmpty()) {
        continue;
      }
      int[] first = position.get(anchors.get(0).getAttribute("t_id"));
      int[] last = position.get(anchors.get(anchors.size() - 1).getAttribute("t_id"));
      if (first == null || last == null || first[0] != last[0] || text.get(first[0]).isEmpty()) {
        continue;
      }
      String id = markable.getAttribute("m_id");
      MentionSpan span = new MentionSpan(name, first[0], first[1], last[1] + 1);
      String words = String.join(" ", sentences.get(first[0]).subList(first[1], last[1] + 1));
      mentions.add(new GoldMention(span, clusters.getOrDefault(id, name + "#m" + id), words));
    }
    String topic = name.substring(0, name.indexOf('_'));
    return new EcbDocument(topic, new EntityDocument(name, text), mentions);
  }

  static boolean isEntity(String tag) {
    return tag.startsWith("HUMAN_PART")
        || tag.startsWith("NON_HUMAN_PART")
        || tag.startsWith("LOC");
  }

  private static Map<String, String> clusters(Element root, String name) {
    Map<String, String> clusterOf = new HashMap<>();
    for (Element relation : children(root, "Relations")) {
      String cluster =
          relation.getTagName().equals("CROSS_DOC_COREF")
              ? relation.getAttribute("note")
              : name + "#r" + relation.getAttribute("r_id");
      for (Element source : elements(relation, "source")) {
        clusterOf.put(source.getAttribute("m_id"), cluster);
      }
    }
    return clusterOf;
  }

  /** The element children of the first {@code container} element under {@code root}. */
  private static List<Element> children(Element root, String container) {
    NodeList found = root.getElementsByTagName(container);
    List<Element> out = new ArrayList<>();
    Node first = found.getLength() == 0 ? null : found.item(0).getFirstChild();
    for (Node n = first; n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  /** Every {@code tag} element under {@code parent}. */
  private static List<Element> elements(Element parent, String tag) {
    NodeList found = parent.getElementsByTagName(tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < found.getLength(); i++) {
      out.add((Element) found.item(i));
    }
    return out;
  }

  private static org.w3c.dom.Document parse(Path file) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(file.toFile());
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }
}
