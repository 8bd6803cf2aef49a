-- The certificates the platform issues (issue 10, section 2): the initiative's certificate once the council has
-- recognised it, the commendation's once an award is granted. Each has a random verification code that a public
-- page checks; it is issued once per initiative and kind and reissued with the same code. What the public page
-- shows is written here as it was issued (title, unit, award), so that checking a code reads no other module's
-- table and never the initiative's confidential content.
create table issued_document (
    id               bigserial primary key,
    kind             varchar(32)   not null check (kind in ('INITIATIVE_CERTIFICATE', 'COMMENDATION_CERTIFICATE')),
    initiative_id    bigint        not null references initiative (id),
    commendation_id  bigint        references commendation (id),
    code             varchar(32)   not null unique,
    issued_at        timestamptz   not null,
    issued_to        varchar(2000) not null,
    issued_by        varchar(255)  not null,
    title            varchar(500)  not null,
    -- The unit that issued it: the initiative's own for its certificate, the granting unit for a commendation's.
    unit_name        varchar(500)  not null,
    recognition_date date          not null,
    award            varchar(32),
    unique (kind, initiative_id),
    check ((kind = 'COMMENDATION_CERTIFICATE') = (commendation_id is not null and award is not null))
);
