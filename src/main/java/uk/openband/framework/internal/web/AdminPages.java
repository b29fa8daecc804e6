package uk.openband.framework.internal.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
