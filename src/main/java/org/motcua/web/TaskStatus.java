package org.motcua.web;

/** The status of a task in a task list, shown as a tag with its text. */
public enum TaskStatus {
    COMPLETED("web.task.completed", TagColour.GREEN),
    INCOMPLETE("web.task.incomplete", TagColour.BLUE),
    CANNOT_START("web.task.cannot-start", TagColour.GREY);

    private final String messageKey;
    private final TagColour colour;

    TaskStatus(String messageKey, TagColour colour) {
        this.messageKey = messageKey;
        this.colour = colour;
    }

    public String messageKey() {
        return messageKey;
    }

    public TagColour colour() {
        return colour;
    }
}
