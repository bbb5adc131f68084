-- "My applications" (GET /api/me/applications, /my/applications): the applications of the organisations a person
-- belongs to, newest first. The existing index on (grant_id, organisation_id, status) starts with the grant.
create index application_organisation_idx on application (organisation_id, submitted_at desc, id desc);
