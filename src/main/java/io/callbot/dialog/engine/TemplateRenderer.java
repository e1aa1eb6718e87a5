package io.callbot.dialog.engine;

import io.callbot.nlu.NumberWords;
import io.callbot.dialog.Template;
import java.time.Clock;
import java.time.ZoneId;
import io.callbot.dialog.Message;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link Template} over a customer's values into the text the robot speaks. Filters:
 * {@code date}, {@code time}, {@code number}, {@code digits}, {@code money[:CUR]}, {@code upper},
 * {@code lower}, {@code default:x}. A missing field without a default renders as nothing and the spaces
 * around it are tidied; a filter that does not fit the value (a date filter on "soon") leaves it as it is.
 * Unknown filter names (the loader rejects them) pass the value through. Not thread-safe: it reads the
 * owning dialog's live {@code call.*} values.
 */
final class TemplateRenderer {

    private final ProfileValues values;
    private final Clock clock;
    private final ZoneId zone;

    TemplateRenderer(ProfileValues values, Clock clock, ZoneId zone) {
        this.values = values;
        this.clock = clock;
        this.zone = zone;
    }

    /** The spoken text of {@code template}; empty for a null template. */
    String render(Template template) {
        if (template == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (Template.Segment segment : template.segments()) {
            if (segment instanceof Template.Literal literal) {
                out.append(literal.text());
            } else if (segment instanceof Template.Field field) {
                out.append(field(field));
            }
        }
        return tidy(out.toString());
    }

    /** The pieces to play for {@code message}: its rendered text and recorded prompt; none when empty. */
    List<Action.Prompt> prompts(Message message) {
        if (message == null || message.isEmpty()) {
            return List.of();
        }
        String text = message.say() == null ? null : render(message.say());
        return List.of(new Action.Prompt(text, message.prompt()));
    }

    private String field(Template.Field field) {
        String value = text(values.get(field.path()));
        for (Template.Filter filter : field.filters()) {
            value = apply(filter, value);
        }
        return value == null ? "" : value;
    }

    /** Applies one filter; null stands for a missing value and stays missing except for {@code default}. */
    private String apply(Template.Filter filter, String value) {
        if (filter.name().equals("default")) {
            return value == null || value.isBlank() ? (filter.argument() == null ? "" : filter.argument()) : value;
        }
        if (value == null) {
            return null;
        }
        String formatted = switch (filter.name()) {
            case "date" -> SpokenFormats.date(value, clock.instant().atZone(zone).getYear(), zone);
            case "time" -> SpokenFormats.time(value, zone);
            case "number" -> SpokenFormats.number(value);
            case "money" -> SpokenFormats.money(value, filter.argument());
            case "digits" -> NumberWords.digitsToWords(value);
            case "upper" -> value.toUpperCase(Locale.ROOT);
            case "lower" -> value.toLowerCase(Locale.ROOT);
            default -> value;
        };
        return formatted == null ? value : formatted;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> items) {
            return items.isEmpty() ? null : String.join(", ", items.stream().map(String::valueOf).toList());
        }
        String s = value.toString();
        return s.isBlank() ? null : s;
    }

    /** Collapses the gaps a missing field leaves: double spaces, a space before punctuation. */
    private static String tidy(String text) {
        return text.replaceAll("[ \\t]{2,}", " ").replaceAll(" +([,.!?;:])", "$1").replaceAll(",([.!?])", "$1").trim();
    }
}
