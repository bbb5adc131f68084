-- Evaluated open calls evaluated by a panel (docs/cascade.md#evaluated-open-calls): the open call's criteria and
-- terms, its pool of evaluators (consortium members or experts of the programme's pool), the evaluators'
-- assignments to applications with their scores (the lifecycle and scores of the programme's evaluation), the
-- consensus scores where the consortium records them, and the reserve list of the ranking.

create table open_call_criterion (
    open_call_id bigint         not null references open_call (id) on delete cascade,
    position     integer        not null,
    name         varchar(100)   not null,
    weight       numeric(5, 2)  not null check (weight > 0),
    threshold    numeric(3, 1)  not null check (threshold >= 0 and threshold <= 5),
    primary key (open_call_id, position),
    unique (open_call_id, name)
);

-- Null: no panel (first-come-first-served, or one consortium member decides each application).
alter table open_call add column panel_scoring varchar(20) check (panel_scoring in ('AVERAGE', 'CONSENSUS'));
alter table open_call add column overall_threshold numeric(7, 1);
alter table open_call add column evaluators_per_application integer
    check (evaluators_per_application between 1 and 5);
alter table open_call add column min_comment_length integer check (min_comment_length >= 0);

create table open_call_evaluator (
    id              bigint generated always as identity primary key,
    open_call_id    bigint        not null references open_call (id),
    username        varchar(100)  not null,
    kind            varchar(20)   not null check (kind in ('MEMBER', 'EXPERT')),
    expert_id       bigint        references expert (id),
    added_by        varchar(100)  not null,
    added_at        timestamptz   not null,
    unique (open_call_id, username)
);

create table application_assignment (
    id              bigint generated always as identity primary key,
    application_id  bigint        not null references application (id),
    open_call_id    bigint        not null references open_call (id),
    evaluator_id    bigint        not null references open_call_evaluator (id),
    status          varchar(20)   not null,
    conflict_reason varchar(500),
    assigned_at     timestamptz   not null,
    declared_at     timestamptz,
    saved_at        timestamptz,
    submitted_at    timestamptz,
    draft_version   integer       not null default 0,
    slot            integer       not null,
    unique (application_id, evaluator_id)
);
-- One evaluator per slot while active: two concurrent assignment runs cannot fill a slot twice.
create unique index application_assignment_active_slot on application_assignment (application_id, slot)
    where status <> 'CONFLICT_DECLARED';
create index application_assignment_evaluator_idx on application_assignment (evaluator_id, status);

create table application_score (
    assignment_id bigint        not null references application_assignment (id),
    criterion     varchar(100)  not null,
    score         numeric(2, 1) check (score >= 0 and score <= 5),
    comment       text,
    primary key (assignment_id, criterion)
);

create table application_consensus_score (
    application_id bigint        not null references application (id),
    criterion      varchar(100)  not null,
    score          numeric(2, 1) check (score >= 0 and score <= 5),
    comment        text,
    primary key (application_id, criterion)
);

-- Passed the thresholds but beyond the budget line: its place on the reserve list (1 first); null otherwise.
alter table application add column reserve_position integer check (reserve_position >= 1);
