package io.grantflow.cascade.domain;

import io.grantflow.calls.domain.Activity;
import io.grantflow.organisations.domain.OrganisationType;
import io.grantflow.shared.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/grants/{id}/open-calls}. Amount rules: {@code fixedAmount} for a fixed
 * lump sum; {@code minAmount}/{@code maxAmount} for vouchers and lump sums up to a maximum;
 * {@code hostAmounts} (country → amount) for ClusterXchange. Payment: {@code firstTranchePercent} on
 * award (0: everything after the report), the rest after the report is verified, which is due
 * {@code reportDays} after the award. Caps default to the grant's call: EUR 60,000 per third party,
 * EUR 300,000 de minimis over 3 years ({@code deMinimisCheck} false switches it off). {@code activities}
 * are the themes the open call supports (e.g. SME_INTERNATIONALISATION), counted in the KPIs. {@code sectors}
 * are industrial-ecosystem codes ({@link io.grantflow.shared.sector.Ecosystem}; none: every sector),
 * {@code valueChains} free keywords beside them (searched with the title and the description).
 * {@code typeOfSupport} is left out unless the instrument cannot tell it ({@link TypeOfSupport}).
 * {@code applicantTypes}: the organisation types that may apply (left out: {@link ApplicantTypes#defaults}).
 * {@code applicationsPerSme}: left out, 1 (none for ClusterXchange, where each application is one visitor's).
 * {@code targetMarkets} are the third countries and regions an internationalisation call targets
 * ({@link TargetMarkets}); {@code collectsEntrepreneurProfile} true lets applicants say whether they are young,
 * new or female-led ({@code entrepreneur} of an application), counted in the KPIs. {@code cutoffs}: several closing
 * dates, each with its budget and selection ({@link OpenCallCutoffPolicy}); left out, one window. {@code evaluation}: an evaluated
 * open call's panel evaluation ({@link OpenCallEvaluationTerms}); left out, one consortium member decides each application.
 * {@code inKind} (only with
 * {@code typeOfSupport} IN_KIND_SERVICE): SMEs ask for days of a service that a provider on the grant's roster
 * delivers; the award is worth days × the provider's day rate (at most {@code maxAmount}) and is paid to the provider.
 */
public record OpenCallDefinition(String title, String description, Instrument instrument, Money budget,
                                 Money fixedAmount, Money minAmount, Money maxAmount, List<String> eligibleCountries,
                                 List<String> sectors, Selection selection, Boolean waitlist, Instant opensAt,
                                 Instant closesAt, BigDecimal firstTranchePercent, Integer reportDays,
                                 Integer reminderDaysBefore, Money maxPerThirdParty, Boolean deMinimisCheck,
                                 Money deMinimisCap, Integer applicationsPerSme, Map<String, Money> hostAmounts,
                                 List<Activity> activities, List<String> valueChains, TypeOfSupport typeOfSupport,
                                 List<OrganisationType> applicantTypes, List<String> targetMarkets,
                                 Boolean collectsEntrepreneurProfile, List<Cutoff> cutoffs,
                                 OpenCallEvaluationTerms evaluation, InKind inKind) {

    /**
     * One cut-off of an open call: applications submitted after the previous cut-off (or the opening) and up to
     * {@code closesAt} count against its {@code budget}; {@code selection} left out: the open call's.
     */
    public record Cutoff(Instant closesAt, Money budget, Selection selection) {
    }

    /** In kind by days: the {@code service} SMEs get from the roster, at most {@code maxDays} per application. */
    public record InKind(ServiceKind service, Integer maxDays) {
    }

    /** An open call with one window (no cut-offs), without evaluation terms, not in kind by days. */
    public OpenCallDefinition(String title, String description, Instrument instrument, Money budget,
                              Money fixedAmount, Money minAmount, Money maxAmount, List<String> eligibleCountries,
                              List<String> sectors, Selection selection, Boolean waitlist, Instant opensAt,
                              Instant closesAt, BigDecimal firstTranchePercent, Integer reportDays,
                              Integer reminderDaysBefore, Money maxPerThirdParty, Boolean deMinimisCheck,
                              Money deMinimisCap, Integer applicationsPerSme, Map<String, Money> hostAmounts,
                              List<Activity> activities, List<String> valueChains, TypeOfSupport typeOfSupport,
                              List<OrganisationType> applicantTypes, List<String> targetMarkets,
                              Boolean collectsEntrepreneurProfile) {
        this(title, description, instrument, budget, fixedAmount, minAmount, maxAmount, eligibleCountries, sectors,
                selection, waitlist, opensAt, closesAt, firstTranchePercent, reportDays, reminderDaysBefore,
                maxPerThirdParty, deMinimisCheck, deMinimisCap, applicationsPerSme, hostAmounts, activities, valueChains,
                typeOfSupport, applicantTypes, targetMarkets, collectsEntrepreneurProfile, null, null, null);
    }

    /** The cut-offs as given (none: one window). */
    public List<Cutoff> cutoffList() {
        return cutoffs == null ? List.of() : cutoffs;
    }

    /** When the open call closes: {@code closesAt}, or, left out, its last cut-off's closing. */
    public Instant closing() {
        List<Cutoff> list = cutoffList();
        return closesAt != null || list.isEmpty() ? closesAt : list.get(list.size() - 1).closesAt();
    }

    /** An open call with no target markets that collects no entrepreneur profile. */
    public OpenCallDefinition(String title, String description, Instrument instrument, Money budget,
                              Money fixedAmount, Money minAmount, Money maxAmount, List<String> eligibleCountries,
                              List<String> sectors, Selection selection, Boolean waitlist, Instant opensAt,
                              Instant closesAt, BigDecimal firstTranchePercent, Integer reportDays,
                              Integer reminderDaysBefore, Money maxPerThirdParty, Boolean deMinimisCheck,
                              Money deMinimisCap, Integer applicationsPerSme, Map<String, Money> hostAmounts,
                              List<Activity> activities, List<String> valueChains, TypeOfSupport typeOfSupport,
                              List<OrganisationType> applicantTypes) {
        this(title, description, instrument, budget, fixedAmount, minAmount, maxAmount, eligibleCountries, sectors,
                selection, waitlist, opensAt, closesAt, firstTranchePercent, reportDays, reminderDaysBefore,
                maxPerThirdParty, deMinimisCheck, deMinimisCap, applicationsPerSme, hostAmounts, activities, valueChains,
                typeOfSupport, applicantTypes, null, null);
    }

    /** An open call with the instrument's default applicant types, its target markets and profile question. */
    public OpenCallDefinition(String title, String description, Instrument instrument, Money budget,
                              Money fixedAmount, Money minAmount, Money maxAmount, List<String> eligibleCountries,
                              List<String> sectors, Selection selection, Boolean waitlist, Instant opensAt,
                              Instant closesAt, BigDecimal firstTranchePercent, Integer reportDays,
                              Integer reminderDaysBefore, Money maxPerThirdParty, Boolean deMinimisCheck,
                              Money deMinimisCap, Integer applicationsPerSme, Map<String, Money> hostAmounts,
                              List<Activity> activities, List<String> valueChains, TypeOfSupport typeOfSupport,
                              List<String> targetMarkets, Boolean collectsEntrepreneurProfile) {
        this(title, description, instrument, budget, fixedAmount, minAmount, maxAmount, eligibleCountries, sectors,
                selection, waitlist, opensAt, closesAt, firstTranchePercent, reportDays, reminderDaysBefore,
                maxPerThirdParty, deMinimisCheck, deMinimisCap, applicationsPerSme, hostAmounts, activities, valueChains,
                typeOfSupport, null, targetMarkets, collectsEntrepreneurProfile);
    }

    /** An open call that accepts the instrument's default applicant types ({@link ApplicantTypes#defaults}). */
    public OpenCallDefinition(String title, String description, Instrument instrument, Money budget,
                              Money fixedAmount, Money minAmount, Money maxAmount, List<String> eligibleCountries,
                              List<String> sectors, Selection selection, Boolean waitlist, Instant opensAt,
                              Instant closesAt, BigDecimal firstTranchePercent, Integer reportDays,
                              Integer reminderDaysBefore, Money maxPerThirdParty, Boolean deMinimisCheck,
                              Money deMinimisCap, Integer applicationsPerSme, Map<String, Money> hostAmounts,
                              List<Activity> activities, List<String> valueChains, TypeOfSupport typeOfSupport) {
        this(title, description, instrument, budget, fixedAmount, minAmount, maxAmount, eligibleCountries, sectors,
                selection, waitlist, opensAt, closesAt, firstTranchePercent, reportDays, reminderDaysBefore,
                maxPerThirdParty, deMinimisCheck, deMinimisCap, applicationsPerSme, hostAmounts, activities, valueChains,
                typeOfSupport, null, null, null);
    }

    /** An open call without value-chain keywords whose type of support follows from its instrument. */
    public OpenCallDefinition(String title, String description, Instrument instrument, Money budget,
                              Money fixedAmount, Money minAmount, Money maxAmount, List<String> eligibleCountries,
                              List<String> sectors, Selection selection, Boolean waitlist, Instant opensAt,
                              Instant closesAt, BigDecimal firstTranchePercent, Integer reportDays,
                              Integer reminderDaysBefore, Money maxPerThirdParty, Boolean deMinimisCheck,
                              Money deMinimisCap, Integer applicationsPerSme, Map<String, Money> hostAmounts,
                              List<Activity> activities) {
        this(title, description, instrument, budget, fixedAmount, minAmount, maxAmount, eligibleCountries, sectors,
                selection, waitlist, opensAt, closesAt, firstTranchePercent, reportDays, reminderDaysBefore,
                maxPerThirdParty, deMinimisCheck, deMinimisCap, applicationsPerSme, hostAmounts, activities, null, null, null,
                null, null);
    }

    public static final Money DEFAULT_DE_MINIMIS_CAP = Money.eur("300000.00");
    public static final int DEFAULT_REPORT_DAYS = 60;
    public static final int DEFAULT_REMINDER_DAYS = 7;
}
