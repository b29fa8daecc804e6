package uk.openband.platform;

import org.springframework.context.MessageSourceResolvable;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A message key's English text from {@code messages.properties}, formatted as Spring's
 * {@code MessageSource} formats it (no arguments: the text as written; arguments: {@link MessageFormat}).
 * Used only for an exception's {@link Throwable#getMessage()} (logs and tests); pages and the API
 * resolve the same keys through the {@code MessageSource}.
 */
final class MessageText {

    private static final String BUNDLE = "messages";

    private MessageText() {
    }

    static String english(String key, Object[] args) {
        String text;
        try {
            text = ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args == null || args.length == 0) {
            return text;
        }
        Object[] resolved = args.clone();
        for (int i = 0; i < resolved.length; i++) {
            if (resolved[i] instanceof MessageSourceResolvable nested) {
                resolved[i] = english(nested.getCodes()[0], nested.getArguments());
            }
        }
        return new MessageFormat(text, Locale.UK).format(resolved);
    }

    /**
     * Arguments as text, so MessageFormat never groups a number ("1,234") or formats a date its own way; a
     * nested message (a {@link MessageSourceResolvable}) stays as it is, resolved with the outer one. No argument
     * is longer than {@link Excerpt#ARGUMENT_LENGTH} characters or holds a control character, whatever was sent.
     */
    static Object[] plain(Object[] args) {
        if (args == null) {
            return new Object[0];
        }
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] == null ? "" : args[i] instanceof MessageSourceResolvable
                    ? args[i] : Excerpt.of(String.valueOf(args[i]), Excerpt.ARGUMENT_LENGTH);
        }
        return plain;
    }
}
