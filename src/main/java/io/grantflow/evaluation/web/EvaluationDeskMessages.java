package io.grantflow.evaluation.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the evaluator's and the rapporteur's desk pages, in English; {@code messages/evaldesk_fr.properties}
 * and {@code evaldesk_de.properties} translate them.
 */
@MessageBundle(value = "evaldesk", locale = "en")
public interface EvaluationDeskMessages {

    @Message("My evaluations")
    String title();

    @Message("The proposals assigned to you: declare any conflict of interest, score each criterion, submit.")
    String cardSummary();

    @Message("Each proposal opens once you have declared that you have no conflict of interest with its participants. Your drafts are saved as you type; submit when every criterion has a score and a comment.")
    String intro();

    @Message("No proposal is assigned to you.")
    String noneAssigned();

    @Message("Proposal")
    String proposal();

    @Message("Call")
    String call();

    @Message("Status")
    String status();

    @Message("Due")
    String due();

    @Message("Call: {call}")
    String callIs(String call);

    @Message("Due: {at} (Brussels time)")
    String dueIs(String at);

    @Message("{#when role}{#is 'COORDINATOR'}coordinator{#is 'PARTNER'}partner{#else}{role}{/when}")
    String role(String role);

    @Message("Last saved")
    String lastSaved();

    @Message("Brussels time")
    String brusselsTime();

    @Message("{#when status}{#is 'ASSIGNED'}Declare conflicts of interest{#is 'ACCEPTED'}Scoring{#is 'SUBMITTED'}Submitted{#else}{status}{/when}")
    String statusName(String status);

    @Message("not yet started")
    String notStarted();

    @Message("You declared a conflict of interest: the proposal was taken off your list and another expert takes your place.")
    String conflictNotice();

    @Message("Conflict of interest")
    String declarationTitle();

    @Message("Before you read the proposal, say whether you have a conflict of interest with any of its participants: you work for one of them or did in the last three years, you are advising them, or you would gain or lose from the outcome.")
    String declarationIntro();

    @Message("Participants")
    String participants();

    @Message("Work packages")
    String workPackages();

    @Message("Your declaration")
    String declarationLegend();

    @Message("I have no conflict of interest with this proposal")
    String noConflict();

    @Message("I have a conflict of interest")
    String conflict();

    @Message("Why (optional)")
    String conflictReason();

    @Message("Declare")
    String declare();

    @Message("Say whether you have a conflict of interest.")
    String declarationRequired();

    @Message("Scores")
    String scores();

    @Message("Score each criterion from 0 to 5 in half points and explain it in at least {min} characters. Thresholds: {thresholds}.")
    String scoringIntro(int min, String thresholds);

    @Message("weight {weight}, threshold {threshold}")
    String weightAndThreshold(String weight, String threshold);

    @Message("Score")
    String score();

    @Message("no score yet")
    String noScore();

    @Message("Comment")
    String comment();

    @Message("Save draft")
    String saveDraft();

    @Message("Submit the evaluation")
    String submit();

    @Message("Once submitted, the evaluation is locked.")
    String submitHint();

    @Message("Draft saved.")
    String saved();

    @Message("Saved {at} (Brussels time), version {version}.")
    String savedAt(String at, int version);

    @Message("Not saved yet.")
    String notSaved();

    @Message("Saving…")
    String saving();

    @Message("Not saved yet: your text is kept on this device and saved with your next change.")
    String notSavedKept();

    @Message("Your evaluation was submitted. Thank you.")
    String submitted();

    @Message("The scores could not be saved")
    String refusedTitle();

    @Message("A newer draft was saved meanwhile")
    String conflictTitle();

    @Message("Another tab or device saved version {version} at {at} (Brussels time). Your text is kept in the form; the newer draft is shown beside each criterion. Save to keep what is in the form, or take over the newer one.")
    String conflictText(int version, String at);

    @Message("Saved meanwhile")
    String newer();

    @Message("Take over the newer draft")
    String takeNewer();

    @Message("Your session has ended. Your text is kept on this device: sign in again to save it.")
    String sessionEnded();

    @Message("Sign in again")
    String signInAgain();

    @Message("Restored text you typed on this device that was not saved yet.")
    String restored();

    @Message("{#when code}{#is 'criterion_not_scored'}Give a score.{#is 'comment_too_short'}The comment is too short.{#is 'score_out_of_range'}A score is from 0 to 5.{#is 'not_a_half_point'}Scores go in half points.{#is 'invalid_number'}Not a number.{#is 'too_long'}The comment is too long.{#is 'evaluation_submitted'}The evaluation was submitted and is locked.{#is 'proposal_withdrawn'}The proposal was withdrawn; its evaluation ended.{#is 'already_declared'}The declaration was already made.{#is 'consensus_agreed'}The consensus was agreed and is locked.{#is 'consensus_not_open'}The consensus is not open yet.{#else}This cannot be saved as it is.{/when}")
    String problem(String code);

    @Message("rule: {code}")
    String ruleCode(String code);

    @Message("Back to my evaluations")
    String back();

    // ---- the consensus (rapporteur: an officer)

    @Message("Consensus to agree")
    String consensusTitle();

    @Message("Proposals whose individual evaluations are all in: compare the experts' scores and agree the consensus.")
    String consensusCardSummary();

    @Message("No consensus waits to be agreed.")
    String noConsensus();

    @Message("Consensus of {acronym}")
    String consensusOf(String acronym);

    @Message("{submitted} of {required} evaluations in")
    String evaluationsIn(int submitted, int required);

    @Message("Expert")
    String expert();

    @Message("Lowest")
    String lowest();

    @Message("Highest")
    String highest();

    @Message("Spread")
    String spread();

    @Message("Average")
    String average();

    @Message("The experts differ by 2 points or more: discuss before agreeing.")
    String divergent();

    @Message("Consensus score")
    String consensusScore();

    @Message("Consensus comment")
    String consensusComment();

    @Message("Agree the consensus")
    String agree();

    @Message("Consensus agreed: weighted total {total}.")
    String agreed(String total);

    @Message("Consensus draft saved.")
    String consensusSaved();
}
