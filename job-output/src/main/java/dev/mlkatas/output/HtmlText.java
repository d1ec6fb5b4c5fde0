package dev.mlkatas.output;

/**
 * Text for an HTML page: the five characters that could start markup or end an attribute, escaped, so that
 * whatever a page shows (a query, a failure message) is shown as text, never run as markup.
 *
 * <p>Example: {@code HtmlText.escape("<b>fish & chips</b>")} is {@code &lt;b&gt;fish &amp; chips&lt;/b&gt;}.
 */
public final class HtmlText {

    private HtmlText() {
    }

    /** {@code text} with {@code < > & " '} as entities; every other character as it was. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
