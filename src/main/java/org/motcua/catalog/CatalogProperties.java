package org.motcua.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the catalogue's definition files are.
 *
 * @param location   the procedure files, a Spring resource pattern ({@code MOTCUA_CATALOG_LOCATION}); one YAML file per
 *                   procedure named after its code, loaded at every start-up (unchanged files create nothing)
 * @param sectors    the sectors (lĩnh vực) procedures refer to
 * @param lifeEvents the life events (sự kiện trong đời) procedures refer to
 */
@ConfigurationProperties("motcua.catalog")
record CatalogProperties(@DefaultValue("classpath:catalog/procedures/*.yaml") String location,
                         @DefaultValue("classpath:catalog/sectors.yaml") String sectors,
                         @DefaultValue("classpath:catalog/life-events.yaml") String lifeEvents) {
}
