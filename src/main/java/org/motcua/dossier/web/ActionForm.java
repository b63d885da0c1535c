package org.motcua.dossier.web;

/** What was typed into an action's form, kept when it is shown again with errors. */
public record ActionForm(String action, String reason, String note, String missing, String toUnit,
                         String appointment) {
    static ActionForm empty() {
        return new ActionForm("", "", "", "", "", "");
    }

    /** The value typed for this action's field, empty for the other actions' forms. */
    public String value(String forAction, String field) {
        if (!forAction.equals(action)) {
            return "";
        }
        return switch (field) {
            case "reason" -> reason;
            case "note" -> note;
            case "missing" -> missing;
            case "toUnit" -> toUnit;
            case "appointment" -> appointment;
            default -> "";
        };
    }
}
