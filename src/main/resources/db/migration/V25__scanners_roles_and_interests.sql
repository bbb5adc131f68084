-- Reminders and scanners (docs/notifications.md, "Reminders and scanners").

-- The product roles a person had when last seen (the token's groups, or a demo user's role), written by the
-- users feature when it registers or updates the person: the scanners find the programme officers here.
alter table app_user add column roles text[] not null default '{}';
create index app_user_roles_idx on app_user using gin (roles);

-- What a person wants to hear about when an open call opens: countries (ISO codes), sectors (industrial
-- ecosystems), types of support (cascade's taxonomy). An empty list means "any".
create table notification_interest (
    handle        varchar(100) primary key,
    countries     text[]       not null default '{}',
    sectors       text[]       not null default '{}',
    support_types text[]       not null default '{}',
    updated_at    timestamptz  not null
);
