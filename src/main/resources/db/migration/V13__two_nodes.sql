-- Two application nodes or more on this database (docs/architecture.md, Production topology).
--
-- The pages' login sessions (Spring Session JDBC, the schema of spring-session-jdbc 3.5 for PostgreSQL), so
-- that any application node serves a signed-in user's next request: the security context, the Keycloak
-- tokens of the login, the CSRF token and the page to return to after sign-in. Expired sessions are deleted
-- by every node's cleanup query (spring.session.jdbc.cleanup-cron); deleting a row twice does no harm.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);

-- Work a schedule starts on every node that is to be done once for the whole platform (system.ScheduledRuns):
-- per task, the slot of time it last ran for; the node whose upsert moves the slot forward does the work.
create table scheduled_run (
    task       varchar(64) primary key,
    slot       timestamptz not null,
    claimed_at timestamptz not null
);
