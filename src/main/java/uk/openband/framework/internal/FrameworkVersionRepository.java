package uk.openband.framework.internal;

public interface FrameworkVersionRepository extends CatalogueVersionRepository<FrameworkVersion> {
}
