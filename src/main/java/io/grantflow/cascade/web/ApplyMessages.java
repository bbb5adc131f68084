package io.grantflow.cascade.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the apply form ({@code /open-calls/{id}/apply}), in English; {@code messages/apply_fr.properties}
 * and {@code apply_de.properties} translate them. The {@code err*} texts say in plain words what a refusal of a
 * field means; the page shows each beside its field with the rule's code.
 */
@MessageBundle(value = "apply", locale = "en")
public interface ApplyMessages {

    @Message("Apply to “{title}”")
    String title(String title);

    @Message("Fill in the form and submit it once. Every answer is checked when you submit; a problem is shown "
            + "next to its field, with the code of the rule, and what you typed stays in the form.")
    String intro();

    @Message("The open call")
    String summaryTitle();

    @Message("Only SME accounts apply to open calls. You are signed in as {handle}, which is not an SME account.")
    String onlySmes(String handle);

    @Message("To apply, your organisation must be registered in Grantflow and you must be one of its members.")
    String noOrganisation();

    @Message("Register or join your organisation")
    String registerOrganisation();

    @Message("(optional)")
    String optional();

    @Message("Who applies")
    String applicantSection();

    @Message("Organisation")
    String organisation();

    @Message("The organisation you apply for; you are one of its members.")
    String organisationHint();

    @Message("Choose…")
    String choose();

    @Message("Amount requested in euros")
    String requested();

    @Message("At most {max}.")
    String requestedMax(String max);

    @Message("From {min} to {max}.")
    String requestedRange(String min, String max);

    @Message("In euros, with any cents after a decimal point.")
    String amountExample();

    @Message("This open call pays a fixed amount: {amount}.")
    String fixedAmount(String amount);

    @Message("What the support is for")
    String purpose();

    @Message("In a few sentences; at most {max} characters.")
    String purposeHint(Integer max);

    @Message("Your sector")
    String sector();

    @Message("The industrial ecosystem of your project; this open call supports the sectors listed.")
    String sectorHint();

    @Message("This open call supports every sector.")
    String anySectorHint();

    @Message("IBAN of the account to be paid")
    String iban();

    @Message("For example BE71 0961 2345 6769; spaces do not matter.")
    String ibanHint();

    @Message("Declarations")
    String declarations();

    @Message("I declare that my organisation is not an undertaking in difficulty.")
    String notInDifficulty();

    @Message("I declare that the costs of this application are not funded by any other grant (no double funding).")
    String noDoubleFunding();

    @Message("De minimis aid received over the last three years, in euros")
    String deMinimis();

    @Message("All de minimis aid your organisation received in the last three years; 0 or empty if none. With this "
            + "application it must stay within {cap}.")
    String deMinimisHintCap(String cap);

    @Message("All de minimis aid your organisation received in the last three years; 0 or empty if none.")
    String deMinimisHint();

    @Message("The exchange")
    String exchangeSection();

    @Message("The visitor's full name")
    String visitorName();

    @Message("The visitor's identifier")
    String visitorId();

    @Message("A passport or identity-card number, or the visitor's e-mail address: each visitor takes part once.")
    String visitorIdHint();

    @Message("The host organisation's PIC")
    String host();

    @Message("The 9-digit Participant Identification Code of the host cluster organisation (your host knows it; it is "
            + "also in the EU Funding & Tenders Portal). The host is in another country than your organisation.")
    String hostHint();

    @Message("Host: {name}, {country}.")
    String hostFound(String name, String country);

    @Message("First day of the stay")
    String from();

    @Message("Last day of the stay")
    String to();

    @Message("A date such as 2027-03-22. The first and the last day both count.")
    String dateHint();

    @Message("Distance to the host, in km")
    String distance();

    @Message("From your organisation's place to the host's, in whole kilometres.")
    String distanceHint();

    @Message("Compute the lump sum")
    String compute();

    @Message("The lump sum of this exchange")
    String lumpSumTitle();

    @Message("Fill in the host's PIC, both days and the distance, then compute the lump sum.")
    String lumpSumPending();

