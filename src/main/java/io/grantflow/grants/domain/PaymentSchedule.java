package io.grantflow.grants.domain;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.grantflow.shared.percent.PercentJson;
import io.grantflow.shared.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The payments of a grant, from the call's terms: pre-financing at signature, an interim payment
 * after each reporting period, and the balance after the final report; a lump-sum grant pays what
 * follows the pre-financing per completed work package, by its share. Instalments always add up to
 * the maximum EU contribution exactly: each is rounded down to the cent, the last takes the rest.
 */
public final class PaymentSchedule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PaymentSchedule() {
    }

    public enum Kind { PRE_FINANCING, INTERIM, BALANCE, WORK_PACKAGE }

    public record Instalment(int number, Kind kind, String trigger, @JsonSerialize(using = PercentJson.class) BigDecimal percent, Money amount) {
    }

    public record WorkPackage(String title, BigDecimal share) {
    }

    public static List<Instalment> of(Money max, BigDecimal preFinancing, List<BigDecimal> interim, boolean lumpSum,
                                      List<WorkPackage> workPackages) {
        List<Instalment> out = new ArrayList<>();
        Money pre = part(max, preFinancing);
        out.add(new Instalment(1, Kind.PRE_FINANCING, "at signature", preFinancing.setScale(2), pre));
        if (lumpSum && !workPackages.isEmpty()) {
            Money rest = max.minus(pre);
            Money given = Money.ZERO;
            for (int i = 0; i < workPackages.size(); i++) {
                WorkPackage wp = workPackages.get(i);
                boolean last = i == workPackages.size() - 1;
                Money amount = last ? rest.minus(given) : part(rest, wp.share());
                given = given.plus(amount);
                out.add(new Instalment(out.size() + 1, Kind.WORK_PACKAGE, "work package " + (i + 1) + " completed: "
                        + wp.title(), wp.share().setScale(2), amount));
            }
            return out;
        }
        Money given = pre;
        BigDecimal percent = preFinancing;
        for (int i = 0; i < interim.size(); i++) {
            Money amount = part(max, interim.get(i));
            given = given.plus(amount);
            percent = percent.add(interim.get(i));
            out.add(new Instalment(out.size() + 1, Kind.INTERIM, "after reporting period " + (i + 1),
                    interim.get(i).setScale(2), amount));
        }
        out.add(new Instalment(out.size() + 1, Kind.BALANCE, "after the final report",
                HUNDRED.subtract(percent).setScale(2), max.minus(given)));
        return out;
    }

    /** A share of an amount, rounded DOWN to the cent: an instalment never pays more than its share. */
    private static Money part(Money whole, BigDecimal percent) {
        return whole.percent(percent, RoundingMode.DOWN);
    }
}
