package uk.openband.platform.embedded;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an embedded database failure into the one sentence that says why and what to do. */
public class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseException cause) {
        String sentence = cause.getMessage();
        int colon = sentence.indexOf(": ");
        String why = colon > 0 ? sentence.substring(0, colon) + "." : sentence;
        String action = colon > 0 ? capitalise(sentence.substring(colon + 2)) : "See the log above.";
        return new FailureAnalysis(why, action, cause);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
