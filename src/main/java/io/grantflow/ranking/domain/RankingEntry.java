package io.grantflow.ranking.domain;

import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.DomainException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One proposal's place in a ranking, with everything that explains it (written in bulk by the ranking service). */
@Entity
@Table(name = "ranking_entry")
public class RankingEntry extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "ranking_id") Long rankingId, @Column(name = "proposal_id") Long proposalId)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    public Integer position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RankingOutcome outcome;

    @Column(nullable = false)
    public BigDecimal total;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, BigDecimal> scores = new LinkedHashMap<>();

    @Column(nullable = false)
    public Money requested;

    @Column(name = "running_total")
    public Money runningTotal;

    @Column(name = "tie_break")
    public String tieBreak;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> reasons = new ArrayList<>();

    protected RankingEntry() {
    }

    /** For plain tests and fixtures; the ranking service writes entries in bulk. */
    public RankingEntry(Key key, Integer position, RankingOutcome outcome, Money requested, List<String> reasons) {
        this.key = key;
        this.position = position;
        this.outcome = outcome;
        this.requested = requested;
        this.reasons = new ArrayList<>(reasons);
    }

    /** A grant was released and this reserve-list proposal was offered one: it joins the main list, saying why. */
    public void moveUpFromReserve(String why) {
        if (outcome != RankingOutcome.RESERVE_LIST) {
            throw DomainException.conflict("not_on_the_reserve_list",
                    "proposal " + key.proposalId() + " is " + outcome + ", not on the reserve list");
        }
        List<String> explained = new ArrayList<>(reasons);
        explained.add(why);
        this.outcome = RankingOutcome.MAIN_LIST;
        this.reasons = explained;
    }
}
