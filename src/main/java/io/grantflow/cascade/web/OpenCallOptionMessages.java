package io.grantflow.cascade.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the open-call form's options (target markets, the entrepreneur profile, applicant types, in kind by
 * days), in English; {@code messages/ocform_fr.properties} and {@code ocform_de.properties} translate them.
 */
@MessageBundle(value = "ocform", locale = "en")
public interface OpenCallOptionMessages {

    @Message("Target markets")
    String targetMarkets();

    @Message("For internationalisation: the regions and third countries (outside the EU) your SMEs go to. Leave empty for none.")
    String targetMarketsHint();

    @Message("Third countries")
    String targetCountries();

    @Message("ISO codes separated by commas, e.g. JP, US")
    String targetCountriesHint();

    @Message("Ask applicants whether they are young, new or female-led entrepreneurs (optional answers, counted in the KPIs)")
    String collectsEntrepreneurProfile();

    @Message("Who may apply")
    String applicantTypes();

    @Message("Tick none for the instrument's defaults: SMEs (ClusterXchange: SMEs, research, business-support and cluster organisations).")
    String applicantTypesHint();

    @Message("Type of support")
    String typeOfSupport();

    @Message("As the instrument")
    String asInstrument();

    @Message("In kind by days")
    String inKind();

    @Message("Only with the type of support \"In-kind service\" on a voucher or a lump sum up to a maximum: SMEs ask for days of a roster provider's service, worth at most the largest amount, paid to the provider after delivery (first tranche 0, no waiting list). Leave empty otherwise.")
    String inKindHint();

    @Message("Service")
    String service();

    @Message("None")
    String noService();

    @Message("Most days per application")
    String maxDays();

    @Message("Collects the entrepreneur profile")
    String profileCollected();

    @Message("{service}, at most {days} days per application")
    String inKindTerms(String service, Integer days);
}
