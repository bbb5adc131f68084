-- Export results live in the database (issue 13): no file on a node's temporary directory, any node
-- serves any job, only the requester reads it, and a job is deleted with its content once it expires.
-- Jobs of the earlier version had their result in a file of one node: they cannot be served any more.
delete from export_job;

alter table export_job drop column file_path;
alter table export_job add column file_name    varchar(200);
alter table export_job add column content_type varchar(100);
alter table export_job add column size_bytes   bigint;
alter table export_job add column expires_at   timestamptz not null;

create index export_job_expires_at on export_job (expires_at);

-- The bytes of a finished export, in chunks written while the export streams (none held whole in memory).
create table export_job_chunk (
    job_id bigint  not null references export_job (id) on delete cascade,
    seq    integer not null,
    bytes  bytea   not null,
    primary key (job_id, seq)
);
