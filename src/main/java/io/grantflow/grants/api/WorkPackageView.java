package io.grantflow.grants.api;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.grantflow.grants.domain.WorkPackage;
import io.grantflow.grants.domain.WorkPackageStatus;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.percent.PercentJson;

import java.math.BigDecimal;
import java.time.Instant;

/** A lump-sum grant's work package: its share, what its schedule line pays, and where its completion stands. */
public record WorkPackageView(Long id, int number, String title, @JsonSerialize(using = PercentJson.class) BigDecimal share,
                              Money amount, WorkPackageStatus status, String summary, String declaredBy,
                              Instant declaredAt, String decidedBy, Instant decidedAt, String decisionReason,
                              int rejections, Integer paidInPeriod) {

    public static WorkPackageView of(WorkPackage w) {
        return new WorkPackageView(w.id, w.number, w.title, w.share, w.amount, w.status, w.summary, w.declaredBy,
                w.declaredAt, w.decidedBy, w.decidedAt, w.decisionReason, w.rejections, w.paidInPeriod);
    }
}
