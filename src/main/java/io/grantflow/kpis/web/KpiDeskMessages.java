package io.grantflow.kpis.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the desk's KPI pages, in English; {@code messages/kpidesk_fr.properties} and
 * {@code kpidesk_de.properties} translate them.
 */
@MessageBundle(value = "kpidesk", locale = "en")
public interface KpiDeskMessages {

    @Message("KPIs")
    String title();

    @Message("The programme's indicators, per call and per grant, as the data tells them and as the consortia report them.")
    String cardSummary();

    @Message("Indicators of the Single Market Programme and of Euroclusters over the signed grants: those Grantflow computes from its data, and those the consortia report per period (the latest version of each period counts).")
    String intro();

    @Message("Programme")
    String programmeLabel();

    @Message("Show")
    String show();

    @Message("No programme yet.")
    String noProgrammes();

    @Message("KPIs of the programme {name}")
    String programmeTitle(String name);

    @Message("KPIs of the call {identifier}")
    String callTitle(String identifier);

    @Message("KPIs of grant {number} – {acronym}")
    String grantTitle(String number, String acronym);

    @Message("Computed {time} (Brussels time) over {grants} signed {#if grants == 1}grant{#else}grants{/if}.")
    String computedAt(String time, int grants);

    @Message("From the data")
    String computedTitle();

    @Message("SMEs supported")
    String smesSupported();

    @Message("SMEs from countries none of the beneficiaries is in")
    String smesFromOtherCountries();

    @Message("SMEs internationalised (internationalisation award completed)")
    String smesInternationalised();

    @Message("ClusterXchange exchanges made")
    String exchangesMade();

    @Message("Support committed to SMEs")
    String supportCommitted();

    @Message("Support paid to SMEs")
    String supportPaid();

    @Message("SMEs supported per theme")
    String byThemeTitle();

    @Message("No SME has been supported yet.")
    String noThemes();

    @Message("Theme")
    String theme();


    @Message("Reported by the consortia")
    String reportedTitle();

    @Message("Indicator")
    String indicator();

    @Message("Count")
    String count();

    /** The name of a theme (an activity of the open calls) or of a reported indicator. */
    @Message("{#when code}"
            + "{#is 'CONNECT_ECOSYSTEMS'}Connecting ecosystems{#is 'VALUE_CHAIN_COLLABORATION'}Value-chain collaboration"
            + "{#is 'INNOVATION_UPTAKE'}Innovation uptake{#is 'SME_INTERNATIONALISATION'}SME internationalisation"
            + "{#is 'SCALING_UP'}Scaling up{#is 'SKILLS'}Skills{#is 'CAPACITY_BUILDING'}Capacity building"
            + "{#is 'MOBILITY'}Mobility{#is 'DIGITALISATION'}Digitalisation{#is 'GREEN_CIRCULAR_ECONOMY'}Green and circular economy"
            + "{#is 'SOCIAL_ECONOMY'}Social economy"
            + "{#is 'RESILIENCE_PLANS'}Resilience and business-continuity plans (NETWORK)"
            + "{#is 'NEW_TO_FIRM_PRODUCTS'}New-to-firm products and services (INNOVATE)"
            + "{#is 'SMES_BUSINESS_PROCESS_INNOVATION'}SMEs that undertook business-process innovation (ADOPT)"
            + "{#is 'CLUSTER_ORGANISATIONS_TRAINED'}Cluster organisations trained (TRAIN)"
            + "{#is 'SMES_INVESTING_IN_SKILLS'}SMEs investing in skills (TRAIN)"
            + "{#is 'COLLABORATION_AGREEMENTS_THIRD_COUNTRIES'}Collaboration agreements with third countries (GO INTERNATIONAL)"
            + "{#is 'COMPANIES_BUSINESS_PARTNERSHIPS'}Companies that concluded business partnerships"
            + "{#is 'ENTREPRENEURS_MENTORING_MOBILITY'}Entrepreneurs benefiting from mentoring and mobility"
            + "{#is 'SOCIAL_MEDIA_FOLLOWERS'}Social-media followers gained (communication)"
            + "{#is 'NEWSLETTER_SUBSCRIBERS'}Newsletter subscribers gained (communication)"
            + "{#is 'EVENT_PARTICIPANTS'}Event participants (communication)"
            + "{#is 'CLUSTER_ORGANISATION'}Cluster organisations"
            + "{#is 'BUSINESS_NETWORK'}Business networks"
            + "{#is 'BUSINESS_SUPPORT_ORGANISATION'}Business-support organisations"
            + "{#is 'SME'}SMEs"
            + "{#is 'LARGE_ENTERPRISE'}Large enterprises"
            + "{#is 'RESEARCH_ORGANISATION'}Research organisations"
            + "{#is 'PUBLIC_BODY'}Public bodies"
            + "{#is 'OTHER'}Other organisations"
            + "{#is 'TYPE_NOT_VALIDATED'}Type not yet validated"
            + "{#is 'YOUNG_ENTREPRENEUR'}Young entrepreneurs (under 40)"
            + "{#is 'NEW_BUSINESS'}New businesses (under 3 years)"
            + "{#is 'FEMALE_LED'}Female-led businesses"
            + "{#else}{code}{/when}")
    String label(String code);

