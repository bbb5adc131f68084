package io.grantflow.calls.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of the officer's call pages, in English; {@code messages/calldesk_fr/de.properties}. */
@MessageBundle(value = "calldesk", locale = "en")
public interface CallDeskMessages {

    @Message("Calls")
    String title();

    @Message("The programme's calls, drafts included: start one from a known call, change the draft, publish it; the expert pool and the assignments.")
    String cardSummary();

    @Message("New call")
    String newCall();

    @Message("Start from a known call")
    String chooseTemplate();

    @Message("Each template holds the rules of a real call; everything can be changed before the draft is saved, and the draft until it is published.")
    String chooseTemplateIntro();

    @Message("{#when template}{#is 'EUROCLUSTERS'}Euroclusters{#is 'CLUSTERXCHANGE'}ClusterXchange scheme{#is 'INNOSUP_TWO_STAGE'}INNOSUP, two stages{#is 'EEN_CUTOFFS'}Enterprise Europe Network, with cut-offs{#is 'EU_UKRAINE'}EU–Ukraine Cluster Partnership{#is 'LUMP_SUM'}Lump-sum grant{#else}{template}{/when}")
    String templateName(String template);

    @Message("{#when template}{#is 'EUROCLUSTERS'}One deadline; partnerships of cluster organisations pass at least 75% of each grant on to SMEs as financial support to third parties (at most EUR 60,000 each).{#is 'CLUSTERXCHANGE'}One deadline; exchange visits of cluster members paid as lump sums of up to EUR 1,100.{#is 'INNOSUP_TWO_STAGE'}A short proposal first; the best are invited to a full proposal; EUR 4–5 m per project, 75% to SMEs.{#is 'EEN_CUTOFFS'}Three cut-offs, each with its own budget; proposals are ranked per cut-off; work packages cover the five EEN activities; a project period of 42 months.{#is 'EU_UKRAINE'}One deadline; partnerships with a Ukrainian cluster; every proposal addresses both objectives (value-chain interlinkages, capacity building).{#is 'LUMP_SUM'}Each work package is paid as a lump sum when it is completed.{#else}{/when}")
    String templateSummary(String template);

    @Message("Use this template")
    String useTemplate();

    @Message("New call from the template {template}")
    String newFromTemplate(String template);

    @Message("Change the draft {identifier}")
    String editTitle(String identifier);

    @Message("Status")
    String status();

    @Message("{#when status}{#is 'DRAFT'}Draft{#is 'FORTHCOMING'}Forthcoming{#is 'OPEN'}Open{#is 'CLOSED'}Closed{#else}{status}{/when}")
    String statusName(String status);

    @Message("All")
    String all();

    @Message("No call in this list.")
    String noCalls();

    @Message("Call")
    String call();

    @Message("Budget")
    String budget();

    @Message("Final deadline")
    String finalDeadline();

    @Message("Identifier")
    String identifier();

    @Message("Capital letters, digits and hyphens, e.g. SMP-COSME-2027-CLUSTER-01; it cannot change once the draft is saved.")
    String identifierHint();

    @Message("Title")
    String callTitle();

    @Message("Description")
    String description();

    @Message("Programme")
    String programme();

    @Message("Type of action")
    String actionType();

    @Message("Submission")
    String submissionModel();

    @Message("{#when model}{#is 'SINGLE_STAGE'}One stage, one deadline{#is 'TWO_STAGE'}Two stages (two deadlines){#is 'MULTIPLE_CUTOFFS'}Cut-offs, each with its own budget{#else}{model}{/when}")
    String submissionModelName(String model);

    @Message("Budget (EUR)")
    String budgetEur();

    @Message("Expected grants")
    String expectedGrants();

    @Message("Smallest grant (EUR)")
    String minGrant();

    @Message("Largest grant (EUR)")
    String maxGrant();

    @Message("Opens at")
    String opensAt();

    @Message("Brussels time")
    String brusselsTime();

    @Message("Deadlines")
    String deadlines();

    @Message("One row per deadline (two for two stages, one per cut-off); leave the other rows empty. A cut-off's budget is only for calls with cut-offs.")
    String deadlinesHint();

    @Message("Date and time")
    String at();

    @Message("Label, row {n}")
    String labelRow(int n);

    @Message("Date and time, row {n}")
    String atRow(int n);

    @Message("Budget (EUR), row {n}")
    String budgetRow(int n);

    @Message("Name, row {n}")
    String criterionNameRow(int n);

    @Message("Weight, row {n}")
    String weightRow(int n);

    @Message("Threshold, row {n}")
    String thresholdRow(int n);

    @Message("Funding rates (percent)")
    String fundingRates();

    @Message("Financial support to third parties")
    String fstpRate();

    @Message("Other costs")
    String otherRate();

    @Message("Support to third parties")
    String fstp();

    @Message("Smallest SME share (percent)")
    String minSmeShare();

    @Message("Largest support per third party (EUR)")
    String maxPerThirdParty();

    @Message("Who can apply")
    String eligibility();

    @Message("Smallest number of partners")
    String minPartners();

