/**
 * Who is calling: staff logins (and, in demo mode, HTTP Basic on the API with the demo accounts); later the citizens'
 * national e-ID (OpenID Connect) and bearer tokens for API clients.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.motcua.identity;
