package io.grantflow.cascade.api;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.grantflow.shared.percent.PercentJson;
import io.grantflow.cascade.domain.Instrument;
import io.grantflow.cascade.domain.OpenCall;
import io.grantflow.cascade.domain.PanelScoring;
import io.grantflow.cascade.domain.OpenCallDefinition;
import io.grantflow.cascade.domain.Selection;
import io.grantflow.cascade.domain.TypeOfSupport;
import io.grantflow.organisations.domain.OrganisationType;
import io.grantflow.shared.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An open call as SMEs see it in the public listing, with what is left of its budget and, like every
 * other budget holder, its ledger {@code account} (the one {@code GET /api/budgets/accounts/{id}} shows),
 * its {@code typeOfSupport} as SMEs name it, its {@code sectors} (industrial ecosystems; none: every sector)
 * and free {@code valueChains} keywords, the organisation types that may apply ({@code applicantTypes}),
 * how many applications one organisation may have ({@code applicationsPerSme}; null: no limit), its
 * {@code targetMarkets} (third countries and regions) and whether it collects the applicants' entrepreneur profile.
 * With {@code cutoffs} (none: one window), {@code committed} and {@code available} are summed over them and the one
 * in state OPEN takes applications now. {@code evaluation}: how its panel evaluates the applications (null: none,
 * first-come-first-served or one member decides). {@code inKind}: the service and the most days an
 * application asks for, when SMEs get days of a roster provider.
 */
public record OpenCallView(Long id, Long grant, String grantNumber, String consortium, String title, String description,
                           Instrument instrument, TypeOfSupport typeOfSupport, String currency, Money budget, Money committed, Money available,
                           Long account,
                           Money fixedAmount, Money minAmount, Money maxAmount, List<String> eligibleCountries,
                           List<String> sectors, List<String> valueChains, List<String> activities, Selection selection, boolean waitlist, Instant opensAt,
                           Instant closesAt, boolean open, @JsonSerialize(using = PercentJson.class) BigDecimal firstTranchePercent, int reportDays,
                           Money maxPerThirdParty, Money deMinimisCap, Integer applicationsPerSme,
                           Map<String, Money> hostAmounts, List<OrganisationType> applicantTypes,
                           List<String> targetMarkets, boolean collectsEntrepreneurProfile,
                           List<OpenCallCutoffView.Cutoff> cutoffs, Evaluation evaluation,
                           OpenCallDefinition.InKind inKind) {

    /** An evaluated open call's panel terms ({@link io.grantflow.cascade.domain.OpenCallEvaluationTerms}). */
    public record Evaluation(List<Criterion> criteria, BigDecimal overallThreshold, int evaluatorsPerApplication,
                             PanelScoring scoring, int minCommentLength) {

        public static Evaluation of(OpenCall oc) {
            if (!oc.evaluatedByPanel()) {
                return null;
            }
            return new Evaluation(oc.criteria.stream().map(c -> new Criterion(c.name, c.weight.setScale(2),
                    c.threshold.setScale(1))).toList(), oc.overallThreshold.setScale(1), oc.evaluatorsPerApplication,
                    oc.panelScoring, oc.minCommentLength);
        }
    }

    public record Criterion(String name, BigDecimal weight, BigDecimal threshold) {
    }
}
