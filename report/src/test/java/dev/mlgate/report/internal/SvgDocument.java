package dev.mlgate.report.internal;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** One rendered chart read back as XML, so tests assert what it plots rather than how it is spelled. */
record SvgDocument(Element root) {

    static SvgDocument parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            return new SvgDocument(factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)))
                    .getDocumentElement());
        } catch (Exception e) {
            throw new AssertionError("not well-formed SVG: " + svg, e);
        }
    }

    String data(String name) {
        return root.getAttribute("data-" + name);
    }

    /** Elements named {@code tag} whose class list holds {@code cssClass} (any when null). */
    List<Element> all(String tag, String cssClass) {
        NodeList nodes = root.getElementsByTagName(tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (cssClass == null || List.of(element.getAttribute("class").split(" ")).contains(cssClass)) {
                found.add(element);
            }
        }
        return found;
    }

    Element one(String tag, String cssClass) {
        List<Element> found = all(tag, cssClass);
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " <" + tag + " class=" + cssClass + "> in " + root.getAttribute("class"));
        }
        return found.get(0);
    }

    List<String> texts(String cssClass) {
        return all("text", cssClass).stream().map(Element::getTextContent).toList();
    }

    static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }
}
