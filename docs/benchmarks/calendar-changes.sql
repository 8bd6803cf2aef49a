-- A calendar change checked against 2.5 million counted initiatives (R-6, CalendarChanges#refuseMovingCounted):
-- the tables as V2 and V27 leave them (the columns the query reads), 750,000 counted in phase 1 and 1,750,000 in
-- phase 2, their recognition dates spread evenly over each phase; then the query of CalendarChanges, for a change
-- that keeps the dates, one that ends phase 1 a day earlier (refused), one that ends phase 2 ten days later, and,
-- for comparison, the whole new range read for rows of other phases. docs/benchmarks/explain.md, "Calendar changes".
create table programme_phase (code varchar(32) primary key, name varchar(255) not null, qualifies_from date not null,
    qualifies_to date not null);
insert into programme_phase values ('PHASE_1', 'Đợt 1', '2021-09-01', '2022-05-31'), ('PHASE_2', 'Đợt 2', '2022-06-01', '2023-09-01');
create table counted_initiative (initiative_id bigint primary key, counted_at timestamptz not null, phase_code varchar(32),
    recognition_date date);
insert into counted_initiative
select g, now(), case when g <= 750000 then 'PHASE_1' else 'PHASE_2' end,
       case when g <= 750000 then date '2021-09-01' + (g % 273) else date '2022-06-01' + (g % 458) end
from generate_series(1, 2500000) g;
create index counted_initiative_phase_date on counted_initiative (phase_code, recognition_date);
create index counted_initiative_date_phase on counted_initiative (recognition_date, phase_code);
vacuum analyze counted_initiative;

\timing on
prepare moves(text, date, date, date, date, date, date) as
select k.phase_code, case when k.phase_code = $1 then p.code else $1 end, count(*)
from counted_initiative k
left join programme_phase p on k.phase_code = $1 and p.code <> $1
    and k.recognition_date between p.qualifies_from and p.qualifies_to
where (k.phase_code = $1 and k.recognition_date < $2)
   or (k.phase_code = $1 and k.recognition_date > $3)
   or (k.recognition_date between $4 and $5 and k.phase_code <> $1)
   or (k.recognition_date between $6 and $7 and k.phase_code <> $1)
group by 1, 2;
-- (a) phase 2, dates unchanged (a new name, window or target)
explain (analyze, buffers, costs off) execute moves('PHASE_2', '2022-06-01', '2023-09-01', '2022-06-01', '2022-05-31', '2023-09-02', '2023-09-01');
execute moves('PHASE_2', '2022-06-01', '2023-09-01', '2022-06-01', '2022-05-31', '2023-09-02', '2023-09-01');
-- (b) phase 1 ends a day earlier: refused
execute moves('PHASE_1', '2021-09-01', '2022-05-30', '2021-09-01', '2021-08-31', '2022-06-01', '2022-05-30');
explain (analyze, buffers, costs off) execute moves('PHASE_1', '2021-09-01', '2022-05-30', '2021-09-01', '2021-08-31', '2022-06-01', '2022-05-30');
-- (c) phase 2 ends ten days later
execute moves('PHASE_2', '2022-06-01', '2023-09-11', '2022-06-01', '2022-05-31', '2023-09-02', '2023-09-11');
-- (d) for comparison, the whole new range of phase 2 read for rows of other phases
select count(*) from counted_initiative k where (k.phase_code = 'PHASE_2' and k.recognition_date < '2022-06-01') or (k.phase_code = 'PHASE_2' and k.recognition_date > '2023-09-01') or (k.recognition_date between '2022-06-01' and '2023-09-01' and k.phase_code <> 'PHASE_2');