    @Message("{label}: {value}")
    String barLabel(String label, String value);

    @Message("The programme's calls")
    String callsTitle();

    @Message("No call of this programme yet.")
    String noCalls();

    @Message("Call")
    String call();

    @Message("Its signed grants")
    String grantsTitle();

    @Message("No signed grant yet.")
    String noGrants();

    @Message("Grant")
    String grant();

    @Message("KPI reports per period")
    String reportsTitle();

    @Message("No report yet.")
    String noReports();

    @Message("Period {period}")
    String period(int period);

    @Message("Version")
    String version();

    @Message("Submitted")
    String submitted();

    @Message("by {who}")
    String by(String who);

    @Message("Comment")
    String comment();

    @Message("latest")
    String latest();

    @Message("Report for a period")
    String reportFormTitle();

    @Message("A new report for a period that was reported already is its next version; the latest version counts.")
    String reportFormIntro();

    @Message("Reporting period")
    String periodLabel();

    @Message("From 1 to 20.")
    String periodHint();

    @Message("Whole numbers for this period; leave empty what you do not report.")
    String indicatorsHint();

    @Message("Comment (optional)")
    String commentLabel();

    @Message("Submit the report")
    String submit();

    @Message("The report could not be submitted")
    String refusedTitle();

    @Message("{#when code}"
            + "{#is 'required'}Fill this in."
            + "{#is 'out_of_range'}A reporting period from 1 to 20."
            + "{#is 'invalid_number'}A whole number, e.g. 2."
            + "{#is 'not_a_count'}A whole number of 0 or more."
            + "{#is 'above_maximum'}Too large for one report."
            + "{#is 'unknown_indicator'}This indicator is not reported."
            + "{#is 'too_long'}This text is too long."
            + "{#is 'grant_not_signed'}The grant is not signed: nothing can be reported for it."
            + "{#is 'invalid_kpi_report'}Some counts cannot be reported as they are."
            + "{#else}The report cannot be submitted as it is.{/when}")
    String problem(String code);

    @Message("rule: {code}")
    String ruleCode(String code);

    @Message("Report for period {period} saved as version {version}.")
    String reportedNotice(int period, int version);

    @Message("Audit trail of this grant")
    String auditLink();

    @Message("KPIs and reports per period")
    String reportLink();

    @Message("KPI pages")
    String breadcrumb();

    @Message("SMEs from regions none of the beneficiaries is in")
    String smesFromOtherRegions();

    @Message("Organisations supported per type")
    String byTypeTitle();

    @Message("No organisation has been supported yet.")
    String noOrganisations();

    @Message("SMEs from other regions, per region")
    String byRegionTitle();

    @Message("The NUTS 2 region, or the country where the SME gave no region.")
    String byRegionHint();

    @Message("No SME from another region yet.")
    String noOtherRegions();

    @Message("Young, new and female-led entrepreneurs")
    String byProfileTitle();

    @Message("Supported SMEs their open call asked (the answers are optional): {count}")
    String profileAsked(long count);
}
