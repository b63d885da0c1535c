package org.motcua.dossier.web;

/** A choice of the inbox's status filter: the national code and the status's name in the page's language. */
public record StatusOption(String value, String name) {
}
