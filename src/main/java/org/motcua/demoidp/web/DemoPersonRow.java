package org.motcua.demoidp.web;

/** One person of the demo population on the demo provider's login page. */
public record DemoPersonRow(String personalId, String fullName, String birthDate, int level) {
}
