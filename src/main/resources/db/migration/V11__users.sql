-- User records: one person per issuer and subject (a token's iss + sub; without sub, the normalised
-- user name; demo users: issuer urn:grantflow:demo). The handle is the stable, unique name the rest of
-- the schema stores in its *_by / username / recipient columns (varchar(100)).
create table app_user (
    id           bigint generated always as identity primary key,
    issuer       varchar(500) not null,
    subject      varchar(255) not null,
    handle       varchar(100) not null,
    display_name varchar(200),
    email        varchar(254),
    language     varchar(35),
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null,
    constraint app_user_issuer_subject unique (issuer, subject),
    constraint app_user_handle unique (handle)
);
