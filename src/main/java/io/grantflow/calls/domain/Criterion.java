package io.grantflow.calls.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** An award criterion: scored 0–5 in half points, weighted in the total, with a threshold. */
@Embeddable
public class Criterion {

    public static final BigDecimal MAX_SCORE = BigDecimal.valueOf(5);

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public BigDecimal weight;

    @Column(nullable = false)
    public BigDecimal threshold;

    protected Criterion() {
    }

    public Criterion(String name, BigDecimal weight, BigDecimal threshold) {
        this.name = name;
        this.weight = weight;
        this.threshold = threshold;
    }
}
