-- R-4.3 (Reading: per phase and cumulative): the whole programme's running totals per unit, with the
-- distinct credited authors across all phases (an author active in both phases counts once).
create table unit_programme_total (
    unit_code        varchar(32) primary key references unit (code),
    initiative_count bigint      not null default 0,
    author_count     bigint      not null default 0,
    benefit_vnd      bigint      not null default 0
);

create table unit_programme_author (
    unit_code varchar(32)  not null,
    author    varchar(255) not null,
    primary key (unit_code, author)
);
