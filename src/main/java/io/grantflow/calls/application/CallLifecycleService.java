package io.grantflow.calls.application;

import io.grantflow.calls.domain.Call;
import io.grantflow.calls.domain.CallLifecycleRecord;
import io.grantflow.calls.domain.LifecycleEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;

/**
 * What the call-lifecycle process asks of the calls feature: the instants to wait for, and the
 * steps to record. Each step happens once per call even when the engine runs a job twice
 * (the call row is locked and the step is looked up before it is written; a unique index backs it).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class CallLifecycleService {

    private static final Logger LOG = Logger.getLogger(CallLifecycleService.class);

    @Inject
    Clock clock;

    @Inject
    Event<BatchClosed> batchClosed;

    /** Fired when a deadline's batch of proposals is closed: later features start its evaluation. */
    public record BatchClosed(String callIdentifier, int deadlineIndex, boolean lastDeadline) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Instant deadline(String identifier, int index) {
        return call(identifier).deadlines.get(index).at;
    }

    public void recordOpened(String identifier) {
        Call call = lockedCall(identifier);
        if (record(call, LifecycleEvent.OPENED, null)) {
            call.openedAt = clock.instant();
            LOG.infof("Call %s opened", identifier);
        }
    }

    public void recordBatchClosed(String identifier, int index) {
        Call call = lockedCall(identifier);
        if (record(call, LifecycleEvent.BATCH_CLOSED, index)) {
            LOG.infof("Call %s: batch of deadline %d (%s) closed", identifier, index, call.deadlines.get(index).label);
            batchClosed.fire(new BatchClosed(identifier, index, index == call.deadlines.size() - 1));
        }
    }

    public void recordClosed(String identifier) {
        Call call = lockedCall(identifier);
        if (record(call, LifecycleEvent.CLOSED, null)) {
            call.closedAt = clock.instant();
            LOG.infof("Call %s closed", identifier);
        }
    }

    private boolean record(Call call, LifecycleEvent event, Integer index) {
        if (CallLifecycleRecord.exists(call.id, event, index)) {
            return false;
        }
        new CallLifecycleRecord(call.id, event, index, clock.instant()).persist();
        return true;
    }

    private static Call call(String identifier) {
        return Call.byIdentifier(identifier)
                .orElseThrow(() -> new IllegalStateException("no call " + identifier + " for its lifecycle process"));
    }

    private static Call lockedCall(String identifier) {
        return Call.byIdentifierForUpdate(identifier)
                .orElseThrow(() -> new IllegalStateException("no call " + identifier + " for its lifecycle process"));
    }
}
