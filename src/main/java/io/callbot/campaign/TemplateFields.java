package io.callbot.campaign;

import io.callbot.dialog.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The names a template or branch condition may read, and the check of each use. Namespaces:
 * {@code customer.<field>} for {@link #CUSTOMER_FIELDS}, {@code customer.attributes.<key>} for any
 * attribute, {@code data.<key>} for the campaign's {@code data}, {@code campaign.<field>} for
 * {@link #CAMPAIGN_FIELDS}. Stateless.
 */
public final class TemplateFields {

    /** Profile fields every customer has (possibly empty). */
    public static final List<String> CUSTOMER_FIELDS =
            List.of("first_name", "last_name", "name", "phone", "language", "timezone", "external_id");
    /** Campaign fields. */
    public static final List<String> CAMPAIGN_FIELDS = List.of("id", "name", "tenant", "kind");

    private TemplateFields() {
    }

    /** Null when {@code path} names a field a call can have, else the problem. */
    public static String checkPath(String path, Set<String> dataKeys) {
        String[] parts = path.split("\\.", -1);
        String root = parts[0];
        String rest = path.substring(root.length()).replaceFirst("^\\.", "");
        switch (root) {
            case "customer" -> {
                if (rest.startsWith("attributes.") && parts.length == 3 && !parts[2].isEmpty()) {
                    return null;
                }
                return parts.length == 2 && CUSTOMER_FIELDS.contains(rest) ? null
                        : "unknown field '" + path + "'" + prefixed("customer.", rest, CUSTOMER_FIELDS)
                        + "; customer fields are " + String.join(", ", CUSTOMER_FIELDS) + " and attributes.<key>";
            }
            case "data" -> {
                return parts.length == 2 && dataKeys.contains(rest) ? null
                        : "'" + path + "' is not defined in data" + prefixed("data.", rest, dataKeys)
                        + (dataKeys.isEmpty() ? "" : "; data has " + String.join(", ", dataKeys));
            }
            case "campaign" -> {
                return parts.length == 2 && CAMPAIGN_FIELDS.contains(rest) ? null
                        : "unknown field '" + path + "'" + prefixed("campaign.", rest, CAMPAIGN_FIELDS)
                        + "; campaign fields are " + String.join(", ", CAMPAIGN_FIELDS);
            }
            default -> {
                return "unknown field '" + path + "'; fields start with customer., data. or campaign.";
            }
        }
    }

    private static String prefixed(String prefix, String name, java.util.Collection<String> known) {
        String best = DidYouMean.closest(name, known);
        return best == null ? "" : " (did you mean '" + prefix + best + "'?)";
    }

    /** Problems with the filters of one field, empty when fine. */
    public static List<String> checkFilters(Template.Field field) {
        List<String> out = new ArrayList<>();
        for (Template.Filter filter : field.filters()) {
            if (!Template.KNOWN_FILTERS.contains(filter.name())) {
                out.add("unknown filter '" + filter.name() + "' on {" + field.path() + "}"
                        + DidYouMean.hint(filter.name(), Template.KNOWN_FILTERS)
                        + "; filters are " + String.join(", ", Template.KNOWN_FILTERS));
            } else if (filter.name().equals("default") && filter.argument() == null) {
                out.add("filter 'default' needs a value, like {" + field.path() + "|default:there}");
            } else if (!filter.name().equals("default") && filter.argument() != null) {
                out.add("filter '" + filter.name() + "' takes no value");
            }
        }
        return out;
    }

    /** Checks every template and condition field collected while reading the dialog. */
    static void check(DialogReadState context, Set<String> dataKeys) {
        for (DialogReadState.TemplateRef ref : context.templates) {
            for (Template.Field field : ref.template().fields()) {
                String problem = checkPath(field.path(), dataKeys);
                String needle = "{" + field.path();
                if (problem != null) {
                    context.problems.atText(ref.node(), needle, ref.path(), problem);
                }
                checkFilters(field).forEach(p -> context.problems.atText(ref.node(), needle, ref.path(), p));
            }
        }
        for (DialogReadState.Ref ref : context.conditionFields) {
            String problem = checkPath(ref.name(), dataKeys);
            if (problem != null) {
                context.problems.at(ref.node(), ref.path(), problem);
            }
        }
    }
}
