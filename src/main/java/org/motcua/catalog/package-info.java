/**
 * The procedure catalogue (danh mục thủ tục hành chính): versioned definitions of the city's and the wards'
 * administrative procedures — fees, components, the application form as a JSON Schema and the internal process —
 * loaded from YAML files and published by the city administrator, searchable without diacritics.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Procedure catalogue")
package org.motcua.catalog;
