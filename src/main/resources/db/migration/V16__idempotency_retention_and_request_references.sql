-- Idempotency-Keys expire (grantflow.idempotency.retention) and a job deletes them by age.
create index idempotency_key_created_at_idx on idempotency_key (created_at);

-- A money-moving command names what it creates after the request (a hash of its Idempotency-Key,
-- scope and body): a resend after the key has expired finds the order or application it made
-- instead of making a second one. Commitments and open calls carry the same name in their ledger
-- account's reference. Orders and applications made without a key (by processes) have none.
alter table payment_order add column request_reference varchar(64);
create unique index payment_order_request_reference_idx on payment_order (request_reference);

alter table application add column request_reference varchar(64);
create unique index application_request_reference_idx on application (request_reference);
