-- Documents (docs/documents.md): files uploaded to an owning object (a proposal, an SME's application; later a
-- report or a work package), kept in the database in chunks so that no request holds a whole file in memory.
-- A document never changes: its content, hash and size are written once; a new file is a new document.
-- Uploads enter the audit trail by the trigger on document, downloads by the trigger on document_download
-- (one row per download, recorded in the document's own chain: object document:{id}).

create table document (
    id           bigint generated always as identity primary key,
    owner_type   varchar(40)  not null,
    owner_id     bigint       not null,
    file_name    varchar(200) not null,
    media_type   varchar(120) not null,
    size_bytes   bigint       not null check (size_bytes > 0),
    sha256       varchar(64)  not null check (sha256 ~ '^[0-9a-f]{64}$'),
    chunk_count  integer      not null check (chunk_count > 0),
    uploaded_by  varchar(100) not null,
    uploaded_at  timestamptz  not null
);
create index document_owner_idx on document (owner_type, owner_id, uploaded_at, id);

create table document_chunk (
    document_id bigint  not null references document (id),
    seq         integer not null check (seq >= 0),
    bytes       bytea   not null,
    primary key (document_id, seq)
);
-- the content is stored apart (out of line, no compression attempt: the allowed types are mostly compressed)
alter table document_chunk alter column bytes set storage external;

create table document_download (
    id             bigint generated always as identity primary key,
    document_id    bigint       not null references document (id),
    downloaded_by  varchar(100) not null,
    downloaded_at  timestamptz  not null
);
create index document_download_document_idx on document_download (document_id);

-- immutable: a document's row and its chunks are never updated, nor are downloads
create function document_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'documents are immutable (% on % refused)', TG_OP, TG_TABLE_NAME;
end
$$;
create trigger document_no_update before update on document
    for each row execute function document_immutable();
create trigger document_chunk_no_update before update on document_chunk
    for each row execute function document_immutable();
create trigger document_download_no_update before update or delete on document_download
    for each row execute function document_immutable();

create trigger audit_document after insert or delete on document
    for each row execute function audit('id', 'document');
create trigger audit_document_download after insert on document_download
    for each row execute function audit('document_id', 'document');
