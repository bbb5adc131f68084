package io.grantflow.cascade.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of an evaluated open call's panel pages (the evaluator's applications and the consortium's ranking), in
 * English; {@code messages/paneldesk_fr/de.properties}.
 */
@MessageBundle(value = "paneldesk", locale = "en")
public interface PanelDeskMessages {

    @Message("Applications to evaluate")
    String title();

    @Message("The applications to open calls you evaluate for a consortium: declare first whether you have a conflict of interest, then score each criterion from 0 to 5 with a comment, and submit.")
    String intro();

    @Message("Applications waiting for your declaration or your scores")
    String cardSummary();

    @Message("You have no application to evaluate.")
    String noneAssigned();

    @Message("Open call")
    String openCall();

    @Message("Applicant")
    String applicant();

    @Message("Status")
    String status();

    @Message("{#when status}{#is 'ASSIGNED'}to declare{#is 'ACCEPTED'}to score{#is 'SUBMITTED'}submitted{#is 'CONFLICT_DECLARED'}conflict declared{#else}{status}{/when}")
    String statusName(String status);

    @Message("You declared a conflict of interest: the application goes to another evaluator.")
    String conflictNotice();

    @Message("Conflict of interest")
    String declarationTitle();

    @Message("Before you read the application, say whether you have a conflict of interest with the applicant (a link with the organisation, a competitor, a family tie). Declaring one gives the application to another evaluator.")
    String declarationIntro();

    @Message("Do you have a conflict of interest with this applicant?")
    String declarationLegend();

    @Message("Choose yes or no.")
    String declarationRequired();

    @Message("No, I have no conflict of interest")
    String noConflict();

    @Message("Yes, I have a conflict of interest")
    String conflict();

    @Message("Reason (if you have a conflict)")
    String conflictReason();

    @Message("Send the declaration")
    String declare();

    @Message("The application")
    String application();

    @Message("Purpose")
    String purpose();

    @Message("Sector")
    String sector();

    @Message("Amount")
    String amount();

    @Message("Scores")
    String scores();

    @Message("Score each criterion from 0 to 5 in half points, with a comment of at least {min} characters.")
    String scoringIntro(int min);

    @Message("Weight {weight}, threshold {threshold}")
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

    @Message("Once submitted, the scores can no longer be changed.")
    String submitHint();

    @Message("The draft is saved.")
    String saved();

    @Message("The evaluation is submitted.")
    String submitted();

    @Message("Not done")
    String refusedTitle();

    @Message("rule: {code}")
    String ruleCode(String code);

    @Message("{#when code}{#is 'required'}This is required.{#is 'criterion_not_scored'}This criterion has no score.{#is 'comment_too_short'}The comment is too short.{#is 'score_out_of_range'}A score is from 0 to 5.{#is 'not_a_half_point'}Scores are given in half points.{#is 'invalid_number'}Not a number.{#is 'too_long'}This is too long.{#is 'draft_outdated'}A newer draft was saved meanwhile: read it and save again.{#is 'evaluation_submitted'}The evaluation was submitted and is locked.{#is 'application_not_under_review'}The application was decided or withdrawn.{#is 'evaluations_pending'}Some evaluations are not submitted yet: the decision waits for them.{#else}This cannot be done now.{/when}")
    String problem(String code);

    @Message("Back to my applications to evaluate")
    String back();

    @Message("Ranking of {title}")
    String rankingTitle(String title);

    @Message("Ranking and decision")
    String rankingLink();

    @Message("The applications awaiting the decision, ranked by the weighted total of their scores ({#if scoring == 'CONSENSUS'}the consensus the consortium recorded{#else}the average of the evaluators{/if}). Those within what remains of the budget form the main list; the next ones the reserve list; those below a threshold are rejected with the reasons.")
    String rankingIntro(String scoring);

    @Message("Budget line")
    String limit();

    @Message("Budget")
    String budget();

    @Message("Rank")
    String rank();

    @Message("Total")
    String total();

    @Message("Running total")
    String runningTotal();

    @Message("Outcome")
    String outcome();

    @Message("{#when outcome}{#is 'MAIN_LIST'}main list{#is 'RESERVE_LIST'}reserve list{#is 'REJECTED'}rejected{#else}{outcome}{/when}")
    String outcomeName(String outcome);

    @Message("reserve no. {position}")
    String reservePosition(int position);

    @Message("No application awaits the decision.")
    String noneRanked();

    @Message("Evaluations still open")
    String pending();

    @Message("Decided")
    String decided();

    @Message("Decide by the ranking")
    String decide();

    @Message("Awards the main list (committed from the open call's budget), rejects those below a threshold with the reasons and keeps the reserve list. Deciding again later awards from the reserve list what the budget then allows.")
    String decideHint();

    @Message("The decision is recorded.")
    String decisionDone();

    @Message("Evaluation by a panel (evaluated open calls)")
    String panelTitle();

    @Message("Leave it blank and one member of the consortium decides each application; fill it in and evaluators of your pool score the applications and the ranking decides.")
    String panelHint();

    @Message("Criteria")
    String criteria();

    @Message("A line each: name, weight, threshold from 0 to 5 (e.g. Relevance 1 3).")
    String criteriaHint();

    @Message("Overall threshold")
    String overallThreshold();

    @Message("Evaluators per application")
    String evaluatorsPerApplication();

    @Message("Scores combined by")
    String scoring();

    @Message("no panel")
    String noPanel();

    @Message("{#when scoring}{#is 'AVERAGE'}the average of the evaluators{#is 'CONSENSUS'}a consensus the consortium records{#else}{scoring}{/when}")
    String scoringName(String scoring);
}
