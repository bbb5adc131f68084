package io.grantflow.calls.api;

import io.grantflow.calls.domain.ActionType;
import io.grantflow.calls.domain.Call;
import io.grantflow.calls.domain.CallStatus;
import io.grantflow.calls.domain.SubmissionModel;
import io.grantflow.shared.money.Money;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A call in a list: enough to choose one, with a link to the whole of it. */
public record CallSummary(String identifier, String title, String programme, ActionType actionType,
                          CallStatus status, String currency, Money budget, Instant opensAt,
                          SubmissionModel submissionModel, Instant finalDeadline, List<String> sectors,
                          List<String> valueChains,
                          List<String> activities, boolean illustrative, String href) {

    public static CallSummary of(Call c, Instant now) {
        return new CallSummary(c.identifier, c.title, c.programme.code, c.actionType, c.statusAt(now), Money.CURRENCY,
                c.budget, c.opensAt, c.submissionModel, c.finalDeadline, Arrays.asList(c.sectors),
                Arrays.asList(c.valueChains),
                Arrays.asList(c.activities), c.illustrative, "/api/calls/" + c.identifier);
    }
}
