-- Organisations (with the figures the SME category is computed from) and their members.
create table organisation (
    id                  bigint generated always as identity primary key,
    pic                 varchar(20)    not null unique,
    legal_name          varchar(300)   not null,
    country             varchar(2)     not null,
    type                varchar(40)    not null,
    staff_headcount     numeric(10, 2) check (staff_headcount >= 0),
    annual_turnover     numeric(15, 2) check (annual_turnover >= 0),
    balance_sheet_total numeric(15, 2) check (balance_sheet_total >= 0),
    related_enterprises jsonb          not null default '[]',
    sme_category        varchar(20)    not null,
    created_by          varchar(100)   not null,
    created_at          timestamptz    not null,
    version             bigint         not null default 0
);

create table organisation_member (
    organisation_id bigint       not null references organisation (id),
    username        varchar(100) not null,
    primary key (organisation_id, username)
);
create index organisation_member_user_idx on organisation_member (username);

-- Proposals: the current (editable) content, the submitted versions, and the timeline.
create table proposal (
    id                     bigint generated always as identity primary key,
    call_id                bigint         not null references call (id),
    coordinator_id         bigint         not null references organisation (id),
    stage                  integer        not null check (stage in (1, 2)),
    deadline_index         integer        not null,
    acronym                varchar(40)    not null,
    title                  varchar(300)   not null,
    abstract               text,
    tags                   varchar(40)[]  not null default '{}',
    status                 varchar(20)    not null,
    requested_contribution numeric(15, 2) not null,
    planned_sme_support    numeric(15, 2) not null,
    current_version        integer        not null default 0,
    created_by             varchar(100)   not null,
    created_at             timestamptz    not null,
    updated_at             timestamptz    not null,
    submitted_at           timestamptz,
    withdrawn_at           timestamptz,
    version                bigint         not null default 0
);
create index proposal_call_idx on proposal (call_id, status);

create table proposal_partner (
    proposal_id     bigint         not null references proposal (id) on delete cascade,
    position        integer        not null,
    organisation_id bigint         not null references organisation (id),
    role            varchar(20)    not null,
    personnel       numeric(15, 2) not null default 0 check (personnel >= 0),
    travel          numeric(15, 2) not null default 0 check (travel >= 0),
    subcontracting  numeric(15, 2) not null default 0 check (subcontracting >= 0),
    other_direct    numeric(15, 2) not null default 0 check (other_direct >= 0),
    fstp            numeric(15, 2) not null default 0 check (fstp >= 0),
    indirect        numeric(15, 2) not null default 0 check (indirect >= 0),
    primary key (proposal_id, position)
);
create index proposal_partner_org_idx on proposal_partner (organisation_id);

create table proposal_work_package (
    proposal_id     bigint        not null references proposal (id) on delete cascade,
    position        integer       not null,
    title           varchar(300)  not null,
    lump_sum_share  numeric(5, 2) check (lump_sum_share > 0 and lump_sum_share <= 100),
    primary key (proposal_id, position)
);

-- Every submitted version, kept; a repeated submit of unchanged content adds none.
create table proposal_version (
    proposal_id            bigint         not null references proposal (id),
    number                 integer        not null,
    content                jsonb          not null,
    content_hash           varchar(64)    not null,
    requested_contribution numeric(15, 2) not null,
    planned_sme_support    numeric(15, 2) not null,
    submitted_by           varchar(100)   not null,
    submitted_at           timestamptz    not null,
    primary key (proposal_id, number)
);

create table proposal_event (
    id          bigint generated always as identity primary key,
    proposal_id bigint       not null references proposal (id),
    step        varchar(40)  not null,
    detail      text,
    actor       varchar(100),
    occurred_at timestamptz  not null
);
create index proposal_event_idx on proposal_event (proposal_id, id);
