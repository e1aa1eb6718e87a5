/** Customer profiles, tags, attributes, import and audience queries over JDBC (Flyway-managed schema). */
package io.callbot.customer;
