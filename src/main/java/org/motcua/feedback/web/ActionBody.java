package org.motcua.feedback.web;

/**
 * A handler's action: {@code START}; {@code ANSWER} with {@code text}; {@code TRANSFER} with {@code toUnit} and
 * {@code reason}.
 */
record ActionBody(String action, String text, String toUnit, String reason) {
}