    @Message("You would receive {amount}.")
    String lumpSumAmount(String amount);

    @Message("The lump sum for hosts in {country} is {amount} (at most {cap} per exchange).")
    String lumpSumHostAmount(String country, String amount, String cap);

    @Message("Halved because the stay lasts {days} {#if days == 1}day{#else}days{/if}: under {min} days, the first and "
            + "the last day counted.")
    String halvedShortStay(Integer days, Integer min);

    @Message("Halved because the host is {km} km away: under {min} km.")
    String halvedNear(Integer km, Integer min);

    @Message("Both reasons apply; the lump sum is halved once.")
    String halvedOnce();

    @Message("Not halved: the stay lasts {days} days and the host is {km} km away (halved under {minDays} days or "
            + "under {minKm} km).")
    String notHalved(Integer days, Integer km, Integer minDays, Integer minKm);

    @Message("An exchange lasts from 3 working days to 1 month: an application with these days would be refused.")
    String refusalInvalidStay();

    @Message("This open call pays no lump sum for hosts in {country}: an application with this host would be refused.")
    String refusalNoHostAmount(String country);

    @Message("Submit the application")
    String submit();

    @Message("Submitting once is enough: the same form sent twice makes one application.")
    String submitNote();

    @Message("There is a problem")
    String errorSummaryTitle();

    @Message("{count} {#if count == 1}answer needs{#else}answers need{/if} your attention before the application can "
            + "be submitted.")
    String errorSummaryCount(Integer count);

    @Message("Error:")
    String errorPrefix();

    @Message("rule")
    String rule();

    @Message("This open call takes applications from {opens} to {closes}, Brussels time; it does not take them now.")
    String openCallClosed(String opens, String closes);

    @Message("The grant that funds this open call is not active, so the open call takes no applications.")
    String grantNotActive();

    @Message("This form was already sent with other answers, and that application is recorded. To send these answers as "
            + "a new application, submit the form again.")
    String alreadySent();

    @Message("The form had expired; please submit it again.")
    String formExpired();

    @Message("The application could not be submitted: {detail}")
    String otherProblem(String detail);

    // what each refusal of a field means, in plain words

    @Message("Fill this in.")
    String errRequired();

    @Message("Choose one.")
    String errChoose();

    @Message("Tick this declaration to apply.")
    String errDeclare();

    @Message("Too long: at most {max} characters.")
    String errTooLong(Integer max);

    @Message("This is not a valid IBAN: check the country code, the two check digits and the length.")
    String errInvalidIban();

    @Message("Choose a sector from the list.")
    String errUnknownSector();

    @Message("Choose one of your organisations.")
    String errUnknownOrganisation();

    @Message("No organisation in Grantflow has this PIC.")
    String errUnknownHost();

    @Message("A PIC is a number of 9 digits.")
    String errInvalidPic();

    @Message("Enter 0 or more.")
    String errNegative();

    @Message("Enter an amount above 0.")
    String errPositive();

    @Message("The last day is before the first day.")
    String errEndsBeforeStart();

    @Message("Enter an amount in euros with at most 2 decimals, for example 2500 or 2,500.50.")
    String errInvalidAmount();

    @Message("Enter a date such as 2027-03-22.")
    String errInvalidDate();

    @Message("Enter a whole number of kilometres, for example 350.")
    String errInvalidNumber();

    @Message("You are not a member of this organisation; choose one of yours.")
    String errNotMember();

    @Message("Only ClusterXchange open calls take an exchange.")
    String errNotAnExchange();

    @Message("{message}")
    String errOther(String message);

    @Message("About the entrepreneur")
    String entrepreneurSection();

    @Message("This open call counts the SMEs it supports by these answers for the programme's indicators. Tick what applies; nothing here changes whether you are eligible.")
    String entrepreneurHint();

    @Message("The entrepreneur is under 40.")
    String youngEntrepreneur();

    @Message("The business is under 3 years old.")
    String newBusiness();

    @Message("The business is led by a woman.")
    String femaleLed();
}
