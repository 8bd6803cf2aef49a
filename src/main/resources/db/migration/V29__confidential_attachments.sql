-- Circular 18/2013 (Appendix I): a file of the dossier may be what the author asks to keep confidential, like the
-- application's confidential content; it then stays in the unit (InitiativeAccess).
alter table attachment add column confidential boolean not null default false;
