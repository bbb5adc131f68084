-- The grant's life after signature (docs/grants.md): reporting periods, periodic and final reports, work packages of
-- lump-sum grants, and the settlement of each period (interim payment, or the balance, the SME-share reduction and a
-- recovery at closure).

-- The call's terms for its grants' reporting and payments.
alter table call
    add column reporting_period_months integer      not null default 18 check (reporting_period_months between 1 and 60),
    add column report_due_days         integer      not null default 60 check (report_due_days between 1 and 365),
    add column payment_days            integer      not null default 90 check (payment_days between 1 and 365),
    add column interim_ceiling_percent numeric(5, 2) not null default 90.00
        check (interim_ceiling_percent > 0 and interim_ceiling_percent <= 100);

-- A signed grant's start and reporting periods (from the call's terms at signature), and its end figures.
alter table grant_agreement
    add column start_date        date,
    add column reporting_periods jsonb         not null default '[]',
    add column final_amount      numeric(15, 2) check (final_amount >= 0),
    add column closed_at         timestamptz;

-- Grants signed before this migration get their periods as if the terms had been there at signature.
update grant_agreement g
   set start_date = (g.signed_at at time zone 'Europe/Brussels')::date
 where g.signed_at is not null;
update grant_agreement g
   set reporting_periods = (
       select jsonb_agg(jsonb_build_object(
                  'index', p.i,
                  'from', (g.start_date + make_interval(months => (p.i - 1) * c.reporting_period_months))::date,
                  'to', (g.start_date + make_interval(months => p.i * c.reporting_period_months) - interval '1 day')::date,
                  'reportDue', (g.start_date + make_interval(months => p.i * c.reporting_period_months)
                                - interval '1 day' + make_interval(days => c.report_due_days))::date,
                  'last', p.i = cardinality(c.interim_payment_percents) + 1) order by p.i)
         from call c, generate_series(1, cardinality(c.interim_payment_percents) + 1) as p(i)
        where c.id = g.call_id)
 where g.start_date is not null;

-- One version of the report of a period: a draft until submitted; a rejected version stays as it was and the
-- consortium corrects a new version. The last period's report is the final report.
create table grant_report (
    id                    bigint generated always as identity primary key,
    grant_id              bigint         not null references grant_agreement (id),
    period_index          integer        not null check (period_index > 0),
    version               integer        not null check (version > 0),
    final                 boolean        not null,
    status                varchar(30)    not null,
    technical             text,
    kpis                  jsonb          not null default '{}',
    costs                 jsonb          not null default '[]',
    other_costs           numeric(15, 2) not null default 0 check (other_costs >= 0),
    fstp_paid_to_date     numeric(15, 2) check (fstp_paid_to_date >= 0),
    fstp_costs            numeric(15, 2) check (fstp_costs >= 0),
    contribution          numeric(15, 2) check (contribution >= 0),
    created_by            varchar(100)   not null,
    created_at            timestamptz    not null,
    submitted_by          varchar(100),
    submitted_at          timestamptz,
    payment_due_on        date,
    suspended_at          timestamptz,
    suspended_days        integer        not null default 0,
    information_request   varchar(2000),
    information_answer    varchar(2000),
    decided_by            varchar(100),
    decided_at            timestamptz,
    decision_reason       varchar(2000),
    updated_at            timestamptz    not null,
    row_version           bigint         not null default 0,
    unique (grant_id, period_index, version)
);
create index grant_report_status_idx on grant_report (status);

-- A work package of a lump-sum grant: declared completed with its deliverables, accepted or rejected by an officer;
-- accepted, its amount is paid with the next payment of the grant.
create table grant_work_package (
    id               bigint generated always as identity primary key,
    grant_id         bigint         not null references grant_agreement (id),
    number           integer        not null check (number > 0),
    title            varchar(200)   not null,
    share            numeric(5, 2)  not null check (share > 0 and share <= 100),
    amount           numeric(15, 2) not null check (amount >= 0),
    status           varchar(20)    not null,
    summary          varchar(2000),
    declared_by      varchar(100),
    declared_at      timestamptz,
    decided_by       varchar(100),
    decided_at       timestamptz,
    decision_reason  varchar(2000),
    rejections       integer        not null default 0,
    paid_in_period   integer,
    row_version      bigint         not null default 0,
    unique (grant_id, number)
);

-- What a period's accepted report settled: the interim payment, or at closure the final grant amount, the SME-share
-- reduction and the balance or the recovery. Once per grant and period.
create table grant_settlement (
    id                     bigint generated always as identity primary key,
    grant_id               bigint         not null references grant_agreement (id),
    period_index           integer        not null,
    final                  boolean        not null,
    accepted_to_date       numeric(15, 2) not null,
    ceiling                numeric(15, 2) not null,
    paid_before            numeric(15, 2) not null,
    amount                 numeric(15, 2) not null check (amount >= 0),
    final_amount           numeric(15, 2),
    sme_support_paid       numeric(15, 2),
    sme_share_cap          numeric(15, 2),
    sme_share_reduction    numeric(15, 2),
    recovery               numeric(15, 2) check (recovery >= 0),
    recovery_due_on        date,
    released               numeric(15, 2),
    payment_order_id       bigint references payment_order (id),
    created_by             varchar(100)   not null,
    created_at             timestamptz    not null,
    unique (grant_id, period_index)
);

-- Whether the beneficiary of a cascade award was an SME when awarded (its computed category then): only support to
-- SMEs counts towards a grant's SME share at closure. Every award so far went to an SME (others were refused).
alter table application add column awarded_as_sme boolean;
update application set awarded_as_sme = true where award_account_id is not null;

create trigger audit_grant_report after insert or update or delete on grant_report
    for each row execute function audit('id', 'grant_report');
create trigger audit_work_package after insert or update or delete on grant_work_package
    for each row execute function audit('id', 'work_package');
create trigger audit_settlement after insert or update or delete on grant_settlement
    for each row execute function audit('id', 'settlement');

-- Lump-sum grants signed before this migration get their work packages from their payment schedule.
insert into grant_work_package (grant_id, number, title, share, amount, status)
select g.id, row_number() over (partition by g.id order by (e ->> 'number')::int),
       left(substr(e ->> 'trigger', strpos(e ->> 'trigger', ': ') + 2), 200), (e ->> 'percent')::numeric,
       (e ->> 'amount')::numeric, 'PLANNED'
  from grant_agreement g, jsonb_array_elements(g.payment_schedule) e
 where g.signed_at is not null and e ->> 'kind' = 'WORK_PACKAGE';
