package io.grantflow.cascade.application;

import io.grantflow.cascade.api.LumpSumView;
import io.grantflow.cascade.domain.ClusterXchangeLumpSum;
import io.grantflow.cascade.domain.Instrument;
import io.grantflow.cascade.domain.OpenCall;
import io.grantflow.organisations.domain.Organisation;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The ClusterXchange lump sum of an exchange before applying: the same rule ({@link ClusterXchangeLumpSum}) and
 * the same host table as the award, so that the SME sees the amount, and why it is halved, before submitting.
 * Read by {@code GET /api/open-calls/{id}/lump-sum} and by the apply page.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ExchangeLumpSums {

    /**
     * The lump sum for an exchange hosted by organisation {@code host} from {@code from} to {@code to} (both
     * days counted) over {@code distanceKm}. Missing or impossible figures: a malformed request listing each
     * (fields {@code host}, {@code from}, {@code to}, {@code distanceKm}); an open call of another instrument:
     * {@code not_an_exchange}.
     */
    public LumpSumView quote(Long openCallId, Long host, LocalDate from, LocalDate to, Integer distanceKm) {
        OpenCall oc = OpenCall.<OpenCall>findByIdOptional(openCallId)
                .orElseThrow(() -> DomainException.notFound("open call", String.valueOf(openCallId)));
        if (oc.instrument != Instrument.CLUSTERXCHANGE) {
            throw DomainException.conflict("not_an_exchange", "only ClusterXchange open calls pay a lump sum per exchange");
        }
        Violations v = new Violations();
        Organisation h = null;
        if (v.required(host, "host")) {
            h = Organisation.findById(host);
            v.check(h == null, "host", "unknown_organisation", "there is no organisation " + host);
        }
        checkStay(from, to, distanceKm, "", v);
        v.throwIfAnyBadQuery();
        Money table = oc.hostAmounts.get(h.country);
        boolean validStay = ClusterXchangeLumpSum.validStay(from, to);
        List<String> refusals = new ArrayList<>();
        if (!validStay) {
            refusals.add("invalid_stay");
        }
        if (table == null) {
            refusals.add("no_host_amount");
        }
        var why = List.copyOf(ClusterXchangeLumpSum.halvedBecause(from, to, distanceKm));
        Money amount = table == null ? null : ClusterXchangeLumpSum.amount(table, from, to, distanceKm);
        return new LumpSumView(oc.id, h.id, h.legalName, h.country, table, ClusterXchangeLumpSum.CAP, from, to,
                Math.toIntExact(ClusterXchangeLumpSum.days(from, to)), ClusterXchangeLumpSum.workingDays(from, to),
                distanceKm, validStay, why, !why.isEmpty(), amount, List.copyOf(refusals));
    }

    /**
     * The figures of a stay that can be read at all: both days ({@code required}), the last not before the
     * first ({@code ends_before_start}), a distance of 0 km or more. {@code prefix} names the fields
     * ({@code "exchange."} in an application).
     */
    static void checkStay(LocalDate from, LocalDate to, Integer distanceKm, String prefix, Violations v) {
        v.required(from, prefix + "from");
        if (v.required(to, prefix + "to") && from != null) {
            v.check(to.isBefore(from), prefix + "to", "ends_before_start", "to is on or after from");
        }
        if (v.required(distanceKm, prefix + "distanceKm")) {
            v.check(distanceKm < 0, prefix + "distanceKm", "must_not_be_negative", "0 km or more");
        }
    }
}
