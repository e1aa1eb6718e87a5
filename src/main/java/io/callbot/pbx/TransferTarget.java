package io.callbot.pbx;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a campaign's {@code transfer_to} becomes on the PBX: the extension of {@value #CONTEXT} the robot sends the
 * caller to with AMI {@code Redirect}. A queue name or an extension ({@code agents}, {@code 2001}) is sent as it is;
 * a {@code PJSIP/<endpoint>} becomes {@code pjsip-<endpoint>}, because an extension name cannot hold a {@code /}
 * (extensions.conf reads what follows a {@code /} as a caller-ID match). Which of them the PBX resolves, and how,
 * is the dialplan's business ({@link #resolve}). Immutable.
 *
 * @param value the campaign's {@code transfer_to} as written
 * @param exten the extension of {@value #CONTEXT} it is sent to
 */
public record TransferTarget(String value, String exten) {

    /** The dialplan context every transfer enters. */
    public static final String CONTEXT = "callbot-transfer";
    /** What a valid {@code transfer_to} looks like, for error messages. */
    public static final String RULE = "a queue name or extension of [" + CONTEXT + "] like agents or 2001, "
            + "or PJSIP/<endpoint> like PJSIP/alice";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9+*#][A-Za-z0-9_.+*#-]{0,79}");
    private static final Pattern ENDPOINT = Pattern.compile("(?i)PJSIP/([A-Za-z0-9+][A-Za-z0-9_.+@-]{0,79})");
    private static final String ENDPOINT_PREFIX = "pjsip-";

    /** The target a {@code transfer_to} value names, or empty when it has neither form. */
    public static Optional<TransferTarget> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        Matcher endpoint = ENDPOINT.matcher(v);
        if (endpoint.matches()) {
            return Optional.of(new TransferTarget(v, ENDPOINT_PREFIX + endpoint.group(1)));
        }
        return NAME.matcher(v).matches() ? Optional.of(new TransferTarget(v, v)) : Optional.empty();
    }

    /** Where the dialplan sends a caller redirected to this target, or empty when Asterisk would hang up. */
    public Optional<Dialplan.Resolved> resolve(Dialplan dialplan) {
        return dialplan.find(CONTEXT, exten, 1);
    }
}
