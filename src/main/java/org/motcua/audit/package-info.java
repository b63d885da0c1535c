/**
 * The audit trail: who changed or read what, when and why. Writes happen in the caller's transaction, so a change
 * and its audit entry are committed together or not at all.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package org.motcua.audit;
