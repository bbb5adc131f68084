package io.grantflow.cascade.web;

import io.grantflow.cascade.api.OpenCallView;
import io.grantflow.shared.money.Money;

/** What an open call's page shows: the open call as the API shows it, and the highest ClusterXchange lump sum. */
public record OpenCallPage(OpenCallView openCall, Money highestHostAmount) {

    static OpenCallPage of(OpenCallView view) {
        return new OpenCallPage(view, view.hostAmounts() == null ? null
                : view.hostAmounts().values().stream().max(Money::compareTo).orElse(null));
    }
}
