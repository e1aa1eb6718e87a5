package io.callbot.campaign;

import io.callbot.pbx.ConfigProblem;
import io.callbot.pbx.Dialplan;
import io.callbot.pbx.DialplanContext;
import io.callbot.pbx.DialplanExtension;
import io.callbot.pbx.ShippedPbxConfig;
import io.callbot.pbx.TransferTarget;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Which dialplan a campaign's {@code transfer_to} must resolve in: the one shipped in {@code dialplans/} by default, or
 * the copy deployed on the PBX ({@code callbot validate --dialplan}, config {@code ami.dialplan}). Immutable.
 *
 * @param dialplan the dialplan
 * @param source   its file, as error messages name it
 */
public record TransferCheck(Dialplan dialplan, String source) {

    public TransferCheck {
        Objects.requireNonNull(dialplan, "dialplan");
        Objects.requireNonNull(source, "source");
    }

    /** dialplans/extensions_callbot.conf as the project ships it. */
    public static TransferCheck shipped() {
        return new TransferCheck(ShippedPbxConfig.get().dialplan(), "dialplans/" + ShippedPbxConfig.EXTENSIONS);
    }

    /** A deployed extensions.conf (its {@code #include}s read from its directory). */
    public static TransferCheck read(Path file) throws IOException {
        return new TransferCheck(Dialplan.read(file), file.toString());
    }

    /** What Asterisk would warn about in the dialplan itself (reported by validate before the campaigns). */
    public List<ConfigProblem> problems() {
        return dialplan.problems();
    }

    /** Why {@code value} is no transfer target this dialplan resolves, or null when it is one. */
    String problem(String value) {
        var target = TransferTarget.parse(value);
        if (target.isEmpty()) {
            return "must be " + TransferTarget.RULE + ", was '" + value + "'";
        }
        if (target.get().resolve(dialplan).isPresent()) {
            return null;
        }
        return "'" + value + "' is not resolved by [" + TransferTarget.CONTEXT + "] of " + source
                + ": the robot would send the caller to extension '" + target.get().exten()
                + "' there, which no extension or pattern matches, and Asterisk would hang up; it resolves "
                + targets() + " (add an extension for this target to the dialplan, or use one of those)";
    }

    private String targets() {
        return dialplan.context(TransferTarget.CONTEXT).map(DialplanContext::extensions)
                .map(list -> list.isEmpty() ? "nothing (the context has no extensions)"
                        : list.stream().map(DialplanExtension::name).collect(Collectors.joining(", ")))
                .orElse("nothing (the context is missing)");
    }
}
