package uk.openband.platform;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.MessageSourceResolvable;

/**
 * An action the rules refuse, or whose input is wrong; nothing was saved. Each {@link Problem} names
 * the form field at fault and a message key (namespaced per module, for example
 * {@code casework.refused.delegationOutcome}) with its arguments. Pages show the problems in the error
 * summary, each linking to its field; the API answers problem+json with {@code errors[{field, message}]},
 * 400 when the input is at fault, 409 when the state of things is ({@link #state}) and 403 when the caller may
 * not do or see this now ({@link #forbidden}).
 */
public class Refused extends RuntimeException {

    /** One field's problem: a message key and its arguments. */
    public record Problem(String field, String messageKey, Object... args) implements MessageSourceResolvable {

        public Problem {
            args = MessageText.plain(args);
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
        public String english() {
            return MessageText.english(messageKey, args);
        }

        @Override
        public String toString() {
            return field + ": " + messageKey + Arrays.toString(args);
        }
    }

    /** Why: the input (400), the state of the record (409), or who is asking (403). */
    public enum Reason {
        INPUT, STATE, FORBIDDEN
    }

    private final List<Problem> problems;
    private final Reason reason;
    private Problem detail;

    public Refused(String field, String messageKey, Object... args) {
        this(List.of(new Problem(field, messageKey, args)), false);
    }

    public Refused(List<Problem> problems) {
        this(problems, false);
    }

    /** {@code state}: refused because of the state of the record, not the input (409 from the API). */
    public Refused(List<Problem> problems, boolean state) {
        this(problems, state ? Reason.STATE : Reason.INPUT);
    }

    public Refused(List<Problem> problems, Reason reason) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A refusal needs at least one problem");
        }
        this.problems = List.copyOf(problems);
        this.reason = java.util.Objects.requireNonNull(reason);
    }

    /** Refused because of the state of the record (not the input): the API answers 409. */
    public static Refused state(String field, String messageKey, Object... args) {
        return new Refused(List.of(new Problem(field, messageKey, args)), true);
    }

    /**
     * The same refusal with a summary for the API's {@code detail} (for example "6 problems: ..."), instead of the
     * problems' messages joined; {@code errors} still lists every problem.
     */
    public Refused withDetail(String messageKey, Object... args) {
        Refused summarised = new Refused(problems, reason);
        summarised.detail = new Problem("", messageKey, args);
        return summarised;
    }

    /** The summary for the API's {@code detail}, when there is one. */
    public java.util.Optional<Problem> detail() {
        return java.util.Optional.ofNullable(detail);
    }

    /** Refused because of who is asking (they may not do or see this now): the API answers 403. */
    public static Refused forbidden(String field, String messageKey, Object... args) {
        return new Refused(List.of(new Problem(field, messageKey, args)), Reason.FORBIDDEN);
    }

    /**
     * A message key as an argument of another message (for example the action in "You cannot {0} a meeting
     * that is {1}."), resolved with it.
     */
    public static MessageSourceResolvable text(String messageKey) {
        return new DefaultMessageSourceResolvable(messageKey);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The first problem's field. */
    public String field() {
        return problems.get(0).field();
    }

    /** The first problem's message key. */
    public String messageKey() {
        return problems.get(0).messageKey();
    }

    /** True when the state of the record, not the input, is why: 409 from the API. */
    public boolean isState() {
        return reason == Reason.STATE;
    }

    /** Why it was refused: the input, the state of the record, or who is asking. */
    public Reason reason() {
        return reason;
    }

    /** The English text of every problem, joined by "; ", for logs and tests. */
    @Override
    public String getMessage() {
        return problems.stream().map(Problem::english).collect(Collectors.joining("; "));
    }
}
