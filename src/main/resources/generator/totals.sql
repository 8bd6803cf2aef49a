-- The running totals of the published initiatives with ids ${first} to ${last} not counted yet, counted as
-- programme.RunningTotals counts each one: for its unit and every unit above it (R-4.3, R-7.1, R-1).
-- The platform's own counting (of the demo's uploads, just after its start) waits until this commits, then finds
-- its initiative counted: no deadlock between the two, and nothing counted twice.
lock table counted_initiative in exclusive mode;

create temporary table gen_counted on commit drop as
select i.id, c.code, i.phase_code as phase, i.recognition_date, i.kind, coalesce(i.benefit_vnd, 0) as benefit_vnd, i.portal_uploaded_at,
       person_key(i.credited_username, i.credited_name, i.credited_date_of_birth) as author,
       extract(year from i.portal_uploaded_at at time zone 'Asia/Ho_Chi_Minh')::int || '-Q'
           || extract(quarter from i.portal_uploaded_at at time zone 'Asia/Ho_Chi_Minh')::int as quarter
from initiative i
join unit g on g.code = i.unit_code
join unit d on d.code = g.parent_code
join unit l on l.code = d.parent_code
cross join lateral (values (g.code), (d.code), (l.code), (l.parent_code)) c(code)
where i.id between ${first} and ${last} and i.status = 'PUBLISHED'
  and not exists (select 1 from counted_initiative k where k.initiative_id = i.id);

insert into counted_initiative (initiative_id, counted_at, phase_code, recognition_date)
select distinct id, portal_uploaded_at, phase, recognition_date from gen_counted;

insert into unit_quarter_total (unit_code, quarter, initiative_count)
select code, quarter, count(*) from gen_counted group by code, quarter
on conflict (unit_code, quarter) do update set initiative_count = unit_quarter_total.initiative_count + excluded.initiative_count;

insert into unit_phase_kind_total (unit_code, phase_code, kind, initiative_count)
select code, phase, kind, count(*) from gen_counted where kind is not null group by code, phase, kind
on conflict (unit_code, phase_code, kind) do update set
    initiative_count = unit_phase_kind_total.initiative_count + excluded.initiative_count;

create temporary table gen_new_phase_author on commit drop as
with added as (
    insert into unit_phase_author (unit_code, phase_code, author)
    select distinct code, phase, author from gen_counted
    on conflict do nothing
    returning unit_code, phase_code
)
select unit_code, phase_code, count(*) as authors from added group by unit_code, phase_code;

insert into unit_phase_total (unit_code, phase_code, initiative_count, author_count, benefit_vnd)
select c.code, c.phase, count(*), coalesce(max(n.authors), 0), sum(c.benefit_vnd)
from gen_counted c left join gen_new_phase_author n on n.unit_code = c.code and n.phase_code = c.phase
group by c.code, c.phase
on conflict (unit_code, phase_code) do update set
    initiative_count = unit_phase_total.initiative_count + excluded.initiative_count,
    author_count = unit_phase_total.author_count + excluded.author_count,
    benefit_vnd = unit_phase_total.benefit_vnd + excluded.benefit_vnd;

create temporary table gen_new_programme_author on commit drop as
with added as (
    insert into unit_programme_author (unit_code, author)
    select distinct code, author from gen_counted
    on conflict do nothing
    returning unit_code
)
select unit_code, count(*) as authors from added group by unit_code;

insert into unit_programme_total (unit_code, initiative_count, author_count, benefit_vnd)
select c.code, count(*), coalesce(max(n.authors), 0), sum(c.benefit_vnd)
from gen_counted c left join gen_new_programme_author n on n.unit_code = c.code
group by c.code
on conflict (unit_code) do update set
    initiative_count = unit_programme_total.initiative_count + excluded.initiative_count,
    author_count = unit_programme_total.author_count + excluded.author_count,
    benefit_vnd = unit_programme_total.benefit_vnd + excluded.benefit_vnd;

