package uk.openband.platform;

import org.springframework.context.MessageSourceResolvable;

/**
 * Someone else changed the record after the caller read it, so nothing was saved: the page says so
 * (409), the API answers problem+json 409. {@code messageKey} is in the module's namespace.
 */
public class Conflict extends RuntimeException implements MessageSourceResolvable {

    private final String messageKey;
    private final Object[] args;

    public Conflict(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = MessageText.plain(args);
    }

    public String messageKey() {
        return messageKey;
    }

    @Override
    public String[] getCodes() {
        return new String[] {messageKey};
    }

    @Override
    public Object[] getArguments() {
        return args.clone();
    }

    /** The English text, for logs and tests. */
    @Override
    public String getMessage() {
        return MessageText.english(messageKey, args);
    }
}
