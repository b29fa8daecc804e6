package uk.openband.framework.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One version of a matrix framework: areas of need, their domains and levels. */
public record MatrixFramework(String key, String name, String version, LocalDate effectiveFrom,
        LocalDate effectiveTo, String changeNote, Integer evidenceRequiredFromLevel, List<Area> areas)
        implements VersionedDocument {

    public MatrixFramework {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        areas = List.copyOf(areas);
    }

    /** The area with this code. */
    public Optional<Area> area(String code) {
        return areas.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /** The domain with this code, in whichever area it sits. */
    public Optional<Domain> domain(String code) {
        for (Area a : areas) {
            for (Domain d : a.domains()) {
                if (d.code().equals(code)) {
                    return Optional.of(d);
                }
            }
        }
        return Optional.empty();
    }

    /** The area a domain belongs to. */
    public Optional<Area> areaOfDomain(String domainCode) {
        return areas.stream()
                .filter(a -> a.domains().stream().anyMatch(d -> d.code().equals(domainCode)))
                .findFirst();
    }

    /** All domains, area by area. */
    public List<Domain> domains() {
        List<Domain> all = new ArrayList<>();
        areas.forEach(a -> all.addAll(a.domains()));
        return List.copyOf(all);
    }

    /** The highest total possible: the sum of the fundable areas' maximum scores. */
    public BigDecimal maxTotal() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Area a : areas) {
            if (a.fundable()) {
                sum = sum.add(a.maxScore());
            }
        }
        return Decimals.normalise(sum);
    }

    /** True when written evidence is needed for a domain at this level. */
    public boolean evidenceRequiredAt(int level) {
        return evidenceRequiredFromLevel != null && level >= evidenceRequiredFromLevel;
    }
}
