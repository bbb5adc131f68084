package io.grantflow.cascade.domain;

import io.grantflow.organisations.domain.OrganisationType;
import io.grantflow.shared.geo.Countries;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.sector.Sectors;
import io.grantflow.shared.text.TextLimits;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What an open call definition must satisfy; reports every violation. */
public final class OpenCallPolicy {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The longest title of an open call. */
    public static final int TITLE_LENGTH = TextLimits.TITLE;
    /** The first tranche's percentage has at most this many decimals. */
    public static final int PERCENT_DECIMALS = 2;
    /** The report is due from 1 day to 2 years after the award. */
    public static final int MAX_REPORT_DAYS = 730;

    private OpenCallPolicy() {
    }

    public static List<Violation> check(OpenCallDefinition d, Money grantMaxPerThirdParty) {
        Violations v = new Violations();
        if (v.required(d.title(), "title")) {
            v.maxLength(d.title(), "title", TITLE_LENGTH);
        }
        v.required(d.instrument(), "instrument");
        if (v.required(d.budget(), "budget")) {
            v.check(!d.budget().isPositive(), "budget", "must_be_positive", "more than EUR 0.00");
        }
        if (d.instrument() != null) {
            switch (d.instrument()) {
                case FIXED_LUMP_SUM -> {
                    if (v.required(d.fixedAmount(), "fixedAmount")) {
                        v.check(!d.fixedAmount().isPositive(), "fixedAmount", "must_be_positive", "more than EUR 0.00");
                    }
                }
                case CLUSTERXCHANGE -> {
                    Map<String, Money> hosts = d.hostAmounts() == null ? Map.of() : d.hostAmounts();
                    v.check(hosts.isEmpty(), "hostAmounts", "required", "the lump sum per host country");
                    hosts.forEach((country, amount) -> {
                        String field = "hostAmounts." + country;
                        v.check(!Countries.isIso(country), field, "invalid_country", "an ISO 3166-1 alpha-2 code");
                        v.check(amount == null || !amount.isPositive(), field, "must_be_positive", "more than EUR 0.00");
                        v.check(amount != null && amount.greaterThan(ClusterXchangeLumpSum.CAP), field, "above_cap",
                                "a ClusterXchange lump sum is at most EUR " + ClusterXchangeLumpSum.CAP);
                    });
                }
                default -> {
                    if (v.required(d.maxAmount(), "maxAmount")) {
                        v.check(!d.maxAmount().isPositive(), "maxAmount", "must_be_positive", "more than EUR 0.00");
                        v.check(d.minAmount() != null && d.minAmount().greaterThan(d.maxAmount()), "minAmount",
                                "min_above_max", "minAmount is at most maxAmount");
                    }
                }
            }
        }
        Money cap = d.maxPerThirdParty() == null ? grantMaxPerThirdParty : d.maxPerThirdParty();
        v.check(d.maxPerThirdParty() != null && !d.maxPerThirdParty().isPositive(), "maxPerThirdParty",
                "must_be_positive", "more than EUR 0.00");
        v.check(d.maxPerThirdParty() != null && d.maxPerThirdParty().greaterThan(grantMaxPerThirdParty),
                "maxPerThirdParty", "above_call_cap", "the call caps support per third party at EUR "
                        + grantMaxPerThirdParty + "; an open call may lower it, not raise it");
        Money largest = d.instrument() == null ? null : switch (d.instrument()) {
            case FIXED_LUMP_SUM -> d.fixedAmount();
            case CLUSTERXCHANGE -> ClusterXchangeLumpSum.CAP;
            default -> d.maxAmount();
        };
        v.check(largest != null && cap != null && largest.greaterThan(cap), "maxAmount", "above_third_party_cap",
                "one award may not exceed the cap per third party (EUR " + cap + ")");
        v.check(largest != null && d.budget() != null && largest.greaterThan(d.budget()), "maxAmount", "above_budget",
                "one award may not exceed the open call's budget");
        List<String> countries = d.eligibleCountries() == null ? List.of() : d.eligibleCountries();
        for (int i = 0; i < countries.size(); i++) {
            v.check(!Countries.isIso(countries.get(i)), "eligibleCountries[" + i + "]", "invalid_country",
                    "an ISO 3166-1 alpha-2 code");
        }
        Sectors.check(d.sectors(), "sectors", v);
        Sectors.checkValueChains(d.valueChains(), "valueChains", v);
        TargetMarkets.check(d.targetMarkets(), "targetMarkets", v);
        if (d.typeOfSupport() != null && d.instrument() != null) {
            v.check(!TypeOfSupport.allowedWith(d.instrument()).contains(d.typeOfSupport()), "typeOfSupport",
                    "type_of_support_mismatch", "an open call of instrument " + d.instrument() + " gives "
                            + TypeOfSupport.allowedWith(d.instrument()));
        }
        v.required(d.selection(), "selection");
        v.check(Boolean.TRUE.equals(d.waitlist()) && d.selection() == Selection.EVALUATED, "waitlist",
                "waitlist_needs_fcfs", "a waiting list applies to first-come-first-served calls");
        OpenCallEvaluationPolicy.check(d, v);
        v.required(d.opensAt(), "opensAt");
        if (v.required(d.closing(), "closesAt") && d.opensAt() != null) {
            v.check(!d.closing().isAfter(d.opensAt()), "closesAt", "closes_before_opening", "closesAt is after opensAt");
        }
        v.addAll(OpenCallCutoffPolicy.check(d));
        if (d.firstTranchePercent() != null) {
            v.check(d.firstTranchePercent().signum() < 0 || d.firstTranchePercent().compareTo(HUNDRED) > 0,
                    "firstTranchePercent", "percentage_out_of_range", "from 0 to 100");
            v.check(d.firstTranchePercent().stripTrailingZeros().scale() > PERCENT_DECIMALS, "firstTranchePercent",
                    "too_many_decimals", "at most " + PERCENT_DECIMALS + " decimals");
        }
        v.check(d.reportDays() != null && (d.reportDays() < 1 || d.reportDays() > MAX_REPORT_DAYS), "reportDays",
                "out_of_range", "from 1 to " + MAX_REPORT_DAYS + " days");
        int reportDays = d.reportDays() == null ? OpenCallDefinition.DEFAULT_REPORT_DAYS : d.reportDays();
        v.check(d.reminderDaysBefore() != null && (d.reminderDaysBefore() < 0 || d.reminderDaysBefore() >= reportDays),
                "reminderDaysBefore", "out_of_range", "from 0 to " + (reportDays - 1) + " days (less than reportDays)");
        v.check(d.deMinimisCap() != null && !d.deMinimisCap().isPositive(), "deMinimisCap", "must_be_positive",
                "more than EUR 0.00");
        v.check(d.applicationsPerSme() != null && d.applicationsPerSme() < 1, "applicationsPerSme", "out_of_range",
                "at least 1");
        List<OrganisationType> types = d.applicantTypes() == null ? List.of() : d.applicantTypes();
        for (int i = 0; i < types.size(); i++) {
            String field = "applicantTypes[" + i + "]";
            if (v.required(types.get(i), field)) {
                v.check(types.indexOf(types.get(i)) < i, field, "duplicate_applicant_type", types.get(i) + " is listed twice");
            }
        }
        checkInKind(d, v);
        return v.list();
    }

