package dev.mlkatas.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlTextTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("", ""),
                Arguments.of("fresh fish", "fresh fish"),
                Arguments.of("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
                Arguments.of("\" onmouseover=\"x", "&quot; onmouseover=&quot;x"),
                Arguments.of("fish & chips", "fish &amp; chips"),
                Arguments.of("&amp; is already an entity", "&amp;amp; is already an entity"),
                Arguments.of("&#39;", "&amp;#39;"),
                Arguments.of("<<>>", "&lt;&lt;&gt;&gt;"),
                Arguments.of("crème brûlée 🐟\ttab\nline", "crème brûlée 🐟\ttab\nline"));
    }

    @ParameterizedTest(name = "''{0}''")
    @MethodSource("texts")
    @DisplayName("escapes the five characters that could start markup or end an attribute, and nothing else")
    void escapes(String text, String html) {
        assertThat(HtmlText.escape(text)).isEqualTo(html);
    }
}
