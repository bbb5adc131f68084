package io.grantflow.cascade.web;

import io.grantflow.cascade.api.OpenCallView;
import io.grantflow.cascade.domain.TargetMarkets;
import io.grantflow.cascade.domain.TargetRegion;
import io.grantflow.organisations.domain.OrganisationType;
import io.grantflow.shared.money.Money;

import java.util.List;

/**
 * What an open call's page shows: the open call as the API shows it, the highest ClusterXchange lump sum, and its
 * target markets split into regions and third countries (each named in the page's language).
 */
public record OpenCallPage(OpenCallView openCall, Money highestHostAmount, List<TargetRegion> targetRegions,
                           List<String> targetCountries) {

    static OpenCallPage of(OpenCallView view) {
        List<String> markets = view.targetMarkets() == null ? List.of() : view.targetMarkets();
        return new OpenCallPage(view, view.hostAmounts() == null ? null
                : view.hostAmounts().values().stream().max(Money::compareTo).orElse(null),
                markets.stream().filter(TargetMarkets::isRegion).map(TargetRegion::valueOf).toList(),
                markets.stream().filter(m -> !TargetMarkets.isRegion(m)).toList());
    }

    /** The cut-off that takes applications now (its closing and what is left of its budget); null: none. */
    public io.grantflow.cascade.api.OpenCallCutoffView.Cutoff currentCutoff() {
        return openCall.cutoffs() == null ? null : openCall.cutoffs().stream()
                .filter(c -> c.state() == io.grantflow.cascade.domain.CutoffState.OPEN).findFirst().orElse(null);
    }

    /** Whether only SMEs may apply (the checklist then names the SME test); otherwise it lists the accepted types. */
    public boolean smesOnly() {
        return openCall.applicantTypes().equals(List.of(OrganisationType.SME));
    }
}
