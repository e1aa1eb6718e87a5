/**
 * Understanding what a caller said: the built-in intent library per language (hundreds of phrasings per intent,
 * keyword evidence that survives recognition errors, negation, fillers, phonetic tolerance), and the
 * interpretation of one or two recognition hypotheses of a turn into an intent, with the asymmetric safety
 * rules of an outbound robot (any opt-out evidence outranks yes; partial opt-out evidence asks to confirm; a yes
 * needs clear evidence). Pure computation, no I/O beyond reading the library from the class path; its only
 * third-party libraries are Apache commons-codec (Double Metaphone) and SnakeYAML (the library file).
 */
package io.callbot.nlu;
