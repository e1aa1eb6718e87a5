package io.callbot.pbx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One {@code [name]} section (Asterisk calls it a category) with its entries in file order, including those
 * inherited from templates ({@code [name](template)}) first, as Asterisk copies them. Immutable.
 *
 * @param name       the section name
 * @param template   true for {@code [name](!)}: a template, not a section in its own right
 * @param templates  the templates it inherits from, in order
 * @param entries    its entries
 * @param at         where the {@code [} stands
 */
public record ConfigSection(String name, boolean template, List<String> templates, List<ConfigEntry> entries,
                            ConfigPosition at) {

    public ConfigSection {
        templates = List.copyOf(templates);
        entries = List.copyOf(entries);
    }

    /** The last value set for {@code key} (later lines override earlier ones); names compare ignoring case. */
    public Optional<String> value(String key) {
        String found = null;
        for (ConfigEntry e : entries) {
            if (e.name().equalsIgnoreCase(key)) {
                found = e.value();
            }
        }
        return Optional.ofNullable(found);
    }

    /** Every entry named {@code key}, in order (for keys that may repeat, like {@code member} or {@code exten}). */
    public List<ConfigEntry> all(String key) {
        List<ConfigEntry> found = new ArrayList<>();
        for (ConfigEntry e : entries) {
            if (e.name().equalsIgnoreCase(key)) {
                found.add(e);
            }
        }
        return found;
    }

    /** True for Asterisk's {@code [general]} and {@code [globals]}, which are settings, not contexts or objects. */
    public boolean isGeneral() {
        String n = name.toLowerCase(Locale.ROOT);
        return n.equals("general") || n.equals("globals");
    }
}
