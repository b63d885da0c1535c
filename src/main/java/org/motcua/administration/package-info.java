/**
 * The administration links on the staff home (one {@code StaffPages} bean): the pages themselves live in the modules
 * they administer (organization, calendar, catalogue), which must not depend on identity.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Administration links")
package org.motcua.administration;
