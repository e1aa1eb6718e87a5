package io.callbot.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Parses {@link Template} text; stateless and thread-safe. */
public final class TemplateParser {

    private static final Pattern PATH = Pattern.compile("[a-z_][a-z0-9_]*(\\.[A-Za-z0-9_]+)*");
    private static final Pattern FILTER_NAME = Pattern.compile("[a-z_]+");

    private TemplateParser() {
    }

    /** Parses {@code text}; throws {@link TemplateSyntaxException} naming the offset of the first error. */
    public static Template parse(String text) {
        List<Template.Segment> segments = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                literal.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < text.length() && text.charAt(i + 1) == '}') {
                literal.append('}');
                i += 2;
            } else if (c == '}') {
                throw new TemplateSyntaxException("unmatched '}' (write '}}' for a literal brace)", i);
            } else if (c == '{') {
                int close = text.indexOf('}', i);
                if (close < 0) {
                    throw new TemplateSyntaxException("unclosed '{'", i);
                }
                flush(literal, segments);
                segments.add(field(text.substring(i + 1, close), i));
                i = close + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        flush(literal, segments);
        return new Template(text, segments);
    }

    private static void flush(StringBuilder literal, List<Template.Segment> segments) {
        if (literal.length() > 0) {
            segments.add(new Template.Literal(literal.toString()));
            literal.setLength(0);
        }
    }

    private static Template.Field field(String body, int offset) {
        String[] parts = body.split("\\|", -1);
        String path = parts[0].trim();
        if (!PATH.matcher(path).matches()) {
            throw new TemplateSyntaxException("bad field name '" + path + "' in {" + body + "}", offset);
        }
        List<Template.Filter> filters = new ArrayList<>();
        for (int p = 1; p < parts.length; p++) {
            String part = parts[p];
            int colon = part.indexOf(':');
            String name = (colon < 0 ? part : part.substring(0, colon)).trim();
            String arg = colon < 0 ? null : part.substring(colon + 1);
            if (!FILTER_NAME.matcher(name).matches()) {
                throw new TemplateSyntaxException("bad filter '" + part + "' in {" + body + "}", offset);
            }
            filters.add(new Template.Filter(name, arg));
        }
        return new Template.Field(path, filters);
    }
}
