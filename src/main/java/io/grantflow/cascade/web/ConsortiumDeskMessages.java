package io.grantflow.cascade.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the consortium's desk pages (grants, open calls, applications, decisions), in English;
 * {@code messages/consdesk_fr.properties} and {@code consdesk_de.properties} translate them.
 */
@MessageBundle(value = "consdesk", locale = "en")
public interface ConsortiumDeskMessages {

    @Message("My grants and open calls")
    String title();

    @Message("Your signed grants with their FSTP envelope and SME-share trajectory; open calls for SMEs and the applications waiting for your decision.")
    String cardSummary();

    @Message("You are not a member of a signed grant's consortium.")
    String noGrants();

    @Message("Grant {number}")
    String grant(String number);

    @Message("FSTP envelope")
    String envelope();

    @Message("Planned")
    String planned();

    @Message("In the envelope")
    String inEnvelope();

    @Message("Allocated to open calls")
    String allocated();

    @Message("Committed to SMEs")
    String committed();

    @Message("Paid to SMEs")
    String paid();

    @Message("Available")
    String available();

    @Message("SME share")
    String smeShare();

    @Message("Minimum {min}; committed {committed}; paid {paid}.")
    String shareLine(String min, String committed, String paid);

    @Message("Below the trajectory: commit {amount} more to SMEs to keep pace with the programme's payments.")
    String belowTrajectory(String amount);

    @Message("On track with the trajectory.")
    String onTrack();

    @Message("Open calls")
    String openCalls();

    @Message("No open call yet.")
    String noOpenCalls();

    @Message("New open call")
    String newOpenCall();

    @Message("Title")
    String openCallTitle();

    @Message("Budget")
    String budget();

    @Message("Window")
    String window();

    @Message("open")
    String open();

    @Message("not open yet")
    String opensLater();

    @Message("closed")
    String closed();

    @Message("Waiting for you")
    String waiting();

    @Message("{count} {#if count == 1}application waits{#else}applications wait{/if} for a decision")
    String toDecide(int count);

    @Message("{count} {#if count == 1}report waits{#else}reports wait{/if} for verification")
    String toVerify(int count);

    // ---- the open-call form

    @Message("New open call of grant {number}")
    String formTitle(String number);

    @Message("The open call's budget is allocated from the grant's FSTP envelope when it is published. Review it before publishing.")
    String formIntro();

    @Message("Description")
    String description();

    @Message("Instrument")
    String instrument();

    @Message("Selection")
    String selection();

    @Message("Fixed amount per SME")
    String fixedAmount();

    @Message("Smallest amount")
    String minAmount();

    @Message("Largest amount")
    String maxAmount();

    @Message("For a fixed lump sum: the fixed amount. Otherwise: the largest amount (and, optionally, the smallest).")
    String amountsHint();

    @Message("Eligible countries")
    String countries();

    @Message("Two-letter codes separated by commas (BE, FR, DE); empty: every country.")
    String countriesHint();

    @Message("Sectors")
    String sectors();

    @Message("None ticked: every sector.")
    String sectorsHint();

    @Message("Value-chain keywords")
    String valueChains();

    @Message("Separated by commas (hydrogen, batteries).")
    String valueChainsHint();

    @Message("Opens")
    String opensAt();

    @Message("Closes")
    String closesAt();

    @Message("Brussels time")
    String brusselsTime();

    @Message("Paid on award, %")
    String firstTranche();

    @Message("The rest is paid once the SME's report is verified.")
    String firstTrancheHint();

    @Message("Days to report after the award")
    String reportDays();

    @Message("Review")
    String review();

    @Message("Review the open call")
    String reviewTitle();

    @Message("Nothing is published yet. Change what needs changing, or publish: the budget is then allocated from the envelope and SMEs can find the call.")
    String reviewIntro();

    @Message("Change")
    String change();

    @Message("Publish the open call")
    String publish();

    @Message("every country")
    String everyCountry();

    @Message("every sector")
    String everySector();

    @Message("The open call cannot be published as it is")
    String refusedTitle();

    @Message("{#when code}{#is 'required'}Required.{#is 'must_be_positive'}More than EUR 0.00.{#is 'invalid_amount'}Not an amount.{#is 'invalid_date'}Not a date and time.{#is 'invalid_number'}Not a number.{#is 'invalid_choice'}Choose one of the options.{#is 'invalid_country'}Not a country code.{#is 'closes_before_opening'}It must close after it opens.{#is 'above_budget'}More than the open call's budget.{#is 'above_third_party_cap'}More than the grant's cap per SME.{#is 'min_above_max'}The smallest amount is above the largest.{#is 'out_of_range'}Out of range.{#is 'insufficient_funds'}More than the envelope still has available.{#is 'grant_not_signed'}The grant is not signed.{#is 'unknown_sector'}Not a sector.{#is 'already_published'}This form was published already (see the grant's open calls); review it again to publish it as a second open call.{#is 'invalid_host_amount'}Write a country code and an amount.{#is 'waitlist_needs_fcfs'}A waiting list is for first come, first served.{#is 'above_cap'}A ClusterXchange lump sum is at most EUR 1,100.{#is 'above_call_cap'}The call's cap per third party is lower.{#is 'duplicate_country'}A country is listed twice.{#is 'cutoffs_not_increasing'}Each cut-off closes after the one before it.{#is 'last_cutoff_not_closing'}The open call closes with its last cut-off.{#is 'cutoff_budgets_mismatch'}The cut-offs' budgets must add up to the open call's budget.{#is 'invalid_target_market'}Not a third country or region.{#is 'not_a_third_country'}An EU Member State is not a target market.{#is 'duplicate_applicant_type'}A type is ticked twice.{#is 'type_of_support_mismatch'}This instrument cannot give this type of support.{#is 'not_in_kind'}Days of a service need the type of support \"In-kind service\".{#is 'in_kind_needs_max_amount'}In kind by days needs a voucher or a lump sum up to a maximum.{#is 'in_kind_paid_on_delivery'}In kind by days pays nothing on award: first tranche 0.{#is 'waitlist_not_in_kind'}In kind by days has no waiting list.{#is 'too_many'}Too many.{#else}Not accepted as it is.{/when}")
    String problem(String code);

