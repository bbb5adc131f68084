package io.grantflow.organisations.domain;

import io.grantflow.shared.geo.Countries;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.sector.Sectors;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.text.TextLimits;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** Rules for registering an organisation, every violation reported at once. */
public final class OrganisationPolicy {

    /** A participant identification code: 9 digits, like the EU's PIC. */
    public static final Pattern PIC = Pattern.compile("\\d{9}");
    /**
     * The largest staff headcount (annual work units) the register holds: 8 digits before the decimal
     * point, 2 after. Amounts are bounded by {@link io.grantflow.shared.money.Money} (13 digits).
     */
    public static final BigDecimal MAX_STAFF_HEADCOUNT = new BigDecimal("99999999.99");
    private static final BigDecimal FIFTY = BigDecimal.valueOf(50);
    private static final BigDecimal TWENTY_FIVE = BigDecimal.valueOf(25);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private OrganisationPolicy() {
    }

    /** The violations, and for enterprises the SME assessment (null when the figures are unusable). */
    public record Result(List<Violation> violations, SmeDefinition.Assessment assessment) {
    }

    public static Result check(OrganisationDefinition d) {
        Violations v = new Violations();
        if (v.required(d.legalName(), "legalName")) {
            v.check(d.legalName().length() > TextLimits.TITLE, "legalName", "too_long", "legalName has at most "
                    + TextLimits.TITLE + " characters");
        }
        if (v.required(d.pic(), "pic")) {
            v.check(!PIC.matcher(d.pic()).matches(), "pic", "invalid_pic", "pic is a participant code of 9 digits");
        }
        if (v.required(d.country(), "country")) {
            v.check(!Countries.isIso(d.country()), "country", "invalid_country",
                    "'" + d.country() + "' is not an ISO 3166-1 alpha-2 country code");
        }
        v.required(d.type(), "type");
        NutsRegion.check(d.region(), d.country(), v);
        Sectors.check(d.sectors(), "sectors", v);
        Sectors.checkValueChains(d.valueChains(), "valueChains", v);
        if (!d.isEnterprise()) {
            boolean anyFigure = d.staffHeadcount() != null || d.annualTurnover() != null
                    || d.balanceSheetTotal() != null || !d.relatedOrEmpty().isEmpty();
            v.check(d.type() != null && anyFigure, "type", "figures_only_for_enterprises",
                    "SME figures are given for enterprises (type SME or LARGE_ENTERPRISE) only");
            return new Result(v.list(), null);
        }
        int before = v.list().size();
        figure(d.staffHeadcount(), "staffHeadcount", v);
        amount(d.annualTurnover(), "annualTurnover", v);
        amount(d.balanceSheetTotal(), "balanceSheetTotal", v);
        List<RelatedEnterprise> related = d.relatedOrEmpty();
        for (int i = 0; i < related.size(); i++) {
            String field = "relatedEnterprises[" + i + "]";
            RelatedEnterprise r = related.get(i);
            if (r == null) {
                v.add(field, "required", field + " is required");
                continue;
            }
            v.required(r.name(), field + ".name");
            if (v.required(r.relation(), field + ".relation")) {
                if (r.relation() == RelatedEnterprise.Relation.PARTNER && v.required(r.ownershipShare(),
                        field + ".ownershipShare")) {
                    v.check(r.ownershipShare().compareTo(TWENTY_FIVE) < 0 || r.ownershipShare().compareTo(FIFTY) > 0,
                            field + ".ownershipShare", "partner_share_out_of_range",
                            "a partner enterprise holds from 25% to 50%; below 25% it is autonomous, above 50% linked");
                }
                if (r.ownershipShare() != null) {
                    v.check(r.ownershipShare().stripTrailingZeros().scale() > 2, field + ".ownershipShare",
                            "too_many_decimals", "ownershipShare has at most 2 decimals");
                }
                if (r.relation() == RelatedEnterprise.Relation.LINKED && r.ownershipShare() != null) {
                    v.check(r.ownershipShare().compareTo(FIFTY) <= 0 || r.ownershipShare().compareTo(HUNDRED) > 0,
                            field + ".ownershipShare", "linked_share_out_of_range",
                            "a linked enterprise is held more than 50% (or controlled)");
                }
            }
            figure(r.staffHeadcount(), field + ".staffHeadcount", v);
            amount(r.annualTurnover(), field + ".annualTurnover", v);
            amount(r.balanceSheetTotal(), field + ".balanceSheetTotal", v);
        }
        if (v.list().size() > before) {
            return new Result(v.list(), null);
        }
        SmeDefinition.Assessment assessment = SmeDefinition.assess(
                new SmeFigures(d.staffHeadcount(), d.annualTurnover(), d.balanceSheetTotal()), related);
        v.check(d.type() == OrganisationType.SME && !assessment.category().isSme(), "type",
                "sme_figures_contradict_type", "declared an SME, but " + assessment.reason());
        return new Result(v.list(), assessment);
    }

    private static void amount(io.grantflow.shared.money.Money value, String field, Violations v) {
        if (v.required(value, field)) {
            v.check(value.isNegative(), field, "must_not_be_negative", field + " must not be negative");
        }
    }

    private static void figure(BigDecimal value, String field, Violations v) {
        if (v.required(value, field)) {
            v.check(value.signum() < 0, field, "must_not_be_negative", field + " must not be negative");
            v.check(value.compareTo(MAX_STAFF_HEADCOUNT) > 0, field, "above_maximum",
                    field + " is at most " + MAX_STAFF_HEADCOUNT.toPlainString());
            v.check(value.stripTrailingZeros().scale() > 2, field, "too_many_decimals", field + " has at most 2 decimals");
        }
    }
}
