package io.grantflow.cascade.domain;

import io.grantflow.organisations.domain.Organisation;
import io.grantflow.organisations.domain.OrganisationTypeClaim;
import io.grantflow.shared.money.Money;

import java.util.ArrayList;
import java.util.List;

/**
 * Who may provide a provider call's service, every reason at once. A provider is paid for a service; it receives no
 * support, so neither de minimis nor the cap per third party applies to it. The caller supplies what the database
 * knows: whether the organisation is a beneficiary of the grant and whether it already has an offer to the call.
 */
public final class ProviderEligibility {

    public static final String TYPE_NOT_ELIGIBLE = "provider_type_not_eligible";
    public static final String DAY_RATE_TOO_HIGH = "day_rate_too_high";
    public static final String IN_CONSORTIUM = "provider_in_consortium";
    public static final String ALREADY_OFFERED = "already_offered";

    private ProviderEligibility() {
    }

    public record Facts(Organisation organisation, boolean beneficiary, boolean alreadyOffered) {
    }

    public static List<Application.Refusal> check(ProviderCall call, Money dayRate, Facts f) {
        List<Application.Refusal> r = new ArrayList<>();
        Organisation o = f.organisation();
        if (!ApplicantTypes.accepts(call.types(), o)) {
            if (call.types().contains(o.type) && OrganisationTypeClaim.awaitsValidation(o, o.type)) {
                r.add(new Application.Refusal(OrganisationTypeClaim.NOT_VALIDATED, OrganisationTypeClaim.notValidated(o)));
            } else {
                r.add(new Application.Refusal(TYPE_NOT_ELIGIBLE, o.legalName + " is " + o.type
                        + (o.smeCategory == null ? "" : " (" + o.smeCategory + " by its figures)")
                        + "; this call accepts providers of the types " + call.types()));
            }
        }
        if (dayRate.greaterThan(call.maxDayRate)) {
            r.add(new Application.Refusal(DAY_RATE_TOO_HIGH, "a day rate of EUR " + dayRate + " is above the call's "
                    + "maximum of EUR " + call.maxDayRate));
        }
        if (f.beneficiary()) {
            r.add(new Application.Refusal(IN_CONSORTIUM, o.legalName + " is a beneficiary of the grant; the consortium "
                    + "does not buy services from itself (conflict of interest)"));
        }
        if (f.alreadyOffered()) {
            r.add(new Application.Refusal(ALREADY_OFFERED, o.legalName + " already has an offer to this call"));
        }
        return r;
    }
}
