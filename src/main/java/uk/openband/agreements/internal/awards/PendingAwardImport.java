package uk.openband.agreements.internal.awards;

import java.io.Serializable;
import uk.openband.agreements.internal.awards.AwardPlan.ImportOptions;

/**
 * A checked file waiting for the person who checked it to confirm: held in their session (never on disk), and
 * checked again in full when they confirm.
 */
record PendingAwardImport(byte[] bytes, String fileName, String sha256, ImportOptions options) implements Serializable {

    static final String SESSION_KEY = PendingAwardImport.class.getName();
}
