package io.grantflow.organisations.web;

import io.grantflow.organisations.domain.OrganisationType;
import io.grantflow.organisations.domain.RelatedEnterprise;
import io.grantflow.organisations.domain.SmeCategory;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the "My organisations" pages, in English; {@code messages/org_fr.properties} and
 * {@code org_de.properties} translate them, {@code org_en.properties} holds the English labels of the enums.
 * A problem of the form is said in plain words by its rule's code ({@link #problem}), and the code is shown beside.
 */
@MessageBundle(value = "org", locale = "en")
public interface OrganisationMessages {

    @Message
    String type(OrganisationType type);

    @Message
    String category(SmeCategory category);

    @Message
    String relation(RelatedEnterprise.Relation relation);

    // the list page

    @Message("My organisations")
    String myTitle();

    @Message("You apply to open calls on behalf of an organisation. Register yours, or ask to join it if a colleague "
            + "has registered it already.")
    String myIntro();

    @Message("Your organisations")
    String yoursTitle();

    @Message("You do not belong to any organisation yet.")
    String noOrganisations();

    @Message("Legal name")
    String legalName();

    @Message("PIC")
    String pic();

    @Message("Participant identification code: 9 digits, as in the EU Funding & Tenders Portal.")
    String picHint();

    @Message("Country")
    String country();

    @Message("Choose a country")
    String chooseCountry();

    @Message("Type of organisation")
    String typeLabel();

    @Message("Choose a type")
    String chooseType();

    @Message("SME category")
    String smeCategory();

    @Message("Validation")
    String validation();

    @Message("validated by an officer")
    String validated();

    @Message("not validated yet: rules that need its type count it once an officer has validated it")
    String notValidated();

    @Message("no validation needed: the size of an enterprise is computed from its figures")
    String noValidationNeeded();

    @Message("Your requests to join")
    String pendingTitle();

    @Message("waiting for a decision by a member of the organisation or an officer, since {date}")
    String pendingSince(String date);

    @Message("Your request to join {name} is pending. A member of the organisation or an officer decides on it.")
    String askedNotice(String name);

    @Message("Join an organisation")
    String joinTitle();

    @Message("If your organisation is registered already, look it up by its PIC and ask to join it.")
    String joinIntro();

    @Message("PIC of the organisation")
    String joinPic();

    @Message("Look up")
    String lookUp();

    @Message("“{pic}” is not a PIC: a PIC has exactly 9 digits.")
    String notAPic(String pic);

    @Message("No organisation is registered with the PIC {pic}. Check the number, or register your organisation below.")
    String noneWithPic(String pic);

    @Message("Organisations with the PIC {pic}")
    String foundTitle(String pic);

    @Message("Ask to join")
    String askToJoin();

    @Message("Ask to join {name}")
    String askToJoinLabel(String name);

    @Message("You are a member")
    String alreadyMember();

    @Message("Request pending")
    String requestPending();

    // the registration form

    @Message("Register an organisation")
    String registerTitle();

    @Message("You become its first member. Enterprises give their figures: the SME category is computed from them, "
            + "with the figures of partner and linked enterprises (Commission Recommendation 2003/361/EC).")
    String registerIntro();

    @Message("The organisation")
    String identityTitle();

    @Message("Size of the enterprise")
    String figuresTitle();

    @Message("For enterprises only (type SME or large enterprise), from the last closed financial year. Leave these "
            + "fields empty for other types of organisation.")
    String figuresHint();

    @Message("Staff headcount (annual work units)")
    String staffHeadcount();

    @Message("Full-time staff count 1, part-time and seasonal staff in fractions; e.g. 12 or 12.5")
    String staffHint();

    @Message("Annual turnover (EUR)")
    String annualTurnover();

    @Message("Balance-sheet total (EUR)")
    String balanceSheetTotal();

    @Message("In euros with at most 2 decimals, e.g. 1,250,000.50")
    String amountHint();

    @Message("Partner and linked enterprises")
    String relatedTitle();

    @Message("An enterprise that holds 25 % to 50 % of yours, or of which yours holds 25 % to 50 %, is a partner: its "
            + "figures count in proportion to the share. One that holds more than 50 % (or controls yours), or that "
            + "yours holds or controls, is linked: its figures count in full. Leave the rows you do not need empty; "
            + "after a check an empty row is added while there is room (up to {max}).")
    String relatedHint(int max);

    @Message("Enterprise {number}")
    String relatedRow(int number);

    @Message("Name")
    String relatedName();

    @Message("Relation")
    String relationLabel();

    @Message("Choose")
    String chooseRelation();

    @Message("Share held (%)")
    String ownershipShare();

    @Message("Sectors")
    String sectorsTitle();

    @Message("The industrial ecosystems your organisation works in.")
    String sectorsHint();

    @Message("Value chains")
    String valueChains();

    @Message("Keywords separated by commas, e.g. hydrogen, batteries (at most {count}, each up to {length} characters)")
    String valueChainsHint(int count, int length);

    @Message("Check my SME category")
    String check();

    @Message("Register")
    String register();

    @Message("The check saves nothing; “Register” does.")
    String checkOrRegister();

    @Message("{#if count == 1}There is a problem{#else}There are {count} problems{/if}")
    String problemsTitle(int count);

