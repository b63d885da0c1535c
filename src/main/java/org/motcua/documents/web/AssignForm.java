package org.motcua.documents.web;

/**
 * The leader's assignment form as typed: a person of the unit or a division, to handle with a deadline in working
 * days or for information.
 */
public record AssignForm(String assigneeKind, String person, String department, String purpose, String workingDays,
                         String note) {

    static AssignForm empty() {
        return new AssignForm("PERSON", "", "", "HANDLE", "", "");
    }

    String assignee() {
        return "DEPARTMENT".equals(assigneeKind) ? department : person;
    }
}
