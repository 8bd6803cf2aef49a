-- Ideas and idea days (R-5.1, R-5.2; issue 11, section 1). A member posts an idea in a few lines for their
-- grassroots union, perhaps registered at one of the union's idea days; the support team takes it up (the one who
-- does becomes its mentor) or closes it with a reason; author and mentor shape it until it becomes an initiative
-- draft, linked here (initiative_id), the initiative module knowing nothing of ideas.
create table idea_day (
    id         bigserial primary key,
    unit_code  varchar(32)  not null references unit (code),
    name       varchar(300) not null,
    held_on    date         not null,
    place      varchar(500),
    created_by varchar(255) not null,
    created_at timestamptz  not null
);

create index idea_day_unit on idea_day (unit_code, held_on);

create table idea (
    id                  bigserial primary key,
    unit_code           varchar(32)  not null references unit (code),
    author_username     varchar(255) not null,
    title               varchar(300) not null,
    problem             varchar(4000) not null,
    proposal            varchar(8000) not null,
    idea_day_id         bigint references idea_day (id),
    status              varchar(32)  not null check (status in ('SUBMITTED', 'WITH_AUTHOR', 'WITH_MENTOR', 'DRAFTED', 'CLOSED')),
    mentor              varchar(255),
    -- The latest comment of the support team or the mentor, for the author to act on.
    comment             varchar(2000),
    closed_reason       varchar(2000),
    initiative_id       bigint references initiative (id) on delete set null,
    process_instance_id varchar(64),
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null
);

create index idea_unit on idea (unit_code, created_at desc);
create index idea_author on idea (author_username, created_at desc);
create index idea_mentor on idea (mentor) where mentor is not null;