    @Message("rule: {code}")
    String ruleCode(String code);

    // ---- applications and decisions

    @Message("Published.")
    String published();

    @Message("Applications")
    String applications();

    @Message("Status")
    String status();

    @Message("All")
    String all();

    @Message("Show")
    String show();

    @Message("No application.")
    String noApplications();

    @Message("SME")
    String sme();

    @Message("Requested")
    String requested();

    @Message("Awarded")
    String awarded();

    @Message("To be paid by")
    String paymentDue();

    @Message("Score")
    String score();

    @Message("Submitted")
    String submitted();

    @Message("Decide")
    String decide();

    @Message("Decide on application {id}")
    String decideOn(String id);

    @Message("Purpose")
    String purpose();

    @Message("Sector")
    String sector();

    @Message("Your decision")
    String decision();

    @Message("Award")
    String approve();

    @Message("Reject")
    String reject();

    @Message("Score (0 to 100)")
    String scoreLabel();

    @Message("Reason")
    String reason();

    @Message("Said to the SME with the decision.")
    String reasonHint();

    @Message("Record the decision")
    String record();

    @Message("Application {id} decided: {status}. An award's first tranche is ordered; a second member approves it on the payments desk.")
    String decided(String id, String status);

    @Message("Say whether the application is awarded.")
    String decisionRequired();

    @Message("Back to the open call")
    String backToOpenCall();

    @Message("The report of application {id} is verified: {status}.")
    String verified(String id, String status);

    @Message("Verify the report")
    String verifyReport();

    @Message("My applications")
    String myApplications();

    @Message("Your applications to open calls, and the reports your awards wait for.")
    String myApplicationsSummary();

    @Message("Visits to confirm")
    String visitsTitle();

    @Message("ClusterXchange visits to your cluster that have begun: confirm that the visitor came, so that the visit's report can be verified.")
    String visitsSummary();

    @Message("No visit waits for your confirmation.")
    String noVisits();

    @Message("Visitor")
    String visitor();

    @Message("Stay")
    String stay();

    @Message("Confirm the visit")
    String confirmVisit();

    @Message("The visit of application {id} is confirmed.")
    String visitConfirmed(String id);

    @Message("Verify the report of application {id}")
    String verifyOn(String id);

    @Message("Report")
    String report();

    @Message("Proof")
    String proof();

    @Message("Sent")
    String reportedAt();

    @Message("Rejected before")
    String rejections();

    @Message("Accept: the balance is ordered")
    String acceptReport();

    @Message("Reject: the SME may send it once more; a second rejection releases the unpaid award")
    String rejectReport();

    @Message("Record the verification")
    String recordVerification();

    @Message("Further rules")
    String rules();

    @Message("Leave a field empty to take the rule of the grant's call.")
    String rulesHint();

    @Message("Largest support per third party (EUR)")
    String maxPerThirdParty();

    @Message("Check the de minimis cap before each award")
    String deMinimisCheck();

    @Message("De minimis cap over three years (EUR)")
    String deMinimisCap();

    @Message("Applications per SME (empty: one)")
    String applicationsPerSme();

    @Message("Waiting list once the budget is used (first come, first served only)")
    String waitlist();

    @Message("Activities supported")
    String activities();

    @Message("ClusterXchange: lump sum per host country")
    String hostAmounts();

    @Message("One line per host country: its ISO code and the lump sum, e.g. FR 1100.00")
    String hostAmountsHint();

    @Message("{#when name}{#is 'CONNECT_ECOSYSTEMS'}Connecting ecosystems{#is 'VALUE_CHAIN_COLLABORATION'}Value-chain collaboration{#is 'INNOVATION_UPTAKE'}Innovation uptake{#is 'SME_INTERNATIONALISATION'}SME internationalisation{#is 'SCALING_UP'}Scaling up{#is 'SKILLS'}Skills{#is 'CAPACITY_BUILDING'}Capacity building{#is 'MOBILITY'}Mobility{#is 'DIGITALISATION'}Digitalisation{#is 'GREEN_CIRCULAR_ECONOMY'}Green and circular economy{#is 'SOCIAL_ECONOMY'}Social economy{#else}{name}{/when}")
    String activity(String name);

    @Message("yes")
    String yes();

    @Message("no")
    String no();
}
