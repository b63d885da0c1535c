package org.motcua.web;

/**
 * One task of a task list.
 *
 * @param nameKey message key of the task's name
 * @param href    where the task starts; null while it cannot start yet
 */
public record Task(String nameKey, String href, TaskStatus status) {
}
