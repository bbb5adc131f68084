-- Programmes and calls. The application's tables live in the schema "grantflow";
-- the workflow engine keeps its ACT_* tables in "public".

create table programme (
    id          bigint generated always as identity primary key,
    code        varchar(64)    not null unique,
    name        varchar(300)   not null,
    budget      numeric(15, 2) not null check (budget > 0),
    illustrative boolean       not null default false,
    created_at  timestamptz    not null default now()
);

create table call (
    id                      bigint generated always as identity primary key,
    identifier              varchar(64)    not null unique,
    title                   varchar(300)   not null,
    description             text,
    programme_id            bigint         not null references programme (id),
    action_type             varchar(40)    not null,
    budget                  numeric(15, 2) not null check (budget > 0),
    expected_grants         integer check (expected_grants > 0),
    min_grant               numeric(15, 2) check (min_grant >= 0),
    max_grant               numeric(15, 2) check (max_grant > 0),
    fstp_funding_rate       numeric(5, 2)  not null check (fstp_funding_rate > 0 and fstp_funding_rate <= 100),
    other_funding_rate      numeric(5, 2)  not null check (other_funding_rate > 0 and other_funding_rate <= 100),
    opens_at                timestamptz    not null,
    submission_model        varchar(20)    not null,
    final_deadline          timestamptz    not null,
    min_partners            integer        not null check (min_partners >= 1),
    min_countries           integer        not null check (min_countries >= 1),
    eligible_countries      varchar(2)[]   not null default '{}',
    required_org_types      jsonb          not null default '[]',
    required_countries      jsonb          not null default '[]',
    overall_threshold       numeric(5, 1)  not null check (overall_threshold >= 0),
    tie_break               varchar(100)[] not null default '{}',
    min_sme_share           numeric(5, 2)  not null check (min_sme_share >= 0 and min_sme_share <= 100),
    max_per_third_party     numeric(15, 2) not null check (max_per_third_party > 0),
    value_chains            varchar(40)[]  not null default '{}',
    activities              varchar(40)[]  not null default '{}',
    illustrative            boolean        not null default false,
    published_at            timestamptz,
    opened_at               timestamptz,
    closed_at               timestamptz,
    created_by              varchar(100)   not null,
    created_at              timestamptz    not null,
    updated_at              timestamptz    not null,
    version                 bigint         not null default 0,
    check (min_grant is null or max_grant is null or min_grant <= max_grant)
);
create index call_programme_idx on call (programme_id);
create index call_final_deadline_idx on call (final_deadline, identifier);

create table call_deadline (
    call_id     bigint         not null references call (id) on delete cascade,
    position    integer        not null,
    label       varchar(100)   not null,
    deadline_at timestamptz    not null,
    budget      numeric(15, 2) check (budget > 0),
    primary key (call_id, position)
);

create table call_criterion (
    call_id     bigint         not null references call (id) on delete cascade,
    position    integer        not null,
    name        varchar(100)   not null,
    weight      numeric(5, 2)  not null check (weight > 0),
    threshold   numeric(3, 1)  not null check (threshold >= 0 and threshold <= 5),
    primary key (call_id, position),
    unique (call_id, name)
);

-- What the call-lifecycle process did, once each: the unique index makes a retried job harmless.
create table call_lifecycle_event (
    id             bigint generated always as identity primary key,
    call_id        bigint      not null references call (id),
    event          varchar(20) not null,
    deadline_index integer,
    occurred_at    timestamptz not null
);
create unique index call_lifecycle_event_once
    on call_lifecycle_event (call_id, event, deadline_index) nulls not distinct;

-- Demo data is seeded once; this row says it was.
create table demo_seed (
    id        integer primary key check (id = 1),
    seeded_at timestamptz not null
);
