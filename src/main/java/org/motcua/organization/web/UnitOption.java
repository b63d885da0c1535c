package org.motcua.organization.web;

/** A unit in the city admin's unit picker. */
public record UnitOption(String slug, String name) {
}
