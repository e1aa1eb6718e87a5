/** HTTP API, dashboard, metrics endpoint and health on Netty's HTTP codec. */
package io.callbot.api;
