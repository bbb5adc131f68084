-- Calls for service providers and in-kind support paid to providers (issue: in-kind coaching).
-- A provider call selects the providers of a service (coaching, mentoring...) for a grant's consortium; it
-- commits no money: a selected provider joins the grant's roster with its day rate and capacity in days.
create table provider_call (
    id                bigserial      primary key,
    grant_id          bigint         not null references grant_agreement (id),
    title             varchar(300)   not null,
    description       text,
    service           varchar(40)    not null,
    max_day_rate      numeric(15, 2) not null check (max_day_rate > 0),
    provider_types    varchar(40)[]  not null,
    selection         varchar(40)    not null,
    opens_at          timestamptz    not null,
    closes_at         timestamptz    not null check (closes_at > opens_at),
    created_by        varchar(200)   not null,
    created_at        timestamptz    not null,
    request_reference varchar(300)   unique
);
create index provider_call_grant_idx on provider_call (grant_id);

-- A provider's offer to a provider call; SELECTED offers are the grant's provider roster. What in-kind awards
-- have reserved of its capacity never exceeds it (days_awarded <= capacity_days, also under concurrency).
create table provider_offer (
    id                bigserial      primary key,
    provider_call_id  bigint         not null references provider_call (id),
    grant_id          bigint         not null references grant_agreement (id),
    organisation_id   bigint         not null references organisation (id),
    applicant         varchar(200)   not null,
    request_reference varchar(300)   unique,
    day_rate          numeric(15, 2) not null check (day_rate > 0),
    capacity_days     integer        not null check (capacity_days > 0),
    days_awarded      integer        not null default 0 check (days_awarded >= 0 and days_awarded <= capacity_days),
    languages         varchar(8)[]   not null default '{}',
    description       text           not null,
    iban              varchar(34)    not null,
    status            varchar(40)    not null,
    refusals          jsonb          not null default '[]',
    decided_by        varchar(200),
    decided_at        timestamptz,
    decision_reason   varchar(500),
    submitted_at      timestamptz    not null,
    version           bigint         not null default 0
);
create index provider_offer_roster_idx on provider_offer (grant_id, status);

-- An open call in kind by days: the SME asks for days of this service (at most in_kind_max_days); on award a
-- roster provider is named and the award is worth days x its day rate (capped by max_amount), paid to it.
alter table open_call add column in_kind_service varchar(40);
alter table open_call add column in_kind_max_days integer check (in_kind_max_days > 0);
alter table application add column days integer check (days > 0);

-- The in-kind award of an application: the provider, the days and their value (the award's amount, support to
-- the SME), the days delivered as reported and confirmed, and what was ordered to the provider.
create table in_kind_award (
    application_id        bigint         primary key references application (id),
    grant_id              bigint         not null references grant_agreement (id),
    provider_offer_id     bigint         not null references provider_offer (id),
    days                  integer        not null check (days > 0),
    day_rate              numeric(15, 2) not null check (day_rate > 0),
    value                 numeric(15, 2) not null check (value > 0),
    delivered_days        integer        check (delivered_days >= 0 and delivered_days <= days),
    delivery_reported_by  varchar(200),
    delivery_reported_at  timestamptz,
    delivery_confirmed_by varchar(200),
    delivery_confirmed_at timestamptz,
    paid_to_provider      numeric(15, 2) check (paid_to_provider >= 0 and paid_to_provider <= value),
    payment_order_id      bigint,
    released              numeric(15, 2),
    version               bigint         not null default 0
);
create index in_kind_award_grant_idx on in_kind_award (grant_id);
create index in_kind_award_provider_idx on in_kind_award (provider_offer_id);
-- the offer named by the consortium before its decision (evaluated in-kind open calls)
alter table application add column provider_offer_id bigint references provider_offer (id);
