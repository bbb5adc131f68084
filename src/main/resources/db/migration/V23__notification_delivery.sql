-- Notifications become a transactional outbox that the mail sender drains (docs/notifications.md).
-- A row is written in the transaction of its event; its texts are rendered from the kind's templates in
-- the recipient's language when mailed or shown, from `params` (the English subject and body stay, for the API).
alter table notification add column params jsonb not null default '{}'::jsonb;
-- An event that must reach a person once (a deadline reminder): the scanner's key, unique.
alter table notification add column dedup_key varchar(200);
-- PENDING: to mail; SENT: mailed (sent_at, message_id); DIGEST: waits for the daily digest; OFF: the person
-- switched e-mail off for the kind; NO_ADDRESS: no e-mail address known; FAILED: gave up after the retries.
-- Rows written before mail was sent are SKIPPED (nobody is mailed about the past).
alter table notification add column mail_state varchar(12) not null default 'SKIPPED';
alter table notification alter column mail_state set default 'PENDING';
alter table notification add column attempts integer not null default 0;
alter table notification add column next_attempt_at timestamptz;
alter table notification add column last_error varchar(500);
alter table notification add column message_id varchar(200);
alter table notification add constraint notification_mail_state check
    (mail_state in ('PENDING', 'SENT', 'DIGEST', 'OFF', 'NO_ADDRESS', 'FAILED', 'SKIPPED'));
create unique index notification_dedup_idx on notification (dedup_key) where dedup_key is not null;
drop index notification_unsent_idx;
create index notification_mail_due_idx on notification (id) where mail_state = 'PENDING';
create index notification_digest_idx on notification (recipient, id) where mail_state = 'DIGEST';

-- What a person wants by e-mail, per kind of event: NOW (one mail each), DIGEST (one mail a day), OFF.
-- No row: NOW. In-app notifications are always written.
create table notification_preference (
    handle     varchar(100) not null,
    kind       varchar(40)  not null,
    email      varchar(10)  not null check (email in ('NOW', 'DIGEST', 'OFF')),
    updated_at timestamptz  not null,
    primary key (handle, kind)
);

-- The language a person chose for messages (en, fr, de); no row: the identity provider's locale, else English.
create table notification_profile (
    handle     varchar(100) primary key,
    language   varchar(2)  not null check (language in ('en', 'fr', 'de')),
    updated_at timestamptz not null
);
