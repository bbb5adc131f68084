package io.grantflow.grants.api;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.grantflow.shared.percent.PercentJson;
import io.grantflow.grants.domain.GrantStatus;
import io.grantflow.grants.domain.PaymentSchedule;
import io.grantflow.payments.domain.PaymentStatus;
import io.grantflow.shared.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A grant as consortium members and officers see it; once signed, with its reporting periods (and what each
 * settled), its work packages (lump-sum grants) and, at closure, its final amount. {@code projectEnd} is the last
 * day of the call's project period, when the call sets one (its first day is then {@code startDate}).
 */
public record GrantView(Long id, String number, String call, int cutoff, Long proposalId, String acronym,
                        Beneficiary coordinator, List<Beneficiary> beneficiaries, GrantStatus status, String currency,
                        Money maxContribution, Money fstpEnvelope, @JsonSerialize(using = PercentJson.class) BigDecimal minSmeShare,
                        List<PaymentSchedule.Instalment> paymentSchedule, boolean fromReserve, Long account,
                        Long fstpEnvelopeAccount, PreFinancing preFinancing, Instant offeredAt, String offeredBy,
                        Instant signedAt, String signedBy, Instant endedAt, String endedBy, String endReason,
                        LocalDate startDate, LocalDate projectEnd, List<PeriodView> reportingPeriods, List<WorkPackageView> workPackages,
                        Money finalAmount, Instant closedAt) {

    public record Beneficiary(Long organisation, String legalName, String country) {
    }

    /** The pre-financing payment order created at signature, and where its approval stands. */
    public record PreFinancing(Long paymentOrder, Money amount, PaymentStatus status) {
    }
}
