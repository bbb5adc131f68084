package io.grantflow.calls.domain;

import io.grantflow.shared.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** A submission deadline: the only one, a stage's, or a cut-off with its own budget. */
@Embeddable
public class Deadline {

    @Column(nullable = false)
    public String label;

    @Column(name = "deadline_at", nullable = false)
    public Instant at;

    /** Only for cut-offs: the part of the call budget for this batch. */
    public Money budget;

    protected Deadline() {
    }

    public Deadline(String label, Instant at, Money budget) {
        this.label = label;
        this.at = at;
        this.budget = budget;
    }
}
