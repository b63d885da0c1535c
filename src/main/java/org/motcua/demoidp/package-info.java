/**
 * The demo e-ID provider: a real OpenID Connect provider (Spring Authorization Server) under {@code /demo-eid} that
 * stands in for the national e-ID (VNeID) in demo mode, logging people of the demo population in without a password
 * and issuing ID tokens with the same claims as the national one. Off outside demo mode and whenever
 * {@code MOTCUA_EID_ISSUER} names a real provider.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo e-ID provider")
package org.motcua.demoidp;
