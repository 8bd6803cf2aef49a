-- Published initiatives per unit, phase and kind (R-1), kept like the other running totals: for the
-- initiative's unit and every unit above it, counted once per published initiative. The dashboards of a
-- province or of VGCL read one row per kind instead of counting a subtree of a million initiatives.
create table unit_phase_kind_total (
    unit_code        varchar(32) not null references unit (code),
    phase_code       varchar(32) not null references programme_phase (code),
    kind             varchar(32) not null,
    initiative_count bigint      not null default 0,
    primary key (unit_code, phase_code, kind)
);

insert into unit_phase_kind_total (unit_code, phase_code, kind, initiative_count)
with recursive chain (initiative_id, code) as (
    select i.id, i.unit_code from initiative i
    where i.status = 'PUBLISHED' and i.kind is not null and i.phase_code is not null
    union all
    select c.initiative_id, u.parent_code from chain c join unit u on u.code = c.code
    where u.parent_code is not null
)
select c.code, i.phase_code, i.kind, count(*)
from chain c join initiative i on i.id = c.initiative_id
group by c.code, i.phase_code, i.kind;
