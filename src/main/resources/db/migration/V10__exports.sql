-- Export jobs (long exports run in the background and show their progress) and SEPA files (a
-- batch of payment orders is exported once; a re-export returns the stored file).
create table export_job (
    id          bigint generated always as identity primary key,
    kind        varchar(40)  not null,
    format      varchar(10)  not null,
    parameters  jsonb        not null default '{}',
    status      varchar(20)  not null,
    total_rows  bigint,
    done_rows   bigint       not null default 0,
    file_path   varchar(500),
    error       text,
    created_by  varchar(100) not null,
    created_at  timestamptz  not null,
    finished_at timestamptz
);

create table sepa_export (
    batch_id    varchar(40)    primary key,
    message_id  varchar(35)    not null unique,
    orders      integer        not null,
    control_sum numeric(17, 2) not null,
    document    text           not null,
    created_by  varchar(100)   not null,
    created_at  timestamptz    not null
);
