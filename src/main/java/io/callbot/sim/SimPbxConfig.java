package io.callbot.sim;

import io.callbot.pbx.AsteriskConfig;
import io.callbot.pbx.AsteriskQueue;
import io.callbot.pbx.ConfigSection;
import io.callbot.pbx.Dialplan;
import io.callbot.pbx.ManagerUser;
import io.callbot.pbx.ShippedPbxConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Asterisk configuration a {@link SimulatedPbx} enforces, as a real one would: the dialplan Originates and
 * Redirects are checked against, the AMI user's read and write privileges, the queues and the PJSIP endpoints a
 * transferred caller can reach. Immutable.
 *
 * @param dialplan   the extensions.conf
 * @param amiRights  whose {@code read} / {@code write} classes every logged-in session gets (the name is not used:
 *                   the login name is {@link SimOptions#username()})
 * @param queues     the queues.conf queues
 * @param endpoints  the PJSIP endpoints a {@code Dial(PJSIP/...)} or a queue member can reach, with the context
 *                   each one's own calls run in (its {@code context=})
 */
public record SimPbxConfig(Dialplan dialplan, ManagerUser amiRights, List<AsteriskQueue> queues,
                           Map<String, String> endpoints) {

    public SimPbxConfig {
        Objects.requireNonNull(dialplan, "dialplan");
        Objects.requireNonNull(amiRights, "amiRights");
        queues = List.copyOf(queues);
        endpoints = Map.copyOf(endpoints);
    }

    /** What the project ships in dialplans/: its dialplan, the AMI user's exact privileges, queue and endpoints. */
    public static SimPbxConfig shipped() {
        ShippedPbxConfig shipped = ShippedPbxConfig.get();
        return new SimPbxConfig(shipped.dialplan(), shipped.managerUser(), shipped.queues(), endpoints(shipped.pjsip()));
    }

    /** The same configuration with other AMI privileges (tests of a mis-configured manager.conf). */
    public SimPbxConfig withAmiRights(ManagerUser rights) {
        return new SimPbxConfig(dialplan, rights, queues, endpoints);
    }

    /** The same configuration with another dialplan (tests of an ops-edited extensions.conf). */
    public SimPbxConfig withDialplan(Dialplan other) {
        return new SimPbxConfig(other, amiRights, queues, endpoints);
    }

    public Optional<AsteriskQueue> queue(String name) {
        return queues.stream().filter(q -> q.name().equals(name)).findFirst();
    }

    private static Map<String, String> endpoints(AsteriskConfig pjsip) {
        Map<String, String> names = new LinkedHashMap<>();
        for (ConfigSection s : pjsip.sections()) {
            if (!s.template() && s.value("type").map("endpoint"::equalsIgnoreCase).orElse(false)) {
                names.put(s.name(), s.value("context").orElse("default"));
            }
        }
        return names;
    }
}
