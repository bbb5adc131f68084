-- The audit trail: every insert, update and delete of the audited tables writes an audit record in
-- the same transaction (a trigger, so nothing can change them unrecorded). Records are hash-chained
-- per audited object (not through one global head that every write would lock): each record's hash
-- covers the previous record's hash and its own content; audit_head keeps each chain's last link, so
-- that removing records at the end of a chain is detected too. Records are never updated or deleted.
-- The actor is the transaction-local setting grantflow.actor (set by the application for each request's
-- transaction); without it (the workflow engine's jobs) the actor is "system".

create table audit_record (
    id          bigint generated always as identity primary key,
    object_type varchar(40)  not null,
    object_id   varchar(100) not null,
    seq         integer      not null,
    operation   varchar(10)  not null,
    actor       varchar(100),
    occurred_at timestamptz  not null,
    changes     jsonb,
    prev_hash   varchar(64),
    hash        varchar(64)  not null,
    unique (object_type, object_id, seq)
);
create index audit_record_time_idx on audit_record (occurred_at);

create table audit_head (
    object_type varchar(40)  not null,
    object_id   varchar(100) not null,
    seq         integer      not null,
    hash        varchar(64)  not null,
    primary key (object_type, object_id)
);

create function audit_hash(prev_hash text, object_type text, object_id text, seq integer, operation text,
                           actor text, occurred_at timestamptz, changes jsonb) returns text
    language sql immutable as $$
    select encode(sha256(convert_to(coalesce(prev_hash, '') || '|' || object_type || '|' || object_id || '|' || seq
        || '|' || operation || '|' || coalesce(actor, '') || '|'
        || to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') || '|' || coalesce(changes::text, ''),
        'UTF8')), 'hex')
$$;

create function audit() returns trigger language plpgsql as $$
declare
    obj_type text := TG_ARGV[1];
    obj_id   text;
    delta    jsonb;
    head     record;
    n        integer;
    ts       timestamptz := clock_timestamp();
    who      text := coalesce(nullif(current_setting('grantflow.actor', true), ''), 'system');
    h        text;
begin
    if TG_OP = 'INSERT' then
        obj_id := to_jsonb(NEW) ->> TG_ARGV[0];
        delta := to_jsonb(NEW);
    elsif TG_OP = 'UPDATE' then
        obj_id := to_jsonb(NEW) ->> TG_ARGV[0];
        select jsonb_object_agg(n2.key, jsonb_build_array(o.value, n2.value)) into delta
          from jsonb_each(to_jsonb(NEW)) n2 join jsonb_each(to_jsonb(OLD)) o using (key)
         where n2.value is distinct from o.value and n2.key not in ('version', 'updated_at');
        if delta is null then
            return NEW; -- nothing that matters changed
        end if;
    else
        obj_id := to_jsonb(OLD) ->> TG_ARGV[0];
        delta := to_jsonb(OLD);
    end if;
    select * into head from grantflow.audit_head where object_type = obj_type and object_id = obj_id for update;
    n := coalesce(head.seq, 0) + 1;
    h := grantflow.audit_hash(head.hash, obj_type, obj_id, n, TG_OP, who, ts, delta);
    insert into grantflow.audit_record (object_type, object_id, seq, operation, actor, occurred_at, changes, prev_hash, hash)
    values (obj_type, obj_id, n, TG_OP, who, ts, delta, head.hash, h);
    insert into grantflow.audit_head (object_type, object_id, seq, hash) values (obj_type, obj_id, n, h)
    on conflict (object_type, object_id) do update set seq = excluded.seq, hash = excluded.hash;
    return coalesce(NEW, OLD);
end
$$;

create function audit_record_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'audit records are append-only (% refused)', TG_OP;
end
$$;
create trigger audit_record_no_update before update or delete on audit_record
    for each row execute function audit_record_immutable();
create trigger audit_record_no_truncate before truncate on audit_record
    for each statement execute function audit_record_immutable();

create trigger audit_call after insert or update or delete on call
    for each row execute function audit('id', 'call');
create trigger audit_proposal after insert or update or delete on proposal
    for each row execute function audit('id', 'proposal');
create trigger audit_evaluation after insert or update or delete on proposal_evaluation
    for each row execute function audit('proposal_id', 'evaluation');
create trigger audit_assignment after insert or update or delete on evaluation_assignment
    for each row execute function audit('id', 'assignment');
create trigger audit_ranking after insert or update or delete on ranking
    for each row execute function audit('id', 'ranking');
create trigger audit_grant after insert or update or delete on grant_agreement
    for each row execute function audit('id', 'grant');
create trigger audit_open_call after insert or update or delete on open_call
    for each row execute function audit('id', 'open_call');
create trigger audit_application after insert or update or delete on application
    for each row execute function audit('id', 'application');
create trigger audit_payment after insert or update or delete on payment_order
    for each row execute function audit('id', 'payment');
create trigger audit_transfer after insert on ledger_transfer
    for each row execute function audit('id', 'transfer');
