package dev.frontline.core.port;

/**
 * What the desk counts for the operator's dashboards: escalations by category, SLA breaches, and how
 * often the answer bank had something to offer. Arguments are names from the config (categories),
 * never customer text or user ids. Implementations count once the unit of work has committed, so a
 * handler retried after a lost race counts once.
 */
public interface Tally {
    /** A detector flagged a customer message for a category (before anyone sends a card). */
    void escalationFlagged(String category);

    /** An escalation card was raised for a category. */
    void escalationRaised(String category);

    void slaBreached();

    /** Suggestions shown for one customer message; 0 when nothing in the bank fits. */
    void suggestionsShown(int count);

    /** An agent sent a suggested macro with its button. */
    void suggestionSent();

    Tally NONE = new Tally() {
        @Override
        public void escalationFlagged(String category) {}

        @Override
        public void escalationRaised(String category) {}

        @Override
        public void slaBreached() {}

        @Override
        public void suggestionsShown(int count) {}

        @Override
        public void suggestionSent() {}
    };
}
