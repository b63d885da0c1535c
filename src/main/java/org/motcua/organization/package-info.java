/**
 * The organisation of the city: the city, its departments, the service centre and the 168 ward-level units
 * (phường, xã, đặc khu), with effective-dated history; and the staff accounts with their roles in those units.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package org.motcua.organization;
