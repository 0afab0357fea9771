package org.genreworkbench.report;

import java.util.List;

/**
 * A page written top to bottom. Every piece of text goes through {@link #escape}: track, tag, label and model
 * names are the user's data and must never become markup.
 */
final class Html {
    private final StringBuilder out = new StringBuilder(1 << 16);

    /** Text made safe for an element's content or a quoted attribute value. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Markup this code made itself (tags, or text already escaped). */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** {@code <tag>text</tag>}, the text escaped. */
    Html element(String tag, String text) {
        out.append('<').append(tag).append('>').append(escape(text)).append("</").append(tag).append(">\n");
        return this;
    }

    /** A section with an id to link to and a heading. */
    Html section(String id, String heading) {
        out.append("<section id=\"").append(escape(id)).append("\">\n");
        return element("h2", heading);
    }

    Html endSection() {
        out.append("</section>\n");
        return this;
    }

    /** A two-column table of names and values. */
    Html facts(String id, List<String[]> rows) {
        out.append("<table class=\"facts\" id=\"").append(escape(id)).append("\">\n");
        for (String[] row : rows) {
            out.append("<tr><th>").append(escape(row[0])).append("</th><td>").append(escape(row[1])).append("</td></tr>\n");
        }
        out.append("</table>\n");
        return this;
    }

    /**
     * A table with a header row; cells are markup (callers escape their text, and may add emphasis or marks).
     */
    Html table(String id, List<String> header, List<List<String>> rows) {
        // Wide tables (a dozen metrics) scroll sideways inside the page rather than run off its edge.
        out.append("<div class=\"scroll\"><table id=\"").append(escape(id)).append("\">\n<thead><tr>");
        header.forEach(h -> out.append("<th>").append(escape(h)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            out.append("<tr>");
            row.forEach(cell -> out.append("<td>").append(cell).append("</td>"));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table></div>\n");
        return this;
    }

    /** A figure: an inline SVG picture with its caption. */
    Html figure(String svg, String caption) {
        out.append("<figure>\n").append(svg).append("\n<figcaption>").append(escape(caption)).append("</figcaption>\n</figure>\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
