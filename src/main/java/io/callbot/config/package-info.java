/** Server configuration (callbot.yaml + environment) as immutable, validated records. */
package io.callbot.config;
