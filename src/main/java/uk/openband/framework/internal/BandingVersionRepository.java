package uk.openband.framework.internal;

public interface BandingVersionRepository extends CatalogueVersionRepository<BandingVersion> {
}
