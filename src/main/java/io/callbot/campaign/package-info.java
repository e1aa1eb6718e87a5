/** Campaign YAML: the model, the loader and the validator that reports every error as file:line:column. */
package io.callbot.campaign;
