package io.grantflow.cascade.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of open calls' cut-offs on the pages (the consortium's form and desk, the public page), in English;
 * {@code messages/cutoffdesk_fr.properties} and {@code cutoffdesk_de.properties} translate them.
 */
@MessageBundle(value = "cutoffdesk", locale = "en")
public interface OpenCallCutoffMessages {

    @Message("Cut-offs")
    String cutoffs();

    @Message("Optional: several closing dates, each with its own budget. The budgets add up to the open call's budget and the open call closes with the last cut-off (the closing date above is then not used). Leave the rows empty for one window.")
    String cutoffsHint();

    @Message("Cut-off {number}")
    String cutoff(int number);

    @Message("Closes ({brussels})")
    String closesAt(String brussels);

    @Message("Budget (EUR)")
    String budget();

    @Message("Selection")
    String selection();

    @Message("As the open call")
    String sameSelection();

    @Message("{#when state}{#is 'OPEN'}Open{#is 'UPCOMING'}Upcoming{#is 'CLOSED'}Closed{#is 'CARRIED_OVER'}Carried over{#else}{state}{/when}")
    String state(String state);

    @Message("Closes")
    String closes();

    @Message("State")
    String stateTitle();

    @Message("Budget now")
    String allocated();

    @Message("Committed")
    String committed();

    @Message("Remaining")
    String remaining();

    @Message("Created with {budget}; carried in {carriedIn}; carried out {carriedOut}.")
    String history(String budget, String carriedIn, String carriedOut);

    @Message("{amount} was carried to the next cut-off by {by} on {at}.")
    String carried(String amount, String by, String at);

    @Message("The cut-off has closed and every application of it is decided: what it did not use may go to the next cut-off. This is recorded in the ledger and done once.")
    String carryOverHint();

    @Message("Carry the unused {amount} of cut-off {number} to the next")
    String carryOver(String amount, int number);

    @Message("The unused budget was carried to the next cut-off.")
    String carriedNotice();

    @Message("{#when code}{#is 'cutoff_not_decided'}The cut-off is not decided: it has not closed, or some of its applications wait for a decision.{#is 'no_next_cutoff'}This is the last cut-off: there is none to carry to.{#is 'next_cutoff_decided'}The next cut-off is decided already.{#is 'nothing_unused'}Nothing of the cut-off's budget is unused.{#is 'no_cutoffs'}This open call has no cut-offs.{#else}This cannot be done now.{/when}")
    String problem(String code);

    @Message("Current cut-off: closes {at}, {remaining} left")
    String current(String at, String remaining);
}
