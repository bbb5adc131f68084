-- Cascade funding: the open calls a consortium runs out of its grant's FSTP envelope, the SMEs'
-- applications (with ClusterXchange exchanges), their timelines, and per-user notifications (an outbox).

create table open_call (
    id                    bigint generated always as identity primary key,
    grant_id              bigint         not null references grant_agreement (id),
    title                 varchar(300)   not null,
    description           text,
    instrument            varchar(30)    not null,
    budget                numeric(15, 2) not null check (budget > 0),
    fixed_amount          numeric(15, 2) check (fixed_amount > 0),
    min_amount            numeric(15, 2) check (min_amount > 0),
    max_amount            numeric(15, 2) check (max_amount > 0),
    eligible_countries    varchar(2)[]   not null default '{}',
    sectors               varchar(40)[]  not null default '{}',
    activities            varchar(40)[]  not null default '{}',
    selection             varchar(30)    not null,
    waitlist              boolean        not null default false,
    opens_at              timestamptz    not null,
    closes_at             timestamptz    not null,
    first_tranche_percent numeric(5, 2)  not null check (first_tranche_percent >= 0 and first_tranche_percent <= 100),
    report_days           integer        not null check (report_days between 1 and 730),
    reminder_days         integer        not null check (reminder_days >= 0),
    max_per_third_party   numeric(15, 2) not null check (max_per_third_party > 0),
    de_minimis_cap        numeric(15, 2) check (de_minimis_cap > 0),
    applications_per_sme  integer        not null default 1 check (applications_per_sme >= 1),
    host_amounts          jsonb          not null default '{}',
    account_id            bigint         not null references ledger_account (id),
    created_by            varchar(100)   not null,
    created_at            timestamptz    not null,
    version               bigint         not null default 0,
    check (opens_at < closes_at)
);
create index open_call_grant_idx on open_call (grant_id);
create index open_call_deadline_idx on open_call (closes_at, id);

create table application (
    id                   bigint generated always as identity primary key,
    open_call_id         bigint         not null references open_call (id),
    grant_id             bigint         not null references grant_agreement (id),
    organisation_id      bigint         not null references organisation (id),
    applicant            varchar(100)   not null,
    requested            numeric(15, 2),
    awarded              numeric(15, 2),
    purpose              text           not null,
    sector               varchar(40),
    iban                 varchar(34)    not null,
    not_in_difficulty    boolean        not null,
    no_double_funding    boolean        not null,
    de_minimis_received  numeric(15, 2) not null default 0,
    visitor_name         varchar(200),
    visitor_id           varchar(100),
    host_organisation_id bigint references organisation (id),
    stay_from            date,
    stay_to              date,
    distance_km          integer,
    host_confirmed_at    timestamptz,
    host_confirmed_by    varchar(100),
    status               varchar(20)    not null,
    refusals             jsonb          not null default '[]',
    score                numeric(4, 1),
    award_account_id     bigint references ledger_account (id),
    first_order_id       bigint references payment_order (id),
    balance_order_id     bigint references payment_order (id),
    report               text,
    report_proof         varchar(500),
    reported_at          timestamptz,
    report_rejections    integer        not null default 0,
    report_due_at        timestamptz,
    overdue_at           timestamptz,
    decided_by           varchar(100),
    decided_at           timestamptz,
    submitted_at         timestamptz    not null,
    updated_at           timestamptz    not null,
    version              bigint         not null default 0
);
create index application_open_call_idx on application (open_call_id, status);
create index application_third_party_idx on application (grant_id, organisation_id, status);
create index application_applicant_idx on application (applicant, id);
-- ClusterXchange: each visitor takes part once; the checks refuse a second application, and this index
-- guards the awards themselves (a second award for one visitor cannot be written, even across grants)
create unique index application_visitor_once on application (lower(visitor_id))
    where visitor_id is not null and status in ('AWARDED', 'OVERDUE', 'REPORTED', 'REPORT_REJECTED', 'CLOSED');

create table application_event (
    id             bigint generated always as identity primary key,
    application_id bigint       not null references application (id),
    step           varchar(40)  not null,
    detail         text,
    actor          varchar(100),
    occurred_at    timestamptz  not null
);
create index application_event_idx on application_event (application_id, id);

create table notification (
    id         bigint generated always as identity primary key,
    recipient  varchar(100) not null,
    kind       varchar(40)  not null,
    subject    varchar(300) not null,
    body       text,
    reference  varchar(120),
    created_at timestamptz  not null,
    sent_at    timestamptz
);
create index notification_recipient_idx on notification (recipient, id);
create index notification_unsent_idx on notification (id) where sent_at is null;
