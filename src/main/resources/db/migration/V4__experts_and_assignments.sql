-- Independent experts, the pool of each call, and who evaluates which proposal.
create table expert (
    id              bigint generated always as identity primary key,
    username        varchar(100)  not null unique,
    name            varchar(300)  not null,
    nationality     varchar(2)    not null,
    organisation_id bigint references organisation (id),
    expertise       varchar(40)[] not null default '{}',
    created_at      timestamptz   not null
);

create table call_expert (
    call_id   bigint not null references call (id),
    expert_id bigint not null references expert (id),
    primary key (call_id, expert_id)
);

create table evaluation_assignment (
    id              bigint generated always as identity primary key,
    proposal_id     bigint       not null references proposal (id),
    expert_id       bigint       not null references expert (id),
    status          varchar(20)  not null,
    conflict_reason varchar(500),
    assigned_at     timestamptz  not null,
    declared_at     timestamptz,
    unique (proposal_id, expert_id)
);
create index evaluation_assignment_expert_idx on evaluation_assignment (expert_id, status);
