package io.grantflow.ranking.domain;

import io.grantflow.shared.money.Money;
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
}
