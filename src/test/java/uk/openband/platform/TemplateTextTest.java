package uk.openband.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * All words a person reads come from messages.properties: no literal text in templates. Only HTML templates are
 * checked: the e-mail bodies in templates/mail/*.txt are plain-text templates whose words are the template (their
 * subjects do come from messages.properties, see uk.openband.notify.internal.MailTemplates).
 */
class TemplateTextTest {

    private static final List<String> TEXT_ATTRIBUTES = List.of("th:text", "th:utext", "th:replace", "th:insert");

    @Test
    void templates_hold_no_literal_text() throws IOException {
        List<String> literals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
                for (Element element : doc.getAllElements()) {
                    if (replacedOrTextSet(element)) {
                        continue;
                    }
                    for (TextNode text : element.textNodes()) {
                        String words = text.text().trim();
                        if (words.matches(".*\\p{L}{2,}.*") && !insideReplaced(element)) {
                            literals.add(file + ": <" + element.tagName() + "> \"" + words + "\"");
                        }
                    }
                    for (String attr : List.of("aria-label", "title", "alt", "placeholder")) {
                        if (element.hasAttr(attr) && element.attr(attr).matches(".*\\p{L}{2,}.*")) {
                            literals.add(file + ": " + attr + "=\"" + element.attr(attr) + "\"");
                        }
                    }
                }
            }
        }
        assertThat(literals).as("literal text in templates: use th:text with a message").isEmpty();
    }

    @Test
    void this_check_can_fail() {
        Document doc = Jsoup.parse("<p class=\"govuk-body\">Hello there</p>", "", Parser.xmlParser());
        assertThat(doc.select("p").first().textNodes()).isNotEmpty();
        assertThat(replacedOrTextSet(doc.select("p").first())).isFalse();
    }

    private static boolean replacedOrTextSet(Element element) {
        return TEXT_ATTRIBUTES.stream().anyMatch(element::hasAttr);
    }

    private static boolean insideReplaced(Element element) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (parent.hasAttr("th:replace") || parent.hasAttr("th:text") || parent.hasAttr("th:utext")) {
                return true;
            }
        }
        return false;
    }
}
