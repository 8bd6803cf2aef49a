-- R-7.3: the final review ranks the credited authors (R-2.4) of every published initiative per target group
-- (R-8). Counted once per published initiative, in the transaction that publishes it (initiative.CreditedAuthors),
-- like the other running totals: the Office's ranking reads the five first rows of each group by an index
-- instead of grouping a million initiatives with their contributors (3.3 s inside a request, issue 8).
-- A contributor is the credited author's row when their full names are equal; as the grouping it replaces,
-- an initiative whose credited name matches no contributor counts for nobody.
create table credited_author_total (
    target_group      varchar(32)  not null,
    credited_name     varchar(255) not null,
    -- '' for a credited author without an account
    credited_username varchar(255) not null,
    initiative_count  bigint       not null,
    benefit_vnd       bigint       not null,
    primary key (target_group, credited_name, credited_username)
);

create index credited_author_ranking on credited_author_total
    (target_group, initiative_count desc, benefit_vnd desc, credited_name, credited_username);

-- What was published before this migration: the same statement fills the table after a bulk load.
insert into credited_author_total (target_group, credited_name, credited_username, initiative_count, benefit_vnd)
select c.target_group, i.credited_name, coalesce(i.credited_username, ''), count(*), coalesce(sum(i.benefit_vnd), 0)
from initiative i
join contributor c on c.initiative_id = i.id and c.full_name = i.credited_name
where i.status = 'PUBLISHED'
group by c.target_group, i.credited_name, coalesce(i.credited_username, '');
