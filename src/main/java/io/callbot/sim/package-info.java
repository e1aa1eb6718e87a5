/** The simulated PBX: an AMI server and AudioSocket callers with personas over real sockets. Uses its own protocol code, never the robot's, so that it checks it. */
package io.callbot.sim;
