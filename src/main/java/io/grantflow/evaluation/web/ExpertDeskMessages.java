package io.grantflow.evaluation.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of the officer's experts page of a call, in English; {@code messages/expertdesk_fr/de.properties}. */
@MessageBundle(value = "expertdesk", locale = "en")
public interface ExpertDeskMessages {

    @Message("Experts of {call}")
    String title(String call);

    @Message("Experts")
    String experts();

    @Message("Assignment")
    String assignment();

    @Message("Each eligible proposal gets the call's number of experts from the pool: never one from an organisation of its consortium, nor one who declared a conflict; the best matching expertise first, then the lightest load. Assigning again only fills empty slots.")
    String assignmentIntro();

    @Message("Cut-off")
    String cutoff();

    @Message("Assign experts")
    String assign();

    @Message("{created} assignments made, {started} evaluations started{#if shortfalls > 0}; {shortfalls} proposals still lack experts: add experts to the pool and assign again{/if}.")
    String assigned(int created, int started, int shortfalls);

    @Message("The pool is saved.")
    String poolSaved();

    @Message("The expert is registered; tick them to put them in the pool.")
    String registered();

    @Message("Proposals and their experts")
    String proposals();

    @Message("No proposal of this call is eligible yet.")
    String noProposals();

    @Message("Proposal")
    String proposal();

    @Message("Status")
    String status();

    @Message("{#when status}{#is 'ELIGIBLE'}eligible{#is 'UNDER_EVALUATION'}under evaluation{#is 'EVALUATED'}evaluated{#is 'MAIN_LIST'}main list{#is 'RESERVE_LIST'}reserve list{#is 'REJECTED'}rejected{#is 'INVITED_TO_STAGE_2'}invited to stage 2{#is 'NOT_INVITED'}not invited{#else}{status}{/when}")
    String proposalStatus(String status);

    @Message("Experts assigned")
    String slots();

    @Message("Conflicts of interest")
    String conflicts();

    @Message("Slot {n}")
    String slot(int n);

    @Message("{#when status}{#is 'ASSIGNED'}to declare{#is 'ACCEPTED'}no conflict, scoring{#is 'SUBMITTED'}submitted{#is 'CONFLICT_DECLARED'}declared a conflict{#else}{status}{/when}")
    String slotStatus(String status);

    @Message("{expert} declared a conflict on {at}: {reason}")
    String declared(String expert, String at, String reason);

    @Message("Never assigned (same organisation as a consortium member)")
    String sameOrganisation();

    @Message("none")
    String none();

    @Message("The pool")
    String pool();

    @Message("Tick the experts who may evaluate this call's proposals.")
    String poolIntro();

    @Message("In the pool")
    String inPool();

    @Message("Name")
    String name();

    @Message("User name")
    String username();

    @Message("Nationality")
    String nationality();

    @Message("Organisation")
    String organisation();

    @Message("Expertise")
    String expertise();

    @Message("Save the pool")
    String savePool();

    @Message("No expert is registered yet.")
    String noExperts();

    @Message("Register an expert")
    String register();

    @Message("The expert signs in with this user name (the evaluator role).")
    String usernameHint();

    @Message("ISO code, e.g. BE.")
    String nationalityHint();

    @Message("The organisation's number in Grantflow, if any: the expert is never assigned to its proposals.")
    String organisationHint();

    @Message("Sectors or activities, separated by commas, e.g. DIGITAL, MOBILITY.")
    String expertiseHint();

    @Message("Register")
    String registerButton();

    @Message("Not done")
    String refusedTitle();

    @Message("rule: {code}")
    String ruleCode(String code);

    @Message("{#when code}{#is 'required'}This is required.{#is 'too_long'}This is too long.{#is 'invalid_country'}Not a country code.{#is 'unknown_tag'}Not a sector or an activity.{#is 'unknown_organisation'}No organisation has this number.{#is 'expert_exists'}This user is already an expert.{#is 'unknown_expert'}No expert has this number.{#is 'expert_pool_empty'}The pool is empty: tick experts and save the pool first.{#is 'call_not_closed'}The deadline has not passed: proposals are assigned after it.{#is 'invalid_number'}Not a number.{#is 'invalid_assignment'}This cannot be assigned as asked.{#is 'invalid_pool'}The pool cannot be set so.{#is 'out_of_range'}This is out of range.{#is 'duplicate_country'}A country is listed twice.{#else}This cannot be done now.{/when}")
    String problem(String code);
}
