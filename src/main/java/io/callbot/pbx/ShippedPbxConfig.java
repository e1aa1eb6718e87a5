package io.callbot.pbx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The Asterisk files the project ships in {@code dialplans/}, as packaged in the jar (under {@code /dialplans/}):
 * the dialplan {@code validate} and the simulated PBX check against, the AMI user's privileges, the agents' queue
 * and the PJSIP endpoints. Loaded once, on first use; immutable and thread-safe.
 */
public final class ShippedPbxConfig {

    public static final String EXTENSIONS = "extensions_callbot.conf";
    public static final String MANAGER = "manager_callbot.conf";
    public static final String QUEUES = "queues_callbot.conf";
    public static final String PJSIP = "pjsip_callbot.conf";
    /** The drop-in files, in the order the README installs them. */
    public static final List<String> DROP_INS = List.of(EXTENSIONS, PJSIP, MANAGER, QUEUES);

    private static final class Holder {
        static final ShippedPbxConfig INSTANCE = new ShippedPbxConfig();
    }

    private final Dialplan dialplan;
    private final ManagerUser managerUser;
    private final List<AsteriskQueue> queues;
    private final AsteriskConfig pjsip;

    private ShippedPbxConfig() {
        dialplan = Dialplan.of(file(EXTENSIONS));
        List<ManagerUser> users = ManagerUser.all(file(MANAGER));
        if (users.size() != 1) {
            throw new IllegalStateException("dialplans/" + MANAGER + " must define exactly one AMI user, has "
                    + users.size());
        }
        managerUser = users.get(0);
        queues = AsteriskQueue.all(file(QUEUES));
        pjsip = file(PJSIP);
    }

    public static ShippedPbxConfig get() {
        return Holder.INSTANCE;
    }

    /** {@code dialplans/extensions_callbot.conf}. */
    public Dialplan dialplan() {
        return dialplan;
    }

    /** The one AMI user of {@code dialplans/manager_callbot.conf}. */
    public ManagerUser managerUser() {
        return managerUser;
    }

    /** The queues of {@code dialplans/queues_callbot.conf}. */
    public List<AsteriskQueue> queues() {
        return queues;
    }

    public Optional<AsteriskQueue> queue(String name) {
        return queues.stream().filter(q -> q.name().equals(name)).findFirst();
    }

    /** {@code dialplans/pjsip_callbot.conf}. */
    public AsteriskConfig pjsip() {
        return pjsip;
    }

    /** One shipped file as packaged, parsed (a shipped file never includes others). */
    public static AsteriskConfig file(String name) {
        String resource = "/dialplans/" + name;
        try (InputStream in = ShippedPbxConfig.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path (the build copies dialplans/*.conf"
                        + " into the jar)");
            }
            return AsteriskConfig.parse(new AsteriskConfig.Source("dialplans/" + name,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)), AsteriskConfig.IncludeSource.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
