package io.grantflow.proposals.application;

import io.grantflow.proposals.domain.ProposalStatus;
import io.grantflow.shared.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * A ranking's outcome told to the proposals, in JDBC batches (a batch of a call may hold thousands):
 * each proposal's status becomes its outcome and its timeline gets one RANKED step. The same rule as
 * {@code Proposal.rank}: only a {@link ProposalStatus#RANKABLE} proposal is ranked, to a ranked status.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RankedProposals {

    private static final int BATCH = 1000;

    @Inject
    EntityManager em;

    /** One proposal's place: its outcome and the timeline's detail (position and total, or the reasons). */
    public record Rank(Long proposalId, ProposalStatus outcome, String detail) {
        public Rank {
            if (!outcome.isRanked()) {
                throw new IllegalArgumentException(outcome + " is not an outcome of a ranking");
            }
        }
    }

    void record(List<Rank> ranks, String officer, Instant now) {
        em.flush();
        String rankable = String.join(", ", ProposalStatus.RANKABLE.stream().map(s -> "'" + s.name() + "'").toList());
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement status = connection.prepareStatement("update grantflow.proposal set status = ?, "
                    + "updated_at = ?, version = version + 1 where id = ? and status in (" + rankable + ")");
                 PreparedStatement event = connection.prepareStatement("insert into grantflow.proposal_event "
                         + "(proposal_id, step, detail, actor, occurred_at) values (?, 'RANKED', ?, ?, ?)")) {
                Timestamp at = Timestamp.from(now);
                int n = 0;
                for (Rank r : ranks) {
                    status.setString(1, r.outcome().name());
                    status.setTimestamp(2, at);
                    status.setLong(3, r.proposalId());
                    status.addBatch();
                    event.setLong(1, r.proposalId());
                    event.setString(2, r.detail());
                    event.setString(3, officer);
                    event.setTimestamp(4, at);
                    event.addBatch();
                    if (++n % BATCH == 0) {
                        execute(status, event);
                    }
                }
                execute(status, event);
            }
        });
        em.clear(); // the proposals changed under Hibernate's feet
    }

    private static void execute(PreparedStatement status, PreparedStatement event) throws SQLException {
        for (int updated : status.executeBatch()) {
            if (updated == 0) {
                throw DomainException.conflict("proposal_not_rankable", "a proposal of the batch is no longer evaluated");
            }
        }
        event.executeBatch();
    }
}
