-- Documents (docs/documents.md): the owner's version a document was added to, when the owner has versions. A
-- proposal: how many versions had been submitted when it was uploaded (0: before the first submission), since a
-- proposal takes documents as long as it may be changed and resubmitted before its deadline. Null for owners
-- without versions (an application; a report version is an owner of its own). Written once, as the whole row.
alter table document add column owner_version integer check (owner_version >= 0);
