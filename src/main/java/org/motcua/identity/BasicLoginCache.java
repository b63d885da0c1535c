package org.motcua.identity;

/**
 * Holds the caching HTTP Basic provider. A bean of this type rather than of {@code AuthenticationProvider}, so
 * Spring Security does not also wire it into its global authentication manager.
 */
record BasicLoginCache(CachingBasicAuthenticationProvider provider) {
}
