package org.motcua.catalog;

/**
 * One component of the dossier (thành phần hồ sơ): a document to upload, or data read from a registry.
 *
 * @param id       kebab-case, unique within the procedure
 * @param registry the registry the data is read from; set exactly when {@code source} is
 *                 {@link ComponentSource#REGISTRY}
 */
public record DossierComponent(String id, LocalizedText name, ComponentSource source, Registry registry,
                               boolean required) {
}
