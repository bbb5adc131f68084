package io.grantflow.organisations.web;

import io.grantflow.organisations.domain.RelatedEnterprise;
import io.grantflow.organisations.domain.SmeCategory;
import io.grantflow.organisations.domain.SmeDefinition;
import io.grantflow.organisations.domain.SmeFigures;

import java.util.List;

/**
 * Why an enterprise is in its SME category, in figures a page can say in any language: its own figures, what each
 * partner (pro rata) and linked (in full) enterprise adds, the total the category was computed from, the ceiling of
 * the category reached and the ceiling of the next smaller one that was missed. Every figure comes from
 * {@link SmeDefinition} (the assessment, {@link SmeDefinition#counted}, {@link SmeDefinition#ceilings}); nothing is
 * decided here.
 *
 * @param reached the ceiling of the category reached (null when not an SME)
 * @param missed  the ceiling of the next smaller category, which the figures do not meet (null for a micro enterprise)
 */
public record SmeExplanation(SmeCategory category, SmeFigures own, List<Counted> related, SmeFigures total,
                             Threshold reached, Threshold missed) {

    /** A related enterprise and the figures it adds. */
    public record Counted(RelatedEnterprise enterprise, SmeFigures counted) {

        public boolean partner() {
            return enterprise.relation() == RelatedEnterprise.Relation.PARTNER;
        }
    }

    /** A category's ceilings and which of them the total meets. */
    public record Threshold(SmeDefinition.Ceiling ceiling, boolean staff, boolean turnover, boolean balanceSheet) {

        /** The category's name, for messages that choose their words by it. */
        public String categoryName() {
            return ceiling.category().name();
        }
    }

    /**
     * The explanation of an assessment of {@code own} figures with {@code related} enterprises; null when there is
     * no assessment (not an enterprise, or figures the rules refused).
     */
    static SmeExplanation of(SmeFigures own, List<RelatedEnterprise> related, SmeCategory category,
                             SmeFigures total) {
        if (own == null || total == null || own.staffHeadcount() == null || !(category.isSme()
                || category == SmeCategory.NOT_SME)) {
            return null;
        }
        List<Counted> counted = (related == null ? List.<RelatedEnterprise>of() : related).stream()
                .map(r -> new Counted(r, SmeDefinition.counted(r))).toList();
        Threshold reached = null;
        Threshold missed = null;
        for (SmeDefinition.Ceiling c : SmeDefinition.ceilings()) {
            Threshold t = new Threshold(c, c.admitsStaff(total), c.admitsTurnover(total), c.admitsBalanceSheet(total));
            if (c.category() == category) {
                reached = t;
                break;
            }
            missed = t;
        }
        return new SmeExplanation(category, own, counted, total, reached, missed);
    }

    /** The explanation of a self-check's assessment. */
    static SmeExplanation of(SmeFigures own, List<RelatedEnterprise> related, SmeDefinition.Assessment a) {
        return a == null ? null : of(own, related, a.category(), a.aggregated());
    }
}
