-- An organisation's type and PIC are claims an officer validates (who and when); until then a rule
-- that needs the type does not count it. Existing organisations start unvalidated.
alter table organisation add column validated_by varchar(100);
alter table organisation add column validated_at timestamptz;
alter table organisation add constraint organisation_validation_whole
    check ((validated_by is null) = (validated_at is null));

-- Joining an existing organisation: a user asks, a member or an officer approves or rejects.
create table organisation_membership_request (
    id              bigint generated always as identity primary key,
    organisation_id bigint       not null references organisation (id),
    username        varchar(100) not null,
    status          varchar(20)  not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    requested_at    timestamptz  not null,
    decided_by      varchar(100),
    decided_at      timestamptz,
    version         bigint       not null default 0
);
-- at most one open request per user and organisation
create unique index organisation_membership_request_pending_idx
    on organisation_membership_request (organisation_id, username) where status = 'PENDING';
create index organisation_membership_request_org_idx on organisation_membership_request (organisation_id, id);
