package io.grantflow.shared.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts every page shares (layout, pagination, deadlines, error pages), in English; French and German
 * in {@code messages/msg_fr.properties} and {@code messages/msg_de.properties}. Templates use {@code {msg:key}}.
 * Each feature keeps its own pages' texts in its own bundle ({@code cascade/web/OpenCallMessages}, namespace
 * {@code oc}; {@code calls/web/CallMessages}, namespace {@code calls}).
 */
@MessageBundle(value = "msg", locale = "en")
public interface WebMessages {

    @Message("Grantflow")
    String serviceName();

    @Message("Grants and cascade funding for clusters and SMEs")
    String serviceTagline();

    @Message("Skip to main content")
    String skipToContent();

    @Message("Main menu")
    String mainMenu();

    @Message("Language")
    String language();

    @Message("Home")
    String home();

    @Message("Open calls")
    String navOpenCalls();

    @Message("Programme calls")
    String navCalls();

    @Message("My applications")
    String navMyApplications();

    @Message("My organisations")
    String navMyOrganisations();

    @Message("My desk")
    String navMyDesk();

    @Message("Sign in")
    String signIn();

    @Message("Sign out")
    String signOut();

    @Message("Grantflow is a public service for grant calls and cascade funding. Amounts are in euros; "
            + "dates and times are Brussels time (Europe/Brussels).")
    String footerAbout();

    @Message("API documentation")
    String apiDocs();

    @Message("Brussels time")
    String brusselsTime();

    @Message("closed")
    String closed();

    @Message("closes today, in less than an hour")
    String closesWithinAnHour();

    @Message("closes today, in {hours} {#if hours == 1}hour{#else}hours{/if}")
    String closesInHours(long hours);

    @Message("closes tomorrow")
    String closesTomorrow();

    @Message("closes in {days} days")
    String closesInDays(long days);

    @Message("Pages")
    String pagination();

    @Message("Previous page")
    String previousPage();

    @Message("Next page")
    String nextPage();

    @Message("Page {page} of {pages}")
    String pageOf(long page, long pages);

    @Message("{count} {#if count == 1}result{#else}results{/if}")
    String results(long count);

    @Message("Any")
    String any();

    @Message("Apply filters")
    String applyFilters();

    @Message("Clear filters")
    String clearFilters();

    @Message("{#when status}{#is 400}This address is not valid{#is 401}Please sign in{#is 403}You may not see this page"
            + "{#is 404}Page not found{#is 503}The service is busy{#else}Something went wrong{/when}")
    String errorTitle(int status);

    @Message("{#when status}{#is 400}The address has a value the service cannot read. Check it, or start again from the home page."
            + "{#is 401}This page needs you to sign in."
            + "{#is 403}Your role does not allow this page."
            + "{#is 404}There is no page at this address. It may have moved, or the call may not exist (any more)."
            + "{#is 503}Please try again in a moment."
            + "{#else}The service could not show this page. Please try again later.{/when}")
    String errorText(int status);

    @Message("This form has expired")
    String formExpiredTitle();

    @Message("The form was sent without its security token, or with an old one (it was opened before signing in or "
            + "out, or a long time ago). Nothing was saved. Go back, reload the page and send the form again.")
    String formExpiredText();

    @Message("If you contact us, quote this reference: {incident}")
    String errorIncident(String incident);

    @Message("Go to the home page")
    String backHome();

    @Message("Error {status}")
    String errorStatus(int status);
}
