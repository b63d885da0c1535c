/**
 * Who is calling: citizens and businesses through the national e-ID (OpenID Connect, authorization code with PKCE),
 * staff through the city's provider or their platform account, API clients with bearer tokens of the same issuers,
 * and in demo mode HTTP Basic with the demo accounts. Other modules see the result as a {@link
 * org.motcua.identity.Caller}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.motcua.identity;
