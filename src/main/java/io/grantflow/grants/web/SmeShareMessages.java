package io.grantflow.grants.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the 75 % rule page, in English; {@code messages/smeshare_fr.properties} and
 * {@code smeshare_de.properties} translate them.
 */
@MessageBundle(value = "smeshare", locale = "en")
public interface SmeShareMessages {

    @Message("The SME share of every grant")
    String title();

    @Message("Each signed grant's support to SMEs against the minimum its call sets (75 % for Euroclusters), and the grants whose commitments to SMEs lag behind what the programme has paid them.")
    String cardSummary();

    @Message("A grant must pass at least its minimum share of the EU contribution on to SMEs through its open calls. Along the way, what it has committed to SMEs keeps pace with what the programme has paid it: a grant paid 40 % of its maximum has committed at least 40 % of the required support, or it is below its trajectory.")
    String intro();

    @Message("All signed grants")
    String all();

    @Message("Only the grants below their trajectory")
    String onlyBelow();

    @Message("Show")
    String filter();

    @Message("Which grants")
    String which();

    @Message("{count} {#if count == 1}grant{#else}grants{/if}")
    String count(long count);

    @Message("No signed grant yet.")
    String none();

    @Message("No grant is below its trajectory.")
    String noneBelow();

    @Message("Grant")
    String grant();

    @Message("Minimum")
    String minimum();

    @Message("Planned")
    String planned();

    @Message("Committed to SMEs")
    String committed();

    @Message("Paid to SMEs")
    String paid();

    @Message("Paid by the programme")
    String programmePaid();

    @Message("Trajectory now")
    String trajectoryNow();

    @Message("Still needed")
    String stillNeeded();

    @Message("Status")
    String status();

    @Message("below its trajectory")
    String below();

    @Message("on its trajectory")
    String onTrack();

    @Message("Of the maximum contribution")
    String share();

    @Message("Of the maximum contribution {max}: paid to SMEs {paid}, committed to SMEs {committed}; the minimum is {minimum}")
    String barLabel(String max, String paid, String committed, String minimum);

    @Message("paid to SMEs")
    String legendPaid();

    @Message("committed to SMEs, not yet paid")
    String legendCommitted();

    @Message("the minimum share")
    String legendMinimum();

    @Message("Budgets")
    String budgets();

    @Message("Where you are")
    String breadcrumb();
}
