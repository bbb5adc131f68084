-- The money core: accounts with summary rows, an append-only ledger of transfers,
-- payment orders and idempotency keys.

create table ledger_account (
    id                     bigint generated always as identity primary key,
    kind                   varchar(20)    not null,
    reference              varchar(120)   not null,
    name                   varchar(300)   not null,
    parent_id              bigint references ledger_account (id),
    payee_organisation_id  bigint references organisation (id),
    allocated              numeric(15, 2) not null default 0,
    committed              numeric(15, 2) not null default 0,
    paid                   numeric(15, 2) not null default 0,
    created_at             timestamptz    not null,
    unique (kind, reference),
    -- allocated = committed + available, committed = paid + still to pay; nothing below zero
    constraint ledger_account_amounts check (paid >= 0 and committed >= paid and allocated >= committed)
);
create index ledger_account_parent_idx on ledger_account (parent_id);

create table ledger_transfer (
    id                bigint generated always as identity primary key,
    kind              varchar(20)    not null,
    debit_account_id  bigint         not null references ledger_account (id),
    credit_account_id bigint         not null references ledger_account (id),
    amount            numeric(15, 2) not null check (amount > 0),
    reference         varchar(200)   not null,
    caused_by         varchar(100)   not null,
    occurred_at       timestamptz    not null,
    reverses_id       bigint unique references ledger_transfer (id),
    -- one business act moves money once: a retried job or a repeated command finds its transfer
    unique (kind, reference)
);
create index ledger_transfer_debit_idx on ledger_transfer (debit_account_id);
create index ledger_transfer_credit_idx on ledger_transfer (credit_account_id);

-- Entries are never updated or deleted: corrections are reversals.
create function ledger_transfer_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'ledger_transfer is append-only: % is not allowed (correct with a reversal)', tg_op
        using errcode = 'P0001';
end;
$$;
create trigger ledger_transfer_no_update before update or delete on ledger_transfer
    for each row execute function ledger_transfer_append_only();
create trigger ledger_transfer_no_truncate before truncate on ledger_transfer
    for each statement execute function ledger_transfer_append_only();

create table payment_order (
    id                  bigint generated always as identity primary key,
    account_id          bigint         not null references ledger_account (id),
    payee_name          varchar(300)   not null,
    iban                varchar(34)    not null,
    amount              numeric(15, 2) not null check (amount > 0),
    purpose             varchar(300)   not null,
    reference           varchar(120)   not null,
    status              varchar(20)    not null,
    batch_id            varchar(40),
    initiated_by        varchar(100)   not null,
    decided_by          varchar(100),
    decision_reason     varchar(500),
    transfer_id         bigint unique references ledger_transfer (id),
    created_at          timestamptz    not null,
    decided_at          timestamptz,
    paid_at             timestamptz,
    version             bigint         not null default 0,
    constraint payment_order_four_eyes check (decided_by is null or decided_by <> initiated_by)
);
create index payment_order_account_idx on payment_order (account_id, status);
create index payment_order_status_idx on payment_order (status, id);

create table idempotency_key (
    idempotency_key varchar(200)  not null,
    scope           varchar(200)  not null,
    request_hash    varchar(64)   not null,
    response_status integer,
    response_body   text,
    created_at      timestamptz   not null,
    primary key (idempotency_key, scope)
);

-- Backfill: programmes and published calls that exist before the ledger get their accounts and
-- transfers, as if they had been created and published with it.
insert into ledger_account (kind, reference, name, created_at)
values ('SOURCE', 'EU-BUDGET', 'EU budget', now());

insert into ledger_account (kind, reference, name, allocated, created_at)
select 'PROGRAMME', p.code, p.name, p.budget, p.created_at from programme p;

insert into ledger_transfer (kind, debit_account_id, credit_account_id, amount, reference, caused_by, occurred_at)
select 'FUNDING', s.id, a.id, a.allocated, 'programme:' || a.reference, 'migration', now()
from ledger_account a cross join ledger_account s
where a.kind = 'PROGRAMME' and s.kind = 'SOURCE';

insert into ledger_account (kind, reference, name, parent_id, allocated, committed, created_at)
select 'CALL', c.identifier, c.title, pa.id, c.budget,
       case when c.submission_model = 'MULTIPLE_CUTOFFS'
            then (select coalesce(sum(d.budget), 0) from call_deadline d where d.call_id = c.id) else 0 end,
       c.published_at
from call c
join programme p on p.id = c.programme_id
join ledger_account pa on pa.kind = 'PROGRAMME' and pa.reference = p.code
where c.published_at is not null;

update ledger_account pa set committed = (
    select coalesce(sum(ca.allocated), 0) from ledger_account ca where ca.parent_id = pa.id and ca.kind = 'CALL')
where pa.kind = 'PROGRAMME';

insert into ledger_transfer (kind, debit_account_id, credit_account_id, amount, reference, caused_by, occurred_at)
select 'ALLOCATION', ca.parent_id, ca.id, ca.allocated, 'call:' || ca.reference, 'migration', now()
from ledger_account ca where ca.kind = 'CALL';

insert into ledger_account (kind, reference, name, parent_id, allocated, created_at)
select 'CUTOFF', c.identifier || '#' || d.position, c.title || ' – cut-off ' || (d.position + 1), ca.id, d.budget,
       c.published_at
from call c
join call_deadline d on d.call_id = c.id
join ledger_account ca on ca.kind = 'CALL' and ca.reference = c.identifier
where c.submission_model = 'MULTIPLE_CUTOFFS' and d.budget is not null;

insert into ledger_transfer (kind, debit_account_id, credit_account_id, amount, reference, caused_by, occurred_at)
select 'ALLOCATION', co.parent_id, co.id, co.allocated, 'cutoff:' || co.reference, 'migration', now()
from ledger_account co where co.kind = 'CUTOFF';
