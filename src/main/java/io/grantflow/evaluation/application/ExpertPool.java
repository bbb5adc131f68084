package io.grantflow.evaluation.application;

import io.grantflow.evaluation.api.ExpertView;
import io.grantflow.evaluation.api.ExpertRequest;
import io.grantflow.calls.domain.Call;
import io.grantflow.calls.domain.Tags;
import io.grantflow.evaluation.domain.Expert;
import io.grantflow.organisations.domain.Organisation;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.geo.Countries;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.security.UserNames;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/** The experts, and each call's pool of experts from which its proposals are assigned. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ExpertPool {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    public ExpertView register(ExpertRequest r) {
        Violations v = new Violations();
        String username = null;
        if (v.required(r.username(), "username")) {
            username = UserNames.normalise(r.username()).orElse(null);
            v.check(username == null, "username", "too_long", "at most " + UserNames.MAX_LENGTH + " characters");
        }
        if (v.required(r.name(), "name")) {
            v.maxLength(r.name(), "name", Expert.MAX_NAME_LENGTH);
        }
        if (v.required(r.nationality(), "nationality")) {
            v.check(!Countries.isIso(r.nationality()), "nationality", "invalid_country", "an ISO 3166-1 alpha-2 code");
        }
        List<String> expertise = r.expertise() == null ? List.of() : r.expertise();
        for (int i = 0; i < expertise.size(); i++) {
            v.check(!Tags.isKnown(expertise.get(i)), "expertise[" + i + "]", "unknown_tag", Tags.unknown(expertise.get(i)));
        }
        v.check(r.organisation() != null && Organisation.findById(r.organisation()) == null, "organisation",
                "unknown_organisation", "there is no organisation " + r.organisation());
        v.throwIfAny("invalid_expert", "the expert cannot be registered");
        if (Expert.byUsername(username).isPresent()) {
            throw DomainException.conflict("expert_exists", "user " + username + " is already an expert");
        }
        Expert e = new Expert(username, r.name(), r.nationality(), r.organisation(),
                expertise.stream().distinct().toArray(String[]::new), clock.instant());
        e.persistAndFlush();
        return ExpertView.of(e);
    }

    /** One page of the experts, by id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ExpertView> experts(PageRequest page) {
        return experts(page, false);
    }

    /** One page of the experts, by id, the newest first if asked (the experts an officer just registered). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ExpertView> experts(PageRequest page, boolean newestFirst) {
        var query = Expert.<Expert>findAll(newestFirst ? Sort.descending("id") : Sort.by("id"));
        long total = query.count();
        return Page.of(query.range(page.offset(), page.lastIndex()).list().stream().map(ExpertView::of).toList(),
                page, total);
    }

    /** Replaces the call's pool of experts; answers the given page of the new pool. */
    public Page<ExpertView> setPool(String identifier, List<Long> expertIds, PageRequest page) {
        return poolPage(replacePool(identifier, expertIds), page);
    }

    /** Replaces the call's pool of experts. */
    public void setPool(String identifier, List<Long> expertIds) {
        replacePool(identifier, expertIds);
    }

    /**
     * Changes the part of the call's pool a page showed: of the experts {@code shown}, those {@code ticked} are in
     * the pool afterwards and the others not; members the page did not show stay. Under the call's lock, so a change
     * made meanwhile by someone else is kept.
     */
    public void changePool(String identifier, List<Long> shown, List<Long> ticked) {
        Call call = publishedCall(identifier, true);
        java.util.Set<Long> members = new java.util.LinkedHashSet<>(members(call).stream().map(e -> e.id).toList());
        members.removeAll(shown);
        members.addAll(ticked);
        replacePool(call, List.copyOf(members));
    }

    private Call replacePool(String identifier, List<Long> expertIds) {
        return replacePool(publishedCall(identifier, true), expertIds);
    }

    private Call replacePool(Call call, List<Long> expertIds) {
        List<Long> ids = expertIds == null ? List.of() : expertIds.stream().distinct().toList();
        Violations v = new Violations();
        for (int i = 0; i < ids.size(); i++) {
            v.check(Expert.findById(ids.get(i)) == null, "experts[" + i + "]", "unknown_expert",
                    "there is no expert " + ids.get(i));
        }
        v.throwIfAny("invalid_pool", "the pool cannot be set");
        em.createNativeQuery("delete from grantflow.call_expert where call_id = ?1").setParameter(1, call.id).executeUpdate();
        for (Long id : ids) {
            em.createNativeQuery("insert into grantflow.call_expert (call_id, expert_id) values (?1, ?2)")
                    .setParameter(1, call.id).setParameter(2, id).executeUpdate();
        }
        return call;
    }

    /** One page of the call's pool of experts, by id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ExpertView> poolOf(String identifier, PageRequest page) {
        return poolPage(publishedCall(identifier, false), page);
    }

    @SuppressWarnings("unchecked")
    private Page<ExpertView> poolPage(Call call, PageRequest page) {
        long total = ((Number) em.createNativeQuery("select count(*) from grantflow.call_expert where call_id = ?1")
                .setParameter(1, call.id).getSingleResult()).longValue();
        List<Number> ids = em.createNativeQuery("select expert_id from grantflow.call_expert where call_id = ?1 "
                        + "order by expert_id").setParameter(1, call.id)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        List<ExpertView> items = ids.isEmpty() ? List.of()
                : Expert.<Expert>list("id in ?1 order by id", ids.stream().map(Number::longValue).toList()).stream()
                .map(ExpertView::of).toList();
        return Page.of(items, page, total);
    }

    /** The whole pool of the call, by id. */
    @SuppressWarnings("unchecked")
    List<Expert> members(Call call) {
        List<Number> ids = em.createNativeQuery("select expert_id from grantflow.call_expert where call_id = ?1 order by expert_id")
                .setParameter(1, call.id).getResultList();
        return ids.isEmpty() ? List.of()
                : Expert.list("id in ?1 order by id", ids.stream().map(Number::longValue).toList());
    }

    /** A call that is not a draft (locked if asked), or not found. */
    static Call publishedCall(String identifier, boolean lock) {
        var query = Call.<Call>find("identifier", identifier);
        if (lock) {
            query = query.withLock(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.firstResultOptional().filter(c -> !c.isDraft())
                .orElseThrow(() -> DomainException.notFound("call", identifier));
    }
}
