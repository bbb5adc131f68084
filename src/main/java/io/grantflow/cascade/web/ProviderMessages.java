package io.grantflow.cascade.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the provider pages (the consortium's roster and in-kind awards, a provider's offer form, the days an SME
 * asks for), in English; {@code messages/providers_fr.properties} and {@code providers_de.properties} translate them.
 */
@MessageBundle(value = "providers", locale = "en")
public interface ProviderMessages {

    @Message("Providers and in-kind support")
    String title();

    @Message("Grant {number}: providers and in-kind support")
    String grantTitle(String number);

    @Message("{#when s}{#is 'COACHING'}Coaching{#is 'MENTORING'}Mentoring{#is 'TRAINING'}Training{#else}Consultancy{/when}")
    String service(String s);

    @Message("Calls for providers")
    String providerCalls();

    @Message("No call for providers yet.")
    String noProviderCalls();

    @Message("Provider roster")
    String roster();

    @Message("No provider is on the roster yet.")
    String noRoster();

    @Message("Provider")
    String provider();

    @Message("Service")
    String serviceLabel();

    @Message("Day rate")
    String dayRate();

    @Message("Days offered")
    String capacity();

    @Message("Days awarded")
    String daysAwarded();

    @Message("Days left")
    String daysAvailable();

    @Message("Languages")
    String languages();

    @Message("In-kind awards")
    String inKindAwards();

    @Message("No in-kind award yet.")
    String noInKind();

    @Message("SME")
    String sme();

    @Message("Days")
    String days();

    @Message("Value")
    String value();

    @Message("Delivered")
    String delivered();

    @Message("confirmed by the SME")
    String confirmed();

    @Message("Paid to the provider")
    String paid();

    @Message("Released")
    String released();

    @Message("Maximum day rate")
    String maxDayRate();

    @Message("Open until")
    String openUntil();

    @Message("Offer form")
    String offerLink();

    @Message("Days of the service")
    String daysLabel();

    @Message("At most {maxDays} days. The award is worth the days × the day rate of the provider named on award, at most {max}; the provider is paid after the delivery you confirm.")
    String daysHint(Integer maxDays, String max);

    @Message("Offer your service: {title}")
    String offerTitle(String title);

    @Message("for the SMEs of grant {grant}, at most {rate} a day. A service contract: no de minimis, no cap per third party.")
    String offerIntro(String grant, String rate);

    @Message("Providing organisation")
    String organisation();

    @Message("Choose…")
    String choose();

    @Message("Your day rate (EUR)")
    String dayRateLabel();

    @Message("Days you can deliver")
    String capacityLabel();

    @Message("Languages you work in")
    String languagesLabel();

    @Message("Two-letter codes separated by commas, e.g. fr, en")
    String languagesHint();

    @Message("What you offer")
    String descriptionLabel();

    @Message("IBAN where you are paid")
    String ibanLabel();

    @Message("Send the offer")
    String submit();

    @Message("This call is not open.")
    String closed();

    @Message("Please correct the fields marked below.")
    String correct();

    @Message("Your offer is recorded:")
    String recorded();

    @Message("{#when s}{#is 'SELECTED'}selected, you are on the roster{#is 'UNDER_REVIEW'}the consortium will decide{#is 'REJECTED'}rejected{#else}refused{/when}")
    String status(String s);

    @Message("Why it was refused")
    String refusedBecause();

    @Message("In-kind support")
    String inKindTitle();

    @Message("not reported yet")
    String notReported();

    @Message("Confirm the delivery")
    String confirmTitle();

    @Message("The provider reports {delivered} of the {days} days delivered. Confirming is your report: the consortium verifies it, then pays the provider for the days delivered.")
    String confirmText(Integer delivered, Integer days);

    @Message("Confirm {delivered} days delivered")
    String confirmButton(Integer delivered);

    // ---- the desk's forms: naming the provider, reporting the delivery

    @Message("In-kind applications under review")
    String underReview();

    @Message("No in-kind application waits for a decision.")
    String noUnderReview();

    @Message("Asks for {days} days of {service}.")
    String asks(Integer days, String service);

    @Message("Provider named so far: {provider}.")
    String namedSoFar(String provider);

    @Message("Provider from the roster")
    String nameProvider();

    @Message("{days} days left")
    String daysLeft(Integer days);

    @Message("Name the provider")
    String nameButton();

    @Message("Report the delivery")
    String reportDelivery();

    @Message("Days delivered (of {days})")
    String daysDelivered(Integer days);

    @Message("Report")
    String reportButton();

    @Message("{#when done}{#is 'named'}The provider is named.{#else}The days delivered are recorded; the SME is asked to confirm them.{/when}")
    String done(String done);

    @Message("{#when code}{#is 'provider_not_on_roster'}This provider is not on the roster for the service.{#is 'provider_capacity_exceeded'}The provider has fewer days left than asked for.{#is 'application_not_under_review'}The application is no longer under review.{#is 'invalid_delivery'}Give the days delivered, from 0 to the days awarded.{#is 'delivery_confirmed'}The SME has confirmed the delivery already.{#is 'application_not_awarded'}The application is not awarded.{#is 'own_application'}A member of the applying organisation may not act on its application.{#is 'not_in_kind'}This application is not in kind by days.{#else}This cannot be done now.{/when}")
    String refusedCode(String code);
}
