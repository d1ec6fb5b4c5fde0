package dev.mlkatas.mutation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reads the mutants from PIT's XML report, {@code mutations.xml}. */
final class PitReport {

    /** A mutant as read, with the place in the compiled code that orders it among its namesakes. */
    private record Read(Mutant mutant, int index) {}

    private PitReport() {}

    static List<Mutant> read(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList nodes = factory.newDocumentBuilder().parse(file.toFile()).getElementsByTagName("mutation");
            Map<String, List<Read>> byName = new LinkedHashMap<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                Element mutation = (Element) nodes.item(i);
                Mutant mutant = new Mutant(
                        text(mutation, "mutatedClass"),
                        text(mutation, "mutatedMethod"),
                        Integer.parseInt(text(mutation, "lineNumber")),
                        text(mutation, "description"),
                        mutation.getAttribute("status"),
                        Boolean.parseBoolean(mutation.getAttribute("detected")));
                byName.computeIfAbsent(mutant.id(), id -> new ArrayList<>())
                        .add(new Read(mutant, Integer.parseInt(text(mutation, "index"))));
            }
            List<Mutant> mutants = new ArrayList<>();
            for (List<Read> namesakes : byName.values()) {
                namesakes.sort(Comparator.comparingInt(Read::index));
                for (int n = 0; n < namesakes.size(); n++) {
                    Mutant m = namesakes.get(n).mutant();
                    mutants.add(new Mutant(m.className(), m.mutatedMethod(), m.line(), m.description(), m.status(),
                            m.detected(), n + 1, namesakes.size()));
                }
            }
            return mutants;
        } catch (IOException | SAXException | ParserConfigurationException | NumberFormatException e) {
            throw new MutationException(file + ": not a PIT report that can be read: " + e.getMessage());
        }
    }

    private static String text(Element mutation, String tag) {
        NodeList found = mutation.getElementsByTagName(tag);
        if (found.getLength() == 0) {
            throw new NumberFormatException("a mutation without " + tag);
        }
        return found.item(0).getTextContent().strip();
    }
}
