package org.motcua.organization.web;

/** A choice in a list of checkboxes or a select: the submitted value and the message key of its label. */
public record Option(String value, String labelKey) {
}
