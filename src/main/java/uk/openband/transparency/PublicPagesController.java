package uk.openband.transparency;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import uk.openband.framework.FrameworkCatalogue;
import uk.openband.framework.VersionDiff;
import uk.openband.framework.VersionSummary;
import uk.openband.framework.scoring.BandingTable;
import uk.openband.framework.scoring.MatrixFramework;

/** The matrix, the tariffs and their history, for anyone, without signing in. */
@Controller
class PublicPagesController {

    private final FrameworkCatalogue catalogue;
    private final Clock clock;

    PublicPagesController(FrameworkCatalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @GetMapping("/matrix")
    String matrix(@RequestParam(required = false) String key, @RequestParam(required = false) String version,
            Model model) {
        LocalDate today = LocalDate.now(clock);
        MatrixFramework framework = version == null
                ? catalogue.frameworkInForce(today).orElse(null)
                : publishedFramework(key, version);
        model.addAttribute("framework", framework);
        model.addAttribute("today", today);
        if (framework != null) {
            model.addAttribute("summary", frameworkSummary(framework.key(), framework.version()).orElse(null));
        }
        return "transparency/matrix";
    }

    @GetMapping("/tariffs")
    String tariffs(@RequestParam(required = false) String key, @RequestParam(required = false) String version,
            @RequestParam(required = false) String compare, Model model) {
        LocalDate today = LocalDate.now(clock);
        List<VersionSummary> published = catalogue.publishedBandingVersions().stream()
                .filter(v -> key == null || v.key().equals(key)).toList();
        BandingTable current;
        if (version == null) {
            current = catalogue.frameworkInForce(today).flatMap(f -> catalogue.bandingInForce(f, today)).orElse(null);
        } else {
            current = publishedBanding(published, version);
        }
        if (current == null) {
            model.addAttribute("comparison", null);
            return "transparency/tariffs";
        }
        BandingTable previous = compare != null ? publishedBanding(published, compare)
                : previousVersion(published, current).orElse(null);
        model.addAttribute("comparison", TariffComparison.of(current, previous));
        model.addAttribute("versions", published.stream().filter(v -> v.key().equals(current.key())).toList());
        return "transparency/tariffs";
    }

    @GetMapping("/matrix/history")
    String history(Model model) {
        model.addAttribute("frameworks", catalogue.publishedFrameworkVersions());
        model.addAttribute("tariffs", catalogue.publishedBandingVersions());
        return "transparency/history";
    }

    /** What changed between two published versions of the matrix, or of a tariff (kind=tariff). */
    @GetMapping("/matrix/history/compare")
    String compare(@RequestParam String key, @RequestParam String from, @RequestParam String to,
            @RequestParam(defaultValue = "matrix") String kind, Model model) {
        boolean tariff = "tariff".equals(kind);
        List<VersionSummary> published = tariff ? catalogue.publishedBandingVersions()
                : catalogue.publishedFrameworkVersions();
        boolean bothPublished = published.stream().filter(v -> v.key().equals(key))
                .map(VersionSummary::version).filter(v -> v.equals(from) || v.equals(to)).distinct().count() == 2;
        if (!bothPublished) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        VersionDiff diff = (tariff ? catalogue.bandingDiff(key, from, to) : catalogue.frameworkDiff(key, from, to))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("diff", diff);
        model.addAttribute("added", diff.count(VersionDiff.Type.ADDED));
        model.addAttribute("removed", diff.count(VersionDiff.Type.REMOVED));
        model.addAttribute("changed", diff.count(VersionDiff.Type.CHANGED));
        model.addAttribute("tariff", tariff);
        return "transparency/compare";
    }

    private Optional<VersionSummary> frameworkSummary(String key, String version) {
        return catalogue.publishedFrameworkVersions().stream()
                .filter(v -> v.key().equals(key) && v.version().equals(version)).findFirst();
    }

    /** A published version by its version string, of the given framework key or, without one, of any. */
    private MatrixFramework publishedFramework(String key, String version) {
        return catalogue.publishedFrameworkVersions().stream()
                .filter(v -> v.version().equals(version) && (key == null || v.key().equals(key))).findFirst()
                .flatMap(v -> catalogue.framework(v.key(), v.version()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private BandingTable publishedBanding(List<VersionSummary> published, String version) {
        return published.stream().filter(v -> v.version().equals(version)).findFirst()
                .flatMap(v -> catalogue.banding(v.key(), v.version()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The version of the same tariff that took effect most recently before this one. */
    private Optional<BandingTable> previousVersion(List<VersionSummary> published, BandingTable current) {
        return published.stream()
                .filter(v -> v.key().equals(current.key()) && v.effectiveFrom().isBefore(current.effectiveFrom()))
                .max(Comparator.comparing(VersionSummary::effectiveFrom))
                .flatMap(v -> catalogue.banding(v.key(), v.version()));
    }
}
