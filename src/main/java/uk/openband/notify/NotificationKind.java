package uk.openband.notify;

/** What a notification is about; each has its text template in {@code templates/mail/<template>.txt}. */
public enum NotificationKind {
    RETURNED_FOR_INFORMATION("returned-for-information"),
    DECIDED("decided"),
    APPROVAL_NEEDED("approval-needed"),
    REVIEW_DUE("review-due"),
    DISPUTE_RECEIVED("dispute-received");

    private final String template;

    NotificationKind(String template) {
        this.template = template;
    }

    /** The template name, without folder or extension. */
    public String template() {
        return template;
    }
}
