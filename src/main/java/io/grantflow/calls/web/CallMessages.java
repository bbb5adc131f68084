package io.grantflow.calls.web;

import io.grantflow.calls.domain.ActionType;
import io.grantflow.calls.domain.CallStatus;
import io.grantflow.calls.domain.SubmissionModel;
import io.grantflow.shared.sector.Ecosystem;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the programme-call pages, in English; {@code messages/calls_fr.properties} and
 * {@code calls_de.properties} translate them. The labels of the enums (status, action type, sector)
 * are one key per constant ({@code sector_$TOURISM}), in {@code messages/calls_en.properties} for English.
 */
@MessageBundle(value = "calls", locale = "en")
public interface CallMessages {

    @Message
    String status(CallStatus status);

    @Message
    String actionType(ActionType type);

    @Message
    String submissionModel(SubmissionModel model);

    @Message
    String sector(Ecosystem sector);

    @Message("The programme's calls")
    String listTitle();

    @Message("Calls for proposals of the programmes: consortia of clusters and business-support organisations apply "
            + "to them for grants, and the grants then fund SMEs through open calls.")
    String listIntro();

    @Message("Status")
    String statusLabel();

    @Message("Programme")
    String programme();

    @Message("Budget")
    String budget();

    @Message("Opens")
    String opens();

    @Message("Deadline")
    String deadline();

    @Message("Deadlines")
    String deadlines();

    @Message("Final deadline")
    String finalDeadline();

    @Message("Next deadline")
    String nextDeadline();

    @Message("Type of action")
    String actionTypeLabel();

    @Message("Sectors")
    String sectors();

    @Message("No call matches these filters.")
    String noneFound();

    @Message("Figures marked illustrative are examples, not taken from the programme's sources.")
    String illustrativeNote();

    @Message("illustrative")
    String illustrative();

    @Message("Grants per consortium")
    String grantRange();

    @Message("from {min} to {max}")
    String fromTo(String min, String max);

    @Message("Expected number of grants")
    String expectedGrants();

    @Message("Funding rates")
    String fundingRates();

    @Message("Financial support to third parties: {rate}")
    String fstpRate(String rate);

    @Message("Other costs: {rate}")
    String otherRate(String rate);

    @Message("Who can apply")
    String eligibility();

    @Message("A consortium of at least {n} {#if n == 1}partner{#else}partners{/if}")
    String minPartners(Integer n);

    @Message("from at least {n} {#if n == 1}country{#else}different countries{/if}")
    String minCountries(Integer n);

    @Message("Partners established in: {countries}")
    String eligibleCountries(String countries);

    @Message("Partners may be established in any country")
    String anyCountry();

    @Message("At least {share} of the financial support to third parties goes to SMEs, at most {max} per third party")
    String fstpRules(String share, String max);

    @Message("How proposals are evaluated")
    String criteria();

    @Message("{name}: weight {weight}, threshold {threshold} out of {max}")
    String criterion(String name, String weight, String threshold, String max);

    @Message("How proposals are submitted")
    String submission();

    @Message("Apply through the API (POST /api/calls/{identifier}/proposals) as a member of the coordinating "
            + "organisation; applying through these pages comes soon.")
    String howToApply(String identifier);

    @Message("All calls")
    String allCalls();

    @Message("Call identifier")
    String identifier();

    @Message("What every proposal does")
    String programmeRules();

    @Message("Objectives every proposal addresses")
    String objectives();

    @Message("Activities the work packages cover between them")
    String requiredActivities();

    @Message("Project period")
    String projectPeriod();

    @Message("{start} to {end}")
    String fromToDays(String start, String end);

    @Message("Scheme")
    String scheme();

    @Message("Follows the round")
    String previousRound();

    @Message("Later rounds")
    String laterRounds();

    @Message("{budget}{#if grants}, {grants} grants expected{/if}")
    String roundFacts(String budget, Integer grants);
}
