package uk.openband.framework.internal.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import uk.openband.framework.VersionDiff;
import uk.openband.framework.VersionSummary;

/** What the framework and banding table admin pages share: words, the diff rows, not-found. */
@Component
class AdminPages {

    private final MessageSource messages;

    AdminPages(MessageSource messages) {
        this.messages = messages;
    }

    String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** The latest published (not retired) version with this key other than {@code except}, newest first. */
    static Optional<VersionSummary> latestPublished(List<VersionSummary> versions, String key, long except) {
        return versions.stream().filter(v -> v.key().equals(key) && v.isPublished() && v.id() != except).findFirst();
    }

    /** Adds the diff and its counts for the comparison table fragment. */
    static void diff(Model model, VersionDiff diff) {
        model.addAttribute("diff", diff);
        model.addAttribute("added", diff.count(VersionDiff.Type.ADDED));
        model.addAttribute("removed", diff.count(VersionDiff.Type.REMOVED));
        model.addAttribute("changed", diff.count(VersionDiff.Type.CHANGED));
    }

    /**
     * The compare page for one key: the newest version against the newest published one before
     * it unless {@code from} and {@code to} say otherwise; an unknown version is named on its field.
     */
    <T> String compare(Model model, Locale locale, String key, String from, String to, List<VersionSummary> all,
            String base, Function<String, Optional<T>> load, BiFunction<T, T, VersionDiff> comparer) {
        List<VersionSummary> versions = all.stream().filter(v -> v.key().equals(key)).toList();
        if (versions.isEmpty()) {
            throw notFound();
        }
        String toVersion = to != null ? to : versions.get(0).version();
        String fromVersion = from != null ? from : versions.stream().filter(v -> !v.version().equals(toVersion)
                && !v.isDraft()).map(VersionSummary::version).findFirst().orElse(toVersion);
        model.addAttribute("key", key);
        model.addAttribute("versions", versions);
        model.addAttribute("from", fromVersion);
        model.addAttribute("to", toVersion);
        model.addAttribute("base", base);
        Optional<T> a = load.apply(fromVersion);
        Optional<T> b = load.apply(toVersion);
        PageErrors errors = new PageErrors();
        if (a.isEmpty()) {
            errors.add("from", msg("fw.compare.unknown", locale, fromVersion));
        }
        if (b.isEmpty()) {
            errors.add("to", msg("fw.compare.unknown", locale, toVersion));
        }
        if (errors.isEmpty()) {
            diff(model, comparer.apply(a.get(), b.get()));
        }
        model.addAttribute("errors", errors);
        model.addAttribute("errorSummary", errors.summary());
        return "framework/admin/compare";
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
