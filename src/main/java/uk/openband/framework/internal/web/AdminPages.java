package uk.openband.framework.internal.web;

import uk.openband.platform.web.PageErrors;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import uk.openband.framework.VersionDiff;
import uk.openband.framework.internal.CatalogueVersion;
import uk.openband.framework.internal.VersionKind;

/** What the framework and banding table admin pages share: words, finding a version, the diff rows, not-found. */
@Component
class AdminPages {

    private final MessageSource messages;

    AdminPages(MessageSource messages) {
        this.messages = messages;
    }

    String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** A version of this kind, in any state; else not found. */
    static <V extends CatalogueVersion> V version(VersionKind<?, V> kind, long id) {
        return kind.find(id).orElseThrow(AdminPages::notFound);
    }

    /** A published or retired version of this kind; else not found. */
    static <V extends CatalogueVersion> V published(VersionKind<?, V> kind, long id) {
        V v = version(kind, id);
        if (v.isDraft()) {
            throw notFound();
        }
        return v;
    }

    /** A draft of this kind; else not found. */
    static <V extends CatalogueVersion> V draft(VersionKind<?, V> kind, long id) {
        V v = version(kind, id);
        if (!v.isDraft()) {
            throw notFound();
        }
        return v;
    }

    /** Adds the diff and its counts for the comparison table fragment. */
    static void diff(Model model, VersionDiff diff) {
        model.addAttribute("diff", diff);
        model.addAttribute("added", diff.count(VersionDiff.Type.ADDED));
        model.addAttribute("removed", diff.count(VersionDiff.Type.REMOVED));
        model.addAttribute("changed", diff.count(VersionDiff.Type.CHANGED));
    }

    /** Adds the page's errors and their summary. */
    static void errors(Model model, PageErrors errors) {
        model.addAttribute("errors", errors);
        model.addAttribute("errorSummary", errors.summary());
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
