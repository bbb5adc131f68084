package io.grantflow.grants.api;

import io.grantflow.shared.money.Money;

import java.time.Instant;
import java.util.List;

/** What {@code POST /api/calls/{identifier}/award} did: a grant per main-list proposal, committed from the budget. */
public record AwardView(String call, int cutoff, Instant awardedAt, String awardedBy, Money committed,
                        List<GrantView> grants) {
}
