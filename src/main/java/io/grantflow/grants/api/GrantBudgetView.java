package io.grantflow.grants.api;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.grantflow.shared.percent.PercentJson;
import io.grantflow.grants.domain.GrantStatus;
import io.grantflow.shared.money.Money;

import java.math.BigDecimal;

/**
 * A grant's budget: its account (allocated = committed = the maximum contribution while it runs;
 * paid = what the programme paid the consortium), its FSTP envelope (allocated to the consortium's
 * open calls, committed there to SMEs' awards, paid to SMEs), and the SME share in percent of the
 * maximum contribution, rounded down: planned at submission, required by the call, actually committed
 * to SMEs and actually paid to them; {@code requiredSmeSupport} is the amount the minimum share means
 * and {@code stillNeeded} what must still be committed to SMEs to reach it. The grant is below its
 * trajectory when what it committed to SMEs is less than the required support times the fraction of
 * the grant the programme has paid so far ({@code trajectoryNow}, rounded up to the cent).
 */
public record GrantBudgetView(Long grant, String number, GrantStatus status, String currency, Level grantAccount,
                              Envelope fstpEnvelope, @JsonSerialize(using = PercentJson.class) BigDecimal minSmeShare,
                              @JsonSerialize(using = PercentJson.class) BigDecimal plannedSmeShare,
                              @JsonSerialize(using = PercentJson.class) BigDecimal actualSmeShare,
                              @JsonSerialize(using = PercentJson.class) BigDecimal committedSmeShare, Money committedToSmes,
                              Money paidToSmes, Money requiredSmeSupport, Money stillNeeded, Money trajectoryNow,
                              boolean belowTrajectory) {

    public record Level(Long account, Money allocated, Money committed, Money paid, Money available, Money stillToPay) {
    }

    public record Envelope(Long account, Money planned, Money allocated, Money committed, Money paid, Money available) {
    }
}
