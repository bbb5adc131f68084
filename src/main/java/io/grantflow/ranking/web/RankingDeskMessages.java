package io.grantflow.ranking.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of the officer's ranking and award pages, in English; {@code messages/rankdesk_fr/de.properties}. */
@MessageBundle(value = "rankdesk", locale = "en")
public interface RankingDeskMessages {

    @Message("Ranking and award")
    String title();

    @Message("Closed calls: rank each batch from the agreed consensus, see where the budget line falls, award the grants.")
    String cardSummary();

    @Message("Ranking of {call}")
    String rankingOf(String call);

    @Message("Batch")
    String batch();

    @Message("Not ranked yet.")
    String notRanked();

    @Message("Compute the ranking")
    String compute();

    @Message("Compute the ranking again")
    String computeAgain();

    @Message("The ranking can be computed again until the award, for instance after a consensus changed.")
    String computeHint();

    @Message("Ranking computed.")
    String ranked();

    @Message("Rules")
    String rules();

    @Message("Criteria: {criteria}. Overall threshold: {overall}. Ties broken by: {tieBreak}.")
    String rulesLine(String criteria, String overall, String tieBreak);

    @Message("{name} (weight {weight}, threshold {threshold})")
    String criterion(String name, String weight, String threshold);

    @Message("The budget line")
    String line();

    @Message("Budget {budget}; the main list requests {inside}; {remaining} remains.")
    String lineSummary(String budget, String inside, String remaining);

    @Message("{main} on the main list, {reserve} on the reserve list, {rejected} rejected.")
    String counts(long main, long reserve, long rejected);

    @Message("Position")
    String position();

    @Message("Proposal")
    String proposal();

    @Message("Outcome")
    String outcome();

    @Message("Total")
    String total();

    @Message("Requested")
    String requested();

    @Message("Running total")
    String runningTotal();

    @Message("Reasons")
    String reasons();

    @Message("{#when outcome}{#is 'MAIN_LIST'}Main list{#is 'RESERVE_LIST'}Reserve list{#is 'REJECTED'}Rejected{#is 'INVITED_TO_STAGE_2'}Invited to stage 2{#is 'NOT_INVITED'}Not invited{#else}{outcome}{/when}")
    String outcomeName(String outcome);

    @Message("Budget line: the proposals below do not fit the budget")
    String budgetLine();

    @Message("Award the grants")
    String award();

    @Message("Awarding offers a grant to each of the {count} proposals on the main list and commits {amount} from the call's budget. It is done once per batch.")
    String awardSummary(long count, String amount);

    @Message("Awarded on {at} by {by}.")
    String awarded(String at, String by);

    @Message("{#when code}{#is 'batch_open'}The batch's deadline has not passed.{#is 'evaluation_pending'}Some evaluations are not agreed yet.{#is 'nothing_to_rank'}No proposal of this batch has an agreed consensus.{#is 'ranking_awarded'}The batch is awarded: its ranking no longer changes.{#is 'not_ranked'}Rank the batch first.{#is 'insufficient_funds'}The call's budget does not cover the main list.{#is 'not_a_funding_ranking'}Stage 1 invites to stage 2; grants are awarded from the stage-2 ranking.{#is 'cutoff_not_decided'}The cut-off is not decided: award its batch first.{#is 'no_next_cutoff'}This is the last cut-off: there is none to carry to.{#is 'next_cutoff_decided'}The next cut-off is decided already.{#is 'nothing_unused'}Nothing of the cut-off's budget is unused.{#is 'no_cutoffs'}This call has no cut-offs.{#else}This cannot be done now.{/when}")
    String problem(String code);

    @Message("The cut-off's budget")
    String cutoffBudget();

    @Message("Published with {budget}; carried in {carriedIn}; carried out {carriedOut}. Its budget now: {allocated}, of which {committed} committed to grants and {available} unused.")
    String cutoffBudgetLine(String budget, String carriedIn, String carriedOut, String allocated, String committed, String available);

    @Message("{amount} was carried to the next cut-off by {by} on {at}.")
    String carried(String amount, String by, String at);

    @Message("The batch is awarded: what it did not use may go to the next cut-off. This is recorded in the ledger and done once.")
    String carryOverHint();

    @Message("Carry the unused {amount} to the next cut-off")
    String carryOver(String amount);

    @Message("The unused budget was carried to the next cut-off.")
    String carriedNotice();

    @Message("rule: {code}")
    String ruleCode(String code);

    @Message("Not done")
    String refusedTitle();
}
