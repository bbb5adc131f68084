package io.grantflow.evaluation.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Optional;

/** An independent expert: a user with the evaluator role, a nationality, an organisation and expertise tags. */
@Entity
@Table(name = "expert")
public class Expert extends PanacheEntityBase {

    /** The longest name an expert is registered with. */
    public static final int MAX_NAME_LENGTH = 300;


    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String username;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String nationality;

    /** The organisation the expert works for: proposals involving it are conflicts of interest. */
    @Column(name = "organisation_id")
    public Long organisationId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] expertise = new String[0];

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    protected Expert() {
    }

    public Expert(String username, String name, String nationality, Long organisationId, String[] expertise, Instant now) {
        this.username = username;
        this.name = name;
        this.nationality = nationality;
        this.organisationId = organisationId;
        this.expertise = expertise;
        this.createdAt = now;
    }

    public static Optional<Expert> byUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