    @Message("Smallest number of countries")
    String minCountries();

    @Message("Eligible countries")
    String eligibleCountries();

    @Message("ISO codes separated by commas (FR, DE, UA); empty: any country.")
    String countriesHint();

    @Message("Sectors")
    String sectors();

    @Message("Value-chain keywords")
    String valueChains();

    @Message("Separated by commas.")
    String valueChainsHint();

    @Message("Award criteria")
    String criteria();

    @Message("Each criterion is scored from 0 to 5 in half points; the weight multiplies it; below its threshold a proposal fails.")
    String criteriaHint();

    @Message("Weight")
    String weight();

    @Message("Threshold")
    String threshold();

    @Message("Overall threshold")
    String overallThreshold();

    @Message("Evaluation")
    String evaluation();

    @Message("Experts per proposal")
    String expertsPerProposal();

    @Message("Shortest comment per criterion (characters)")
    String minCommentLength();

    @Message("Save the draft")
    String saveDraft();

    @Message("The draft is saved; nothing is published yet.")
    String saved();

    @Message("The draft {identifier} is saved; nothing is published yet.")
    String created(String identifier);

    @Message("Published: the call's budget is allocated from its programme and its lifecycle has started.")
    String published();

    @Message("Change the draft")
    String edit();

    @Message("Publish")
    String publish();

    @Message("Publishing allocates {budget} from the programme {programme} (left to other calls after this one: {unallocated}) and starts the call's lifecycle: it opens on {opens}. A published call no longer changes.")
    String publishSummary(String budget, String programme, String unallocated, String opens);

    @Message("Publish the call")
    String publishButton();

    @Message("The public page")
    String publicPage();

    @Message("Expert pool and assignments")
    String experts();

    @Message("Ranking")
    String ranking();

    @Message("Deadline")
    String deadline();

    @Message("Not done")
    String refusedTitle();

    @Message("rule: {code}")
    String ruleCode(String code);

    @Message("{#when code}{#is 'required'}This is required.{#is 'invalid_identifier'}Use 3 to 64 capital letters, digits and hyphens.{#is 'too_long'}This is too long.{#is 'must_be_positive'}This must be more than zero.{#is 'must_not_be_negative'}This must not be negative.{#is 'max_grant_above_budget'}The largest grant is more than the call's budget.{#is 'min_grant_above_max_grant'}The smallest grant is more than the largest.{#is 'percentage_out_of_range'}A percentage is more than 0 and at most 100.{#is 'too_many_decimals'}Too many decimals.{#is 'deadline_count'}The number of deadlines does not fit the submission (one; two for two stages; at least one cut-off).{#is 'deadline_in_past'}This deadline is not in the future.{#is 'deadline_before_opening'}The deadline is before the opening.{#is 'deadlines_not_in_order'}Deadlines follow each other in time.{#is 'cutoff_budgets_exceed_call_budget'}The cut-offs' budgets add up to more than the call's budget.{#is 'budget_only_for_cutoffs'}Only a cut-off has a budget of its own.{#is 'unknown_programme'}No programme has this code.{#is 'programme_budget_exceeded'}The programme's unallocated budget does not cover this call.{#is 'call_identifier_taken'}Another call has this identifier.{#is 'call_not_draft'}The call is published: it no longer changes.{#is 'criteria_required'}A call has at least one award criterion.{#is 'duplicate_criterion'}Two criteria have this name.{#is 'min_countries_above_min_partners'}More countries than partners are required.{#is 'invalid_country'}Not a country code.{#is 'unknown_sector'}Not one of the sectors.{#is 'invalid_amount'}Not an amount.{#is 'invalid_date'}Not a date and time.{#is 'invalid_number'}Not a number.{#is 'invalid_choice'}Not one of the choices.{#is 'insufficient_funds'}The programme's budget does not cover the call.{#is 'already_created'}This form was saved already.{#is 'out_of_range'}This is out of range.{#is 'not_a_half_point'}Use whole or half points.{#is 'score_out_of_range'}A score is from 0 to 5.{#is 'weight_out_of_range'}The weight is out of range.{#is 'two_stage_criteria'}The criteria do not fit a two-stage call.{#is 'duplicate_country'}A country is listed twice.{#is 'unknown_criterion'}No criterion has this name.{#is 'not_two_stage'}Only a two-stage call has stage settings.{#is 'identifier_mismatch'}The identifier cannot change.{#else}{/when}")
    String problem(String code);

    @Message("Objectives, activities, project period, rounds")
    String programmeRules();

    @Message("Objectives every proposal addresses")
    String objectives();

    @Message("Activities the work packages must cover")
    String requiredActivities();

    @Message("One per line: CODE: title (e.g. CAPACITY_BUILDING: Capacity building); proposals name the codes.")
    String codedLinesHint();

    @Message("First day of the project period")
    String projectStart();

    @Message("Last day of the project period")
    String projectEnd();

    @Message("Scheme (the call is a round of it)")
    String scheme();

    @Message("Previous round (identifier of the call this one follows)")
    String previousRound();
}
