-- Spring Modulith's event publication registry (the schema of spring-modulith-events-jdbc 1.4 for
-- PostgreSQL): a publication stays here until its listener has handled it, so an event published in a
-- committed transaction is not lost when the listener fails or the platform stops before it ran.
create table event_publication (
    id               uuid                     not null primary key,
    listener_id      text                     not null,
    event_type       text                     not null,
    serialized_event text                     not null,
    publication_date timestamp with time zone not null,
    completion_date  timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

-- The initiatives the running totals have counted (R-4): the totals are counted after the upload's commit,
-- from the registry, and a publication handed over again after a restart must not count twice.
create table counted_initiative (
    initiative_id bigint      primary key,
    counted_at    timestamptz not null
);

insert into counted_initiative (initiative_id, counted_at)
select id, coalesce(portal_uploaded_at, now()) from initiative where status = 'PUBLISHED';
