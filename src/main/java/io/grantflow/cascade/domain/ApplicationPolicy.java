package io.grantflow.cascade.domain;

import io.grantflow.organisations.domain.Organisation;
import io.grantflow.organisations.domain.OrganisationType;
import io.grantflow.organisations.domain.OrganisationTypeClaim;
import io.grantflow.shared.money.Money;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rules an application must pass, all reported at once with stable codes, and the amount
 * it would be awarded. Who may apply: {@link ApplicantTypes}. The caller supplies what the database knows:
 * the support the organisation already holds under the same grant, its other applications to the call, and
 * for ClusterXchange the host and whether the visitor took part before.
 */
public final class ApplicationPolicy {

    private ApplicationPolicy() {
    }

    public record Facts(Organisation organisation, Money heldUnderGrant, long applicationsToCall,
                        Organisation host, boolean visitorTookPart) {
    }

    public record Outcome(Money amount, List<Application.Refusal> refusals) {
        public boolean passed() {
            return refusals.isEmpty();
        }
    }

    public static Outcome check(OpenCall call, Application a, Facts f) {
        List<Application.Refusal> r = new ArrayList<>();
        Organisation org = f.organisation();
        r.addAll(ApplicantTypes.refusals(ApplicantTypes.of(call), org));
        if (call.eligibleCountries.length > 0 && !Arrays.asList(call.eligibleCountries).contains(org.country)) {
            r.add(new Application.Refusal("country_not_eligible", org.country + " is not among the open call's countries "
                    + Arrays.toString(call.eligibleCountries)));
        }
        if (call.sectors.length > 0 && (a.sector == null || !Arrays.asList(call.sectors).contains(a.sector))) {
            r.add(new Application.Refusal("sector_not_eligible", "sector " + a.sector + " is not among "
                    + Arrays.toString(call.sectors)));
        }
        if (!a.notInDifficulty) {
            r.add(new Application.Refusal("undertaking_in_difficulty", "an undertaking in difficulty is not supported"));
        }
        if (!a.noDoubleFunding) {
            r.add(new Application.Refusal("double_funding", "the same costs may not be funded twice"));
        }
        if (call.applicationsPerSme != null && f.applicationsToCall() >= call.applicationsPerSme) {
            r.add(new Application.Refusal("too_many_applications", org.legalName + " already has "
                    + f.applicationsToCall() + " application(s) to this open call (at most " + call.applicationsPerSme + ")"));
        }
        Money amount = amount(call, a, f, r);
        if (amount != null) {
            ThirdPartyCap.of(call).refusal(org.legalName, f.heldUnderGrant(), amount).ifPresent(r::add);
            if (call.deMinimisCap != null && ApplicantTypes.undertaking(org)
                    && a.deMinimisReceived.plus(amount).greaterThan(call.deMinimisCap)) {
                r.add(new Application.Refusal("above_de_minimis", "de minimis aid would be EUR "
                        + a.deMinimisReceived.plus(amount) + " over 3 years, above EUR " + call.deMinimisCap));
            }
        }
        return new Outcome(amount, r);
    }

    private static Money amount(OpenCall call, Application a, Facts f, List<Application.Refusal> r) {
        switch (call.instrument) {
            case FIXED_LUMP_SUM -> {
                if (a.requested != null && !a.requested.equals(call.fixedAmount)) {
                    r.add(new Application.Refusal("amount_not_fixed", "this open call pays exactly EUR " + call.fixedAmount));
                }
                return call.fixedAmount;
            }
            case CLUSTERXCHANGE -> {
                Organisation host = f.host();
                boolean ok = true;
                if (host == null || host.type != OrganisationType.CLUSTER_ORGANISATION) {
                    r.add(new Application.Refusal("host_not_a_cluster", "the host is a cluster organisation"));
                    ok = false;
                } else {
                    if (OrganisationTypeClaim.awaitsValidation(host, OrganisationType.CLUSTER_ORGANISATION)) {
                        r.add(new Application.Refusal(OrganisationTypeClaim.NOT_VALIDATED,
                                "the host is a validated cluster organisation: " + OrganisationTypeClaim.notValidated(host)));
                        ok = false;
                    }
                    if (host.country.equals(f.organisation().country)) {
                        r.add(new Application.Refusal("host_same_country",
                                "the host is in another country than the visitor's"));
                    }
                }
                if (!ClusterXchangeLumpSum.validStay(a.stayFrom, a.stayTo)) {
                    r.add(new Application.Refusal("invalid_stay", "an exchange lasts from 3 working days to 1 month"));
                }
                if (f.visitorTookPart()) {
                    r.add(new Application.Refusal("visitor_already_took_part", "visitor " + a.visitorName
                            + " has taken part in an exchange; each visitor takes part once"));
                }
                Money table = ok ? call.hostAmounts.get(host.country) : null;
                if (ok && table == null) {
                    r.add(new Application.Refusal("no_host_amount", "the open call pays no lump sum for hosts in "
                            + host.country));
                }
                return table == null ? null : ClusterXchangeLumpSum.amount(table, a.stayFrom, a.stayTo, a.distanceKm);
            }
            default -> {
                if (call.inKindByDays()) { // valued at the award, once the provider is known (InKindValue)
                    if (a.days > call.inKindMaxDays) {
                        r.add(new Application.Refusal("too_many_days", "at most " + call.inKindMaxDays + " day(s) of "
                                + call.inKindService));
                    }
                    return null;
                }
                Money requested = a.requested;
                if (call.minAmount != null && requested.lessThan(call.minAmount)) {
                    r.add(new Application.Refusal("amount_below_minimum", "at least EUR " + call.minAmount));
                }
                if (requested.greaterThan(call.maxAmount)) {
                    r.add(new Application.Refusal("amount_above_maximum", "at most EUR " + call.maxAmount));
                }
                return requested;
            }
        }
    }
}
