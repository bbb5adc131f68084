package io.grantflow.cascade.web;

import io.grantflow.cascade.domain.Instrument;
import io.grantflow.cascade.domain.TargetRegion;
import io.grantflow.cascade.domain.TypeOfSupport;
import io.grantflow.cascade.domain.Selection;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the start page and the open-call pages, in English; {@code messages/oc_fr.properties} and
 * {@code oc_de.properties} translate them, {@code oc_en.properties} holds the English labels of the enums.
 * Checklist items name the rule's code, the same code an application refused by that rule carries.
 */
@MessageBundle(value = "oc", locale = "en")
public interface OpenCallMessages {

    /** The instrument: how the amount is set and paid. */
    @Message
    String instrument(Instrument instrument);

    /** The type of support, as people name it. */
    @Message
    String support(TypeOfSupport support);

    @Message("Instrument")
    String instrumentLabel();

    /** A region an internationalisation call may target. */
    @Message
    String region(TargetRegion region);

    @Message("Target market")
    String targetMarket();

    @Message("Target markets")
    String targetMarkets();

    @Message("Regions")
    String regions();

    @Message("Search")
    String search();

    @Message("Words of the title, the description or the keywords, e.g. \"trade fair\" or \"hydrogen\"")
    String searchHint();

    @Message("Keywords")
    String keywords();

    @Message
    String selection(Selection selection);

    @Message("Funding for clusters and SMEs")
    String startTitle();

    @Message("Grantflow runs the European Union's cluster programmes: programmes publish calls, consortia of "
            + "clusters win grants, and the grants fund SMEs through open calls — vouchers, lump sums, travel and "
            + "ClusterXchange exchanges. Anyone can look at the open calls; no sign-in is needed.")
    String startIntro();

    @Message("Open calls closing soonest")
    String startOpenCalls();

    @Message("See all open calls ({count})")
    String allOpenCalls(long count);

    @Message("For consortia: the programme's calls")
    String startProgrammeTitle();

    @Message("Clusters and business-support organisations apply together to the programme's calls for grants.")
    String startProgrammeText();

    @Message("See the programme's calls")
    String startProgrammeLink();

    @Message("Open calls for SMEs")
    String listTitle();

    @Message("Every open call of every grant: support that cluster consortia pass on to SMEs (cascade funding).")
    String listIntro();

    @Message("Filter the open calls")
    String filtersTitle();

    @Message("Country of your organisation")
    String country();

    @Message("Sector")
    String sector();

    @Message("Type of support")
    String typeOfSupport();

    @Message("Closing on or before")
    String closingBefore();

    @Message("A date; Brussels time")
    String closingBeforeHint();

    @Message("Some filters in the address could not be read and were left out.")
    String unreadableFilters();

    @Message("No open call matches these filters.")
    String noneFound();

    @Message("Run by")
    String consortium();

    @Message("Amount")
    String amount();

    @Message("up to {max}")
    String upTo(String max);

    @Message("from {min} to {max}")
    String fromTo(String min, String max);

    @Message("a lump sum set by the host's country")
    String byHostCountry();

    @Message("Countries")
    String countries();

    @Message("any country")
    String anyCountry();

    @Message("Sectors")
    String sectors();

    @Message("any sector")
    String anySector();

    @Message("Deadline")
    String deadline();

    @Message("Opens")
    String opens();

    @Message("Applications open on {opens} (Brussels time); \"Apply\" comes then.")
    String notOpenYet(String opens);

    @Message("This open call is closed: it takes no more applications.")
    String closedNow();

    @Message("Grant {number}")
    String grantLabel(String number);

    @Message("Budget left")
    String remaining();

    @Message("{left} of {budget}")
    String leftOf(String left, String budget);

    @Message("How applications are chosen")
    String selectionLabel();

    @Message("All open calls")
    String allOpenCallsLink();

    @Message("The rules in plain words")
    String rules();

    @Message("Applications are decided in the order they arrive, while the budget lasts.")
    String ruleFirstComeFirstServed();

    @Message("After the deadline the consortium scores the applications and chooses the best.")
    String ruleEvaluated();

    @Message("When the budget is spent, new applications wait on a list and move up if money is released.")
    String ruleWaitlist();

    @Message("{percent} of the amount is paid when your application is awarded.")
    String ruleFirstTranche(String percent);

    @Message("You report on your activity within {days} days; the rest is paid once the report is checked.")
    String ruleReport(Integer days);

    @Message("You report on your activity within {days} days; the whole amount is paid once the report is checked.")
    String ruleReportWhole(Integer days);

    @Message("An SME receives at most {max} from this grant's support to third parties.")
    String ruleMaxPerThirdParty(String max);

    @Message("Lump sum by the host's country")
    String hostAmounts();

    @Message("Can you apply? Check each point")
    String eligibility();

    @Message("Your organisation is an SME: fewer than 250 staff, and a turnover up to EUR 50 million or a balance "
            + "sheet up to EUR 43 million (Recommendation 2003/361/EC).")
    String checkSme();

    @Message("Your organisation is one of the members this open call supports, an SME by its figures or an organisation "
            + "whose type an officer has validated:")
    String checkApplicantTypes();

    @Message("It is established in one of these countries: {countries}.")
    String checkCountries(String countries);

    @Message("It may be established in any country.")
    String checkAnyCountry();

    @Message("Your project is in one of these sectors: {sectors}.")
    String checkSectors(String sectors);

    @Message("It is not an undertaking in difficulty.")
    String checkNotInDifficulty();

    @Message("The same costs are not funded twice.")
    String checkNoDoubleFunding();

    @Message("At most {count} {#if count == 1}application{#else}applications{/if} per SME to this open call.")
    String checkApplications(Integer count);

    @Message("The de minimis aid your organisation received over three years, with this amount, stays within {cap}.")
    String checkDeMinimis(String cap);

    @Message("The host is a validated cluster organisation in another country than yours.")
    String checkHost();

    @Message("The exchange lasts from 3 working days to 1 month, and each visitor takes part once.")
    String checkStay();

    @Message("The amount requested is within the open call's limits.")
    String checkAmount();

    @Message("rule")
    String ruleCode();

    @Message("Apply")
    String apply();

    @Message("Apply to “{title}”")
    String applyTitle(String title);

    @Message("Back to the open call")
    String backToOpenCall();
}
