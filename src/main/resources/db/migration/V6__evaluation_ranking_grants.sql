-- Evaluation parameters and grant terms of a call; the evaluation of each proposal (individual
-- evaluations in slots, consensus), rankings, and grants with their ledger accounts.

alter table call add column experts_per_proposal integer not null default 3
    check (experts_per_proposal between 1 and 10);
alter table call add column min_comment_length integer not null default 10
    check (min_comment_length between 0 and 2000);
alter table call add column evaluation_days integer not null default 14
    check (evaluation_days between 1 and 365);
alter table call add column reminder_days integer not null default 3
    check (reminder_days >= 0);
alter table call add column stage1_threshold numeric(3, 1) not null default 4
    check (stage1_threshold >= 0 and stage1_threshold <= 5);
alter table call add column stage2_invitation_multiple numeric(4, 2) not null default 3
    check (stage2_invitation_multiple >= 1);
alter table call add column pre_financing_percent numeric(5, 2) not null default 40
    check (pre_financing_percent >= 0 and pre_financing_percent <= 100);
alter table call add column interim_payment_percents numeric(5, 2)[] not null default '{30.00}';

-- Each proposal has N evaluation slots; a replacement after a declared conflict takes the slot over.
alter table evaluation_assignment add column slot integer;
update evaluation_assignment a set slot = s.n
  from (select id, row_number() over (partition by proposal_id order by id) - 1 as n
          from evaluation_assignment where status <> 'CONFLICT_DECLARED') s
 where a.id = s.id;
update evaluation_assignment set slot = -1 where slot is null;
alter table evaluation_assignment alter column slot set not null;
create unique index evaluation_assignment_active_slot on evaluation_assignment (proposal_id, slot)
    where status <> 'CONFLICT_DECLARED';
alter table evaluation_assignment add column reminded_at timestamptz;
alter table evaluation_assignment add column escalated_at timestamptz;

create table proposal_evaluation (
    proposal_id         bigint        primary key references proposal (id),
    call_id             bigint        not null references call (id),
    deadline_index      integer       not null,
    experts_required    integer       not null check (experts_required between 1 and 10),
    status              varchar(20)   not null,
    started_at          timestamptz   not null,
    due_at              timestamptz   not null,
    reminder_at         timestamptz   not null,
    consensus_opened_at timestamptz,
    rapporteur          varchar(100),
    agreed_at           timestamptz,
    total               numeric(8, 3),
    version             bigint        not null default 0
);
create index proposal_evaluation_call_idx on proposal_evaluation (call_id, deadline_index, status);

create table consensus_score (
    proposal_id bigint        not null references proposal_evaluation (proposal_id),
    criterion   varchar(100)  not null,
    score       numeric(2, 1) check (score >= 0 and score <= 5),
    comment     text,
    primary key (proposal_id, criterion)
);

create table ranking (
    id                  bigint generated always as identity primary key,
    call_id             bigint         not null references call (id),
    deadline_index      integer        not null,
    stage               integer        not null,
    budget              numeric(15, 2) not null,
    invitation_multiple numeric(4, 2),
    computed_at         timestamptz    not null,
    computed_by         varchar(100)   not null,
    awarded_at          timestamptz,
    awarded_by          varchar(100),
    unique (call_id, deadline_index)
);

create table ranking_entry (
    ranking_id    bigint         not null references ranking (id) on delete cascade,
    proposal_id   bigint         not null references proposal (id),
    position      integer,
    outcome       varchar(20)    not null,
    total         numeric(8, 3)  not null,
    scores        jsonb          not null,
    requested     numeric(15, 2) not null,
    running_total numeric(17, 2),
    tie_break     text,
    reasons       jsonb          not null default '[]',
    primary key (ranking_id, proposal_id)
);
create index ranking_entry_position_idx on ranking_entry (ranking_id, position);

create table grant_agreement (
    id                     bigint generated always as identity primary key,
    number                 varchar(40)    not null unique,
    proposal_id            bigint         not null unique references proposal (id),
    call_id                bigint         not null references call (id),
    deadline_index         integer        not null,
    coordinator_id         bigint         not null references organisation (id),
    beneficiaries          bigint[]       not null,
    acronym                varchar(40)    not null,
    max_contribution       numeric(15, 2) not null check (max_contribution > 0),
    fstp_envelope          numeric(15, 2) not null check (fstp_envelope >= 0),
    min_sme_share          numeric(5, 2)  not null,
    payment_schedule       jsonb          not null,
    status                 varchar(20)    not null,
    from_reserve           boolean        not null default false,
    account_id             bigint         not null references ledger_account (id),
    envelope_account_id    bigint         references ledger_account (id),
    pre_financing_order_id bigint         references payment_order (id),
    offered_at             timestamptz    not null,
    offered_by             varchar(100)   not null,
    signed_at              timestamptz,
    signed_by              varchar(100),
    ended_at               timestamptz,
    ended_by               varchar(100),
    end_reason             varchar(500),
    version                bigint         not null default 0
);
create index grant_agreement_call_idx on grant_agreement (call_id, status);
create index grant_agreement_coordinator_idx on grant_agreement (coordinator_id);

-- Grant numbers in the Commission's style: 101 followed by six digits.
create sequence grant_number_seq start 1;
