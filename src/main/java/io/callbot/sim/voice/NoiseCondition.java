package io.callbot.sim.voice;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Background noise on the caller's side, named {@code none} or {@code KIND} + SNR in dB: {@code cafe15} (babble of
 * other talkers over a murmur, 15 dB below the caller's speech), {@code pink20}, {@code white10}, {@code brown5}.
 * An immutable value.
 *
 * @param kind one of {@link #KINDS}, or {@code none}
 * @param snrDb the caller's active speech level over the noise level, both measured in the telephone band
 */
public record NoiseCondition(String kind, double snrDb) {

    public static final List<String> KINDS = List.of("cafe", "pink", "white", "brown");
    public static final NoiseCondition NONE = new NoiseCondition("none", Double.POSITIVE_INFINITY);
    private static final Pattern FORM = Pattern.compile("([a-z]+)(-?\\d+(?:\\.\\d+)?)");

    public static NoiseCondition parse(String name) {
        String s = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (s.equals("none")) {
            return NONE;
        }
        Matcher m = FORM.matcher(s);
        if (!m.matches() || !KINDS.contains(m.group(1))) {
            throw new IllegalArgumentException("noise '" + name + "': expected none or KIND followed by the SNR in dB,"
                    + " e.g. cafe15 or pink20 (kinds: " + String.join(", ", KINDS) + ")");
        }
        return new NoiseCondition(m.group(1), Double.parseDouble(m.group(2)));
    }

    public boolean silent() {
        return kind.equals("none");
    }

    @Override
    public String toString() {
        if (silent()) {
            return "none";
        }
        return kind + (snrDb == Math.rint(snrDb) ? String.valueOf((long) snrDb) : String.valueOf(snrDb));
    }
}
