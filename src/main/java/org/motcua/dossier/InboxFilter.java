package org.motcua.dossier;

/** Optional filters of the inbox: a national status code, a procedure code, only overdue ones. */
public record InboxFilter(Integer status, String procedureCode, Boolean overdue) {
}
