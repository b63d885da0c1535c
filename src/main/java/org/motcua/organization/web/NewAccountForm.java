package org.motcua.organization.web;

import java.util.List;

/** The answers of the new-account form, kept when it is shown again with errors (never the password). */
public record NewAccountForm(String username, String displayName, List<String> roles) {
}
