package io.grantflow.organisations.domain;

import io.grantflow.shared.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The SME definition of Commission Recommendation 2003/361/EC: fewer than 250 staff and (turnover
 * ≤ EUR 50 m or balance-sheet total ≤ EUR 43 m); small: fewer than 50 and ≤ EUR 10 m; micro: fewer
 * than 10 and ≤ EUR 2 m. Partner enterprises are added pro rata to the share held, linked ones in full.
 */
public final class SmeDefinition {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * A category's ceilings: fewer than {@code staffBelow} staff, and a turnover or a balance-sheet total within
     * its ceiling (either is enough).
     */
    public record Ceiling(SmeCategory category, BigDecimal staffBelow, Money turnover, Money balanceSheet) {

        /** Whether the staff headcount is below this category's ceiling. */
        public boolean admitsStaff(SmeFigures f) {
            return f.staffHeadcount().compareTo(staffBelow) < 0;
        }

        public boolean admitsTurnover(SmeFigures f) {
            return !f.annualTurnover().greaterThan(turnover);
        }

        public boolean admitsBalanceSheet(SmeFigures f) {
            return !f.balanceSheetTotal().greaterThan(balanceSheet);
        }

        /** Whether figures fall within this category: staff, and turnover or balance sheet. */
        public boolean admits(SmeFigures f) {
            return admitsStaff(f) && (admitsTurnover(f) || admitsBalanceSheet(f));
        }
    }

    private static final List<Ceiling> CEILINGS = List.of(
            new Ceiling(SmeCategory.MICRO, BigDecimal.valueOf(10), Money.eur("2000000.00"), Money.eur("2000000.00")),
            new Ceiling(SmeCategory.SMALL, BigDecimal.valueOf(50), Money.eur("10000000.00"), Money.eur("10000000.00")),
            new Ceiling(SmeCategory.MEDIUM, BigDecimal.valueOf(250), Money.eur("50000000.00"), Money.eur("43000000.00")));

    /** The category, the aggregated figures it was computed from, and why (for the response and for 422s). */
    public record Assessment(SmeCategory category, SmeFigures aggregated, String reason) {
    }

    private SmeDefinition() {
    }

    /** The ceilings from the smallest category (micro) to the largest SME (medium-sized). */
    public static List<Ceiling> ceilings() {
        return CEILINGS;
    }

    /**
     * What a related enterprise adds to the applicant's figures: a partner pro rata to the share held (rounded
     * half-even to cents, staff to hundredths), a linked enterprise in full.
     */
    public static SmeFigures counted(RelatedEnterprise r) {
        BigDecimal factor = r.relation() == RelatedEnterprise.Relation.LINKED ? BigDecimal.ONE
                : r.ownershipShare().divide(HUNDRED, 10, RoundingMode.HALF_EVEN);
        return new SmeFigures(r.staffHeadcount().multiply(factor).setScale(2, RoundingMode.HALF_EVEN),
                Money.rounded(r.annualTurnover().amount().multiply(factor), RoundingMode.HALF_EVEN),
                Money.rounded(r.balanceSheetTotal().amount().multiply(factor), RoundingMode.HALF_EVEN));
    }

    public static Assessment assess(SmeFigures own, List<RelatedEnterprise> related) {
        BigDecimal staff = own.staffHeadcount();
        Money turnover = own.annualTurnover();
        Money balance = own.balanceSheetTotal();
        for (RelatedEnterprise r : related == null ? List.<RelatedEnterprise>of() : related) {
            SmeFigures counted = counted(r);
            staff = staff.add(counted.staffHeadcount());
            turnover = turnover.plus(counted.annualTurnover());
            balance = balance.plus(counted.balanceSheetTotal());
        }
        SmeFigures exact = new SmeFigures(staff, turnover, balance);
        SmeFigures aggregated = new SmeFigures(staff.setScale(2, RoundingMode.HALF_EVEN), turnover, balance);
        for (Ceiling c : CEILINGS) {
            if (c.admits(exact)) {
                return new Assessment(c.category(), aggregated, reason(c.category(), aggregated));
            }
        }
        return new Assessment(SmeCategory.NOT_SME, aggregated, reason(SmeCategory.NOT_SME, aggregated));
    }

    private static String reason(SmeCategory category, SmeFigures f) {
        List<String> parts = new ArrayList<>();
        parts.add(f.staffHeadcount().toPlainString() + " staff (AWU)");
        parts.add("turnover EUR " + f.annualTurnover());
        parts.add("balance-sheet total EUR " + f.balanceSheetTotal());
        String figures = String.join(", ", parts) + " including partner (pro rata) and linked (in full) enterprises";
        return switch (category) {
            case MICRO -> figures + ": micro (fewer than 10 staff and at most EUR 2 m)";
            case SMALL -> figures + ": small (fewer than 50 staff and at most EUR 10 m)";
            case MEDIUM -> figures + ": medium-sized (fewer than 250 staff and turnover at most EUR 50 m or "
                    + "balance-sheet total at most EUR 43 m)";
            case NOT_SME -> figures + ": not an SME (250 staff or more, or both turnover above EUR 50 m and "
                    + "balance-sheet total above EUR 43 m)";
            case NOT_APPLICABLE -> "not an enterprise";
        };
    }
}
