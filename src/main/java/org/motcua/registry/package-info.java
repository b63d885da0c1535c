/**
 * The registries the platform reads instead of asking citizens for paper: population (dân cư), civil status (hộ tịch)
 * and business registration (đăng ký doanh nghiệp, hộ kinh doanh). {@link org.motcua.registry.Registries} is the only
 * way in; every read is written to an append-only access log that the citizen and the city auditor can see.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registries")
package org.motcua.registry;
