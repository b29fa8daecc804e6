package uk.openband.rollover.internal;

import uk.openband.rollover.internal.RolloverModel.Preview;

/** Why an apply was refused; nothing was applied. */
final class RolloverExceptions {

    private RolloverExceptions() {
    }

    /** The agreements changed since the preview; {@code fresh} is what a preview shows now. */
    static final class Changed extends RuntimeException {
        private final transient Preview fresh;

        Changed(Preview fresh) {
            super("the agreements changed since the preview");
            this.fresh = fresh;
        }

        Preview fresh() {
            return fresh;
        }
    }

    /** This preview was applied already, by run {@code runId}. */
    static final class AlreadyApplied extends RuntimeException {
        private final long runId;

        AlreadyApplied(long runId) {
            super("this roll-over was applied already: run " + runId);
            this.runId = runId;
        }

        long runId() {
            return runId;
        }
    }

    /** The preview supersedes no agreement. */
    static final class NothingToApply extends RuntimeException {
        NothingToApply() {
            super("the roll-over changes no agreement");
        }
    }

    /** Superseding one agreement failed; the whole run was rolled back. */
    static final class Failed extends RuntimeException {
        private final String reference;

        Failed(String reference, RuntimeException cause) {
            super("agreement " + reference + " could not be superseded: " + cause.getMessage(), cause);
            this.reference = reference;
        }

        String reference() {
            return reference;
        }
    }
}
