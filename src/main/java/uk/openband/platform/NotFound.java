package uk.openband.platform;

import org.springframework.context.MessageSourceResolvable;

/**
 * No such thing, or not one the caller may see (the two are deliberately the same answer): a 404 page,
 * or problem+json 404 from the API. {@code messageKey} says what was not found, in the module's namespace
 * (for example {@code casework.notFound.case}), and {@code args} usually hold its id.
 */
public class NotFound extends RuntimeException implements MessageSourceResolvable {

    private final String messageKey;
    private final Object[] args;

    public NotFound(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = MessageText.plain(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    @Override
    public String[] getCodes() {
        return new String[] {messageKey};
    }

    @Override
    public Object[] getArguments() {
        return args();
    }

    /** The English text, for logs and tests. */
    @Override
    public String getMessage() {
        return MessageText.english(messageKey, args);
    }
}