    @Message("Nothing was saved. Your entries are kept below; correct them and try again.")
    String problemsIntro();

    @Message("rule")
    String ruleCode();

    @Message("{#when code}"
            + "{#is 'required'}Please fill this in."
            + "{#is 'too_long'}This is too long."
            + "{#is 'invalid_value'}Write a number with digits, e.g. 12 or 12.5 (or choose from the list)."
            + "{#is 'invalid_pic'}A PIC has exactly 9 digits."
            + "{#is 'invalid_country'}Choose a country from the list."
            + "{#is 'organisation_pic_taken'}An organisation with this PIC is registered already. Ask to join it instead."
            + "{#is 'figures_only_for_enterprises'}Staff and financial figures are for enterprises only (SME or large "
            + "enterprise). Empty them, or choose one of these types."
            + "{#is 'must_not_be_negative'}This cannot be negative."
            + "{#is 'above_maximum'}This number is too large."
            + "{#is 'too_many_decimals'}At most 2 decimals."
            + "{#is 'partner_share_out_of_range'}A partner holds from 25 % to 50 %. Below 25 % the enterprise is "
            + "autonomous (leave it out); above 50 % it is linked."
            + "{#is 'linked_share_out_of_range'}A linked enterprise is held more than 50 % (or controlled)."
            + "{#is 'sme_figures_contradict_type'}Declared an SME, but the figures, with partner and linked "
            + "enterprises, do not make it one (see the check below). Choose “Large enterprise” or correct the figures."
            + "{#is 'unknown_sector'}This is not one of the sectors listed."
            + "{#is 'duplicate_sector'}A sector is ticked twice."
            + "{#is 'duplicate_value_chain'}“{subject}” is listed twice."
            + "{#is 'too_many_value_chains'}Too many keywords."
            + "{#else}{message}{/when}")
    String problem(String code, String subject, String message);

    // the SME category and why

    @Message("Your SME category")
    String checkTitle();

    @Message("This is a check: nothing was saved.")
    String checkNotSaved();

    @Message("Correct the problems listed to see the SME category.")
    String checkUnavailable();

    @Message("The SME category applies to enterprises only (type SME or large enterprise).")
    String checkNotApplicable();

    @Message("Why")
    String whyTitle();

    @Message("{#when category}"
            + "{#is 'MICRO'}A micro enterprise has fewer than {staff} staff and an annual turnover or a balance-sheet "
            + "total of at most {turnover}."
            + "{#is 'SMALL'}A small enterprise has fewer than {staff} staff and an annual turnover or a balance-sheet "
            + "total of at most {turnover}."
            + "{#else}A medium-sized enterprise has fewer than {staff} staff and an annual turnover of at most {turnover} "
            + "or a balance-sheet total of at most {balanceSheet}.{/when}")
    String ceiling(String category, String staff, String turnover, String balanceSheet);

    @Message("{#when category}"
            + "{#is 'MICRO'}Not a micro enterprise:"
            + "{#is 'SMALL'}Not a small enterprise:"
            + "{#else}Not a medium-sized enterprise, so not an SME:{/when}")
    String notCategory(String category);

    @Message("{staff} staff counted: fewer than {limit}")
    String staffWithin(String staff, String limit);

    @Message("{staff} staff counted: {limit} or more")
    String staffAbove(String staff, String limit);

    @Message("annual turnover {amount}: at most {limit}")
    String turnoverWithin(String amount, String limit);

    @Message("annual turnover {amount}: above {limit}")
    String turnoverAbove(String amount, String limit);

    @Message("balance-sheet total {amount}: at most {limit}")
    String balanceWithin(String amount, String limit);

    @Message("balance-sheet total {amount}: above {limit}")
    String balanceAbove(String amount, String limit);

    @Message("The figures counted")
    String figuresCounted();

    @Message("Enterprise")
    String enterprise();

    @Message("Staff (annual work units)")
    String staffColumn();

    @Message("Annual turnover")
    String turnoverColumn();

    @Message("Balance-sheet total")
    String balanceColumn();

    @Message("Your enterprise")
    String ownFigures();

    @Message("partner: {share} counted")
    String partnerCounted(String share);

    @Message("linked: counted in full")
    String linkedCounted();

    @Message("Total counted")
    String totalCounted();

    // one organisation

    @Message("All my organisations")
    String backToMine();

    @Message("Your organisation is registered, and you are its first member.")
    String registeredNotice();

    @Message("{#when notice}{#is 'approved'}The request was approved: the person is now a member."
            + "{#is 'rejected'}The request was rejected."
            + "{#else}Someone else decided on this request first; their decision stands.{/when}")
    String decidedNotice(String notice);

    @Message("Sectors")
    String sectors();

    @Message("none given")
    String noneGiven();

    @Message("Requests to join")
    String requestsTitle();

    @Message("Nobody is waiting to join.")
    String noRequests();

    @Message("Person")
    String person();

    @Message("Asked on")
    String askedOn();

    @Message("Decision")
    String decision();

    @Message("Approve")
    String approve();

    @Message("Reject")
    String reject();

    @Message("Approve {user}")
    String approveLabel(String user);

    @Message("Reject {user}")
    String rejectLabel(String user);

    @Message("your own request: another member or an officer decides")
    String ownRequest();

    @Message("My organisations")
    String meLink();
}
