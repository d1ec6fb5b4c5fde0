package dev.mlkatas.ranking.commands;

import static dev.mlkatas.output.HtmlText.escape;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The search page's HTML, rendered on the server from the same document {@code /api/search} answers. */
final class SearchPageHtml {

    private static final String STYLE = "body{font-family:sans-serif;margin:1.5em}"
            + ".rankings{display:flex;gap:1.5em;align-items:flex-start}.ranking{flex:1}"
            + "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.2em .4em;"
            + "text-align:left;vertical-align:top;font-size:.9em}.num{text-align:right}"
            + ".features{font-size:.8em;color:#444}.up{color:#060}.down{color:#a00}";

    private SearchPageHtml() {
    }

    /** The page: the search box, then (for a query) the three rankings side by side. */
    static String render(String query, Map<String, Object> results) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Search")
                .append(query.isEmpty() ? "" : ": " + escape(query)).append("</title><style>").append(STYLE)
                .append("</style></head><body><h1>Grocery search</h1>")
                .append("<form method=\"get\" action=\"/\"><input name=\"q\" size=\"40\" autofocus value=\"")
                .append(escape(query)).append("\"> <button type=\"submit\">Search</button></form>");
        if (results != null && results.containsKey("error")) {
            html.append("<p id=\"error\">").append(escape(String.valueOf(results.get("error")))).append("</p>");
        } else if (results != null) {
            html.append(String.format(Locale.ROOT, "<p id=\"summary\">'%s' understood as '%s', answered in %.1f ms</p>",
                    escape(query), escape(String.valueOf(results.get("normalised"))), (Double) results.get("millis")));
            html.append("<div class=\"rankings\">");
            @SuppressWarnings("unchecked")
            Map<String, List<Map<String, Object>>> rankings = (Map<String, List<Map<String, Object>>>) results
                    .get("rankings");
            rankings.forEach((ranker, hits) -> ranking(html, ranker, hits));
            html.append("</div>");
        }
        return html.append("</body></html>\n").toString();
    }

    private static void ranking(StringBuilder html, String ranker, List<Map<String, Object>> hits) {
        html.append("<section class=\"ranking\" id=\"").append(escape(ranker)).append("\"><h2>")
                .append(escape(ranker)).append("</h2>");
        if (hits.isEmpty()) {
            html.append("<p>no product matches</p></section>");
            return;
        }
        html.append("<table><tr><th>#</th><th>product</th><th class=\"num\">score</th></tr>");
        for (int i = 0; i < hits.size(); i++) {
            Map<String, Object> hit = hits.get(i);
            html.append("<tr><td>").append(i + 1).append("</td><td><span class=\"name\">")
                    .append(escape(String.valueOf(hit.get("name")))).append("</span><br><small>")
                    .append(escape(String.valueOf(hit.get("aisle")))).append("</small>");
            explain(html, hit);
            html.append("</td><td class=\"num\">").append(number(hit.get("score"))).append("</td></tr>");
        }
        html.append("</table></section>");
    }

    /** Under a learned ranker's result, every feature's value and contribution; else what drove the score. */
    @SuppressWarnings("unchecked")
    private static void explain(StringBuilder html, Map<String, Object> hit) {
        html.append("<div class=\"features\">");
        if (hit.containsKey("features")) {
            html.append("baseline ").append(number(hit.get("baseline")));
            ((Map<String, Map<String, Double>>) hit.get("features")).forEach((feature, value) -> {
                double contribution = value.get("contribution");
                html.append("<br>").append(escape(feature)).append(" = ").append(number(value.get("value")))
                        .append(" <span class=\"").append(contribution >= 0 ? "up" : "down").append("\">")
                        .append(String.format(Locale.ROOT, "%+.3f", contribution)).append("</span>");
            });
        } else {
            ((Map<String, Double>) hit.get("drivers")).forEach((driver, value) -> html.append(escape(driver))
                    .append(' ').append(number(value)).append("<br>"));
        }
        html.append("</div>");
    }

    private static String number(Object value) {
        return String.format(Locale.ROOT, "%.3f", ((Number) value).doubleValue());
    }
}
