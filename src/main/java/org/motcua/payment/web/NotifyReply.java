package org.motcua.payment.web;

/** The platform's answer to an accepted gateway notification: {@code {"resultCode":"00"}}. */
record NotifyReply(String resultCode) {
}
