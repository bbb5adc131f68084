package io.grantflow.organisations.application;

import io.grantflow.organisations.api.OrganisationView;
import io.grantflow.organisations.domain.Organisation;
import io.grantflow.organisations.domain.OrganisationDefinition;
import io.grantflow.organisations.domain.OrganisationMember;
import io.grantflow.organisations.domain.OrganisationPolicy;
import io.grantflow.organisations.domain.SmeCategory;
import io.grantflow.shared.db.UniqueViolation;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.security.UserNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * Registering organisations (the registering user becomes a member), an officer's validation of
 * their type and PIC, and reading them. Joining an existing organisation: {@link MembershipService}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class OrganisationService {

    /** The unique constraint on {@code organisation.pic} (V2). */
    static final String PIC_UNIQUE = "organisation_pic_key";

    private static final String DEMO_SEED = "demo-seed";

    @Inject
    Clock clock;

    public OrganisationView register(OrganisationDefinition d, String user) {
        Organisation o = registerOrganisation(d, user);
        new OrganisationMember(o.id, user).persist();
        return OrganisationView.of(o, true);
    }

    /**
     * The SME self-check of a registration form, without registering: every violation of the registration rules
     * (the same {@link OrganisationPolicy} as {@link #register}) and, for an enterprise whose figures are usable,
     * the SME assessment. Nothing is written.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OrganisationPolicy.Result selfCheck(OrganisationDefinition d) {
        return OrganisationPolicy.check(d);
    }

    /** Demo seeding only: an organisation with the given members, validated (the demo's organisations are real). */
    public Organisation seed(OrganisationDefinition d, List<String> members) {
        Organisation o = registerOrganisation(d, DEMO_SEED);
        o.validate(DEMO_SEED, clock.instant());
        members.stream().map(UserNames::normaliseOrKeep).distinct()
                .forEach(m -> new OrganisationMember(o.id, m).persist());
        return o;
    }

    /**
     * An officer validates the organisation's type and PIC (idempotent: the first validation stands).
     * An officer who is a member of the organisation does not validate it.
     */
    public OrganisationView validate(Long id, String officer) {
        Organisation o = Organisation.<Organisation>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> DomainException.notFound("organisation", String.valueOf(id)));
        if (OrganisationMember.isMember(officer, id)) {
            throw DomainException.forbidden("own_organisation", "an officer does not validate an organisation they are a member of", List.of());
        }
        o.validate(officer, clock.instant());
        return OrganisationView.of(o, true);
    }

    private Organisation registerOrganisation(OrganisationDefinition d, String user) {
        OrganisationPolicy.Result result = OrganisationPolicy.check(d);
        new Violations().addAll(result.violations()).throwIfAny("invalid_organisation",
                "the organisation cannot be registered");
        if (Organisation.count("pic", d.pic()) > 0) {
            throw DomainException.conflict("organisation_pic_taken", "an organisation with PIC " + d.pic() + " exists");
        }
        SmeCategory category = result.assessment() == null ? SmeCategory.NOT_APPLICABLE : result.assessment().category();
        Organisation o = Organisation.register(d, category, user, clock.instant());
        try {
            o.persistAndFlush();
        } catch (PersistenceException e) {
            if (UniqueViolation.of(e, PIC_UNIQUE)) { // a concurrent registration of the same PIC won
                throw DomainException.conflict("organisation_pic_taken", "an organisation with PIC " + d.pic() + " exists");
            }
            throw e;
        }
        return o;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrganisationView get(Long id, String user, boolean officer) {
        Organisation o = Organisation.<Organisation>findByIdOptional(id)
                .orElseThrow(() -> DomainException.notFound("organisation", String.valueOf(id)));
        return OrganisationView.of(o, officer || OrganisationMember.isMember(user, id));
    }

    /**
     * One organisation with its figures, for its members and officers only ({@code not_a_member} for others,
     * {@code not_found} for an unknown id).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OrganisationView forMember(Long id, String user, boolean officer) {
        Organisation o = Organisation.<Organisation>findByIdOptional(id)
                .orElseThrow(() -> DomainException.notFound("organisation", String.valueOf(id)));
        if (!officer && !OrganisationMember.isMember(user, id)) {
            throw DomainException.forbidden("not_a_member", "only the organisation's members and officers see it here");
        }
        return OrganisationView.of(o, true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganisationView> byPic(String pic, String user, boolean officer) {
        return Organisation.<Organisation>list("pic", pic).stream()
                .map(o -> OrganisationView.of(o, officer || OrganisationMember.isMember(user, o.id))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganisationView> of(String user) {
        return OrganisationMember.organisationsOf(user).stream()
                .map(id -> OrganisationView.of(Organisation.findById(id), true)).toList();
    }
}
