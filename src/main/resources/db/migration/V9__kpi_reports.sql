-- Indicators a consortium reports per reporting period where the data cannot tell them; each
-- resubmission for a period is a new version, the latest counts.
create table kpi_report (
    id           bigint generated always as identity primary key,
    grant_id     bigint       not null references grant_agreement (id),
    period       integer      not null check (period between 1 and 20),
    version      integer      not null check (version >= 1),
    indicators   jsonb        not null,
    comment      text,
    submitted_by varchar(100) not null,
    submitted_at timestamptz  not null,
    unique (grant_id, period, version)
);

create trigger audit_kpi_report after insert or update or delete on kpi_report
    for each row execute function audit('id', 'kpi_report');
