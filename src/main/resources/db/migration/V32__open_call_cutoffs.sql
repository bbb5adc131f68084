-- Open calls with cut-offs (docs/cascade.md#cut-offs): several closing dates, each with its budget and selection.
-- Each cut-off holds its budget in a CUTOFF ledger account under the open call's account, allocated when the open
-- call is created; unused budget moves to the next cut-off only by the consortium's carry-over (a CARRY_OVER
-- transfer). An open call without rows here has one window, as before.
create table open_call_cutoff (
    id           bigint generated always as identity primary key,
    open_call_id bigint         not null references open_call (id),
    idx          integer        not null check (idx >= 0 and idx < 12),
    closes_at    timestamptz    not null,
    budget       numeric(15, 2) not null check (budget > 0),
    selection    varchar(30)    not null,
    account_id   bigint         not null references ledger_account (id),
    unique (open_call_id, idx)
);

-- The cut-off an application was submitted in (null: its open call has none); its award is committed from that
-- cut-off's account.
alter table application add column cutoff_index integer check (cutoff_index >= 0);
create index application_cutoff on application (open_call_id, cutoff_index, status) where cutoff_index is not null;
