-- Indexes of the signed-in person's pages.
-- "My applications" (GET /api/me/applications, /my/applications): the applications of the organisations a person
-- belongs to, newest first. The existing index on (grant_id, organisation_id, status) starts with the grant.
create index application_organisation_idx on application (organisation_id, submitted_at desc, id desc);

-- "My organisations": the requests to join a person made that are still pending.
create index organisation_membership_request_username_idx on organisation_membership_request (username, id)
    where status = 'PENDING';
