package io.grantflow.cascade.web;

import io.grantflow.cascade.api.OpenCallView;
import io.grantflow.organisations.domain.OrganisationType;
import io.grantflow.shared.money.Money;

import java.util.List;

/** What an open call's page shows: the open call as the API shows it, and the highest ClusterXchange lump sum. */
public record OpenCallPage(OpenCallView openCall, Money highestHostAmount) {

    static OpenCallPage of(OpenCallView view) {
        return new OpenCallPage(view, view.hostAmounts() == null ? null
                : view.hostAmounts().values().stream().max(Money::compareTo).orElse(null));
    }

    /** Whether only SMEs may apply (the checklist then names the SME test); otherwise it lists the accepted types. */
    public boolean smesOnly() {
        return openCall.applicantTypes().equals(List.of(OrganisationType.SME));
    }
}
