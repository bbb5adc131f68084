package io.grantflow.organisations.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;

/** A user who acts for an organisation. */
@Entity
@Table(name = "organisation_member")
public class OrganisationMember extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "organisation_id") Long organisationId,
                      @Column(name = "username") String username) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    protected OrganisationMember() {
    }

    public OrganisationMember(Long organisationId, String username) {
        this.key = new Key(organisationId, username);
    }

    public static boolean isMember(String username, Long organisationId) {
        return count("key.username = ?1 and key.organisationId = ?2", username, organisationId) > 0;
    }

    public static boolean isMemberOfAny(String username, Collection<Long> organisationIds) {
        return !organisationIds.isEmpty()
                && count("key.username = ?1 and key.organisationId in ?2", username, organisationIds) > 0;
    }

    public static List<Long> organisationsOf(String username) {
        return OrganisationMember.<OrganisationMember>list("key.username", username).stream()
                .map(m -> m.key.organisationId()).toList();
    }

    public static List<String> usersOf(Long organisationId) {
        return OrganisationMember.<OrganisationMember>list("key.organisationId = ?1 order by key.username", organisationId)
                .stream().map(m -> m.key.username()).toList();
    }
}
