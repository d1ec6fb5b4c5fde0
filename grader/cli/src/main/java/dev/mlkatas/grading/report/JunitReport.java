package dev.mlkatas.grading.report;

import dev.mlkatas.grading.Grade;
import dev.mlkatas.grading.KataGrade;
import dev.mlkatas.grading.TestScore;
import java.io.StringWriter;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** JUnit XML: one testsuite per kata; a suite that did not run is one errored test case. */
final class JunitReport {

    private JunitReport() {}

    static String render(Grade grade) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", grade.assignment().map(a -> a.title()).orElse("kata grade"));
            for (KataGrade kata : grade.katas()) {
                suite(xml, grade, kata);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out + "\n";
    }

    private static void suite(XMLStreamWriter xml, Grade grade, KataGrade kata) throws XMLStreamException {
        long failures = kata.tests().stream().filter(t -> t.status().equals("failed")).count();
        long skipped = kata.tests().stream().filter(t -> t.status().equals("skipped")).count();
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", kata.kata().id());
        xml.writeAttribute("tests", Integer.toString(kata.ran() ? kata.tests().size() : 1));
        xml.writeAttribute("failures", Long.toString(failures));
        xml.writeAttribute("errors", kata.ran() ? "0" : "1");
        xml.writeAttribute("skipped", Long.toString(skipped));
        xml.writeAttribute("time", seconds(kata.report().elapsed().toMillis()));
        xml.writeCharacters("\n    ");
        xml.writeStartElement("properties");
        property(xml, "seed", Long.toString(grade.seed()));
        property(xml, "sandbox", grade.sandbox());
        property(xml, "points", Numbers.points(kata.points()));
        property(xml, "maxPoints", Numbers.points(kata.maxPoints()));
        xml.writeEndElement();
        if (!kata.ran()) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", kata.kata().id());
            xml.writeAttribute("name", "suite");
            xml.writeStartElement("error");
            xml.writeAttribute("message", kata.problem().lines().findFirst().orElse(""));
            xml.writeCharacters(kata.problem());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        for (TestScore test : kata.tests()) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", kata.kata().id());
            xml.writeAttribute("name", test.name());
            if (test.status().equals("failed")) {
                xml.writeStartElement("failure");
                xml.writeAttribute("message", test.message().lines().findFirst().orElse(""));
                xml.writeCharacters(test.message());
                xml.writeEndElement();
            } else if (test.status().equals("skipped")) {
                xml.writeEmptyElement("skipped");
            }
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", value);
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}
