package org.motcua.organization;

/** A staff account was locked, unlocked or given other roles: anything that remembered its login must forget it. */
public record StaffAccountChanged(String username, String change) {
}