    /** In kind by days: a declared in-kind service up to a maximum amount, paid to the provider after delivery. */
    private static void checkInKind(OpenCallDefinition d, Violations v) {
        OpenCallDefinition.InKind k = d.inKind();
        if (k == null) {
            return;
        }
        v.check(d.typeOfSupport() != TypeOfSupport.IN_KIND_SERVICE, "inKind", "not_in_kind",
                "days of a provider's service are given by an open call of typeOfSupport IN_KIND_SERVICE");
        v.check(d.instrument() != null && d.instrument() != Instrument.VOUCHER
                        && d.instrument() != Instrument.LUMP_SUM_UP_TO, "inKind", "in_kind_needs_max_amount",
                "the award is worth days × the provider's day rate, up to maxAmount (VOUCHER or LUMP_SUM_UP_TO)");
        v.required(k.service(), "inKind.service");
        if (v.required(k.maxDays(), "inKind.maxDays")) {
            v.check(k.maxDays() < 1, "inKind.maxDays", "out_of_range", "at least 1 day");
        }
        v.check(d.firstTranchePercent() != null && d.firstTranchePercent().signum() != 0, "firstTranchePercent",
                "in_kind_paid_on_delivery", "the provider is paid after the delivery: nothing is paid on award");
        v.check(Boolean.TRUE.equals(d.waitlist()), "waitlist", "waitlist_not_in_kind",
                "an in-kind award depends on the providers' days: there is no waiting list");
    }
}
