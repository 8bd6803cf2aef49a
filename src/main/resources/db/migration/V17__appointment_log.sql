-- R-5.1: every appointment to a role in a unit and every removal, who made it and when (issue 9).
create table appointment_log (
    id bigserial primary key,
    unit_code varchar(32) not null,
    role varchar(32) not null,
    username varchar(255) not null,
    action varchar(16) not null check (action in ('appointed', 'removed')),
    actor varchar(255) not null,
    at timestamptz not null default now()
);

create index appointment_log_unit on appointment_log (unit_code, at);
