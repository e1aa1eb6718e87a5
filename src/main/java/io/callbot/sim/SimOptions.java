package io.callbot.sim;

import java.util.Objects;

/**
 * How a {@link SimulatedPbx} is set up.
 *
 * @param port             TCP port for AMI (0 = chosen by the OS)
 * @param username         AMI user it accepts
 * @param secret           that user's secret (MD5 challenge or plain)
 * @param personas         who answers which number
 * @param handler          plays answered calls (null = {@link TalkTimeHandler}: talk time, then cause 16)
 * @param speed            time compression of ring / talk / AMD delays (1.0 = real time)
 * @param amiVersion       AMI protocol version in the banner; Asterisk 22 announces 11.0.0
 * @param schedulerThreads threads for all call timelines
 * @param originateLog     file to append "ChannelId number epoch-millis" to for each Originate, before it is answered (null: none)
 * @param pbx              the Asterisk configuration enforced: dialplan, AMI privileges, queues, endpoints
 * @param agents           what the people transferred callers reach do
 */
public record SimOptions(int port, String username, String secret, PersonaDirectory personas,
                         AnsweredCallHandler handler, double speed, String amiVersion, int schedulerThreads,
                         java.nio.file.Path originateLog, SimPbxConfig pbx, Agents agents) {

    public SimOptions {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(personas, "personas");
        Objects.requireNonNull(amiVersion, "amiVersion");
        Objects.requireNonNull(pbx, "pbx");
        Objects.requireNonNull(agents, "agents");
        if (schedulerThreads < 1) {
            throw new IllegalArgumentException("sim schedulerThreads must be >= 1, was " + schedulerThreads);
        }
    }

    /**
     * Port 0, real-time speed, Asterisk 22's banner, two timeline threads, the default handler, and the project's
     * shipped configuration (dialplans/) enforced: its dialplan and exactly its AMI user's privileges; agents answer
     * after a second.
     */
    public static SimOptions defaults(String username, String secret, PersonaDirectory personas) {
        return new SimOptions(0, username, secret, personas, null, 1.0, "11.0.0", 2, null, SimPbxConfig.shipped(),
                Agents.answerAfter(java.time.Duration.ofSeconds(1)));
    }

    public SimOptions withSpeed(double newSpeed) {
        return new SimOptions(port, username, secret, personas, handler, newSpeed, amiVersion, schedulerThreads, originateLog, pbx, agents);
    }

    public SimOptions withHandler(AnsweredCallHandler newHandler) {
        return new SimOptions(port, username, secret, personas, newHandler, speed, amiVersion, schedulerThreads, originateLog, pbx, agents);
    }

    public SimOptions withOriginateLog(java.nio.file.Path file) {
        return new SimOptions(port, username, secret, personas, handler, speed, amiVersion, schedulerThreads, file, pbx, agents);
    }

    public SimOptions withPort(int newPort) {
        return new SimOptions(newPort, username, secret, personas, handler, speed, amiVersion, schedulerThreads, originateLog, pbx, agents);
    }

    public SimOptions withPbx(SimPbxConfig newPbx) {
        return new SimOptions(port, username, secret, personas, handler, speed, amiVersion, schedulerThreads, originateLog,
                newPbx, agents);
    }

    public SimOptions withAgents(Agents newAgents) {
        return new SimOptions(port, username, secret, personas, handler, speed, amiVersion, schedulerThreads, originateLog,
                pbx, newAgents);
    }

    @Override
    public String toString() {
        return "SimOptions[port=" + port + ", username=" + username + ", secret=***, speed=" + speed + "]";
    }
}
