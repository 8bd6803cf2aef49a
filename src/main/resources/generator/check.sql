-- The check of the national data set (README "National data set"): each line a fact counted twice, once as
-- stored and once recomputed from the rows it stands for; the generator fails when the two differ.
with recursive chain (initiative_id, code) as (
    select i.id, i.unit_code from initiative i where i.status = 'PUBLISHED'
    union all
    select c.initiative_id, u.parent_code from chain c join unit u on u.code = c.code where u.parent_code is not null
), counted as (
    select c.code, i.phase_code, i.kind, coalesce(i.benefit_vnd, 0) as benefit_vnd,
           person_key(i.credited_username, i.credited_name, i.credited_date_of_birth) as author,
           extract(year from i.portal_uploaded_at at time zone 'Asia/Ho_Chi_Minh')::int || '-Q'
               || extract(quarter from i.portal_uploaded_at at time zone 'Asia/Ho_Chi_Minh')::int as quarter
    from chain c join initiative i on i.id = c.initiative_id
), phase_totals as (
    select code, phase_code, count(*) as initiatives, count(distinct author) as authors, sum(benefit_vnd) as benefit
    from counted group by code, phase_code
), programme_totals as (
    select code, count(*) as initiatives, count(distinct author) as authors, sum(benefit_vnd) as benefit
    from counted group by code
)
select 'unit_phase_total rows that differ from the published initiatives' as fact, 0::bigint as expected, count(*) as actual
from phase_totals r full join unit_phase_total t on t.unit_code = r.code and t.phase_code = r.phase_code
where r.initiatives is distinct from t.initiative_count or r.authors is distinct from t.author_count
   or r.benefit is distinct from t.benefit_vnd
union all
select 'unit_programme_total rows that differ from the published initiatives', 0, count(*)
from programme_totals r full join unit_programme_total t on t.unit_code = r.code
where r.initiatives is distinct from t.initiative_count or r.authors is distinct from t.author_count
   or r.benefit is distinct from t.benefit_vnd
union all
select 'unit_phase_kind_total rows that differ from the published initiatives', 0, count(*)
from (select code, phase_code, kind, count(*) as n from counted where kind is not null group by code, phase_code, kind) r
full join unit_phase_kind_total t on t.unit_code = r.code and t.phase_code = r.phase_code and t.kind = r.kind
where r.n is distinct from t.initiative_count
union all
select 'unit_quarter_total rows that differ from the published initiatives', 0, count(*)
from (select code, quarter, count(*) as n from counted group by code, quarter) r
full join unit_quarter_total t on t.unit_code = r.code and t.quarter = r.quarter
where r.n is distinct from t.initiative_count
union all
select 'published initiatives counted (counted_initiative)', (select count(*) from initiative where status = 'PUBLISHED'),
       (select count(*) from counted_initiative k join initiative i on i.id = k.initiative_id and i.status = 'PUBLISHED')
union all
select 'counted initiatives that are not published', 0,
       (select count(*) from counted_initiative k join initiative i on i.id = k.initiative_id and i.status <> 'PUBLISHED')
union all
select 'contributors'' shares not adding up to 100 (submitted initiatives)', 0, count(*)
from (select i.id from initiative i join contributor c on c.initiative_id = i.id where i.status <> 'DRAFT'
      group by i.id having sum(c.share_percent) <> 100) s
union all
select 'finished initiatives with their process in the history',
       (select count(*) from initiative
        where status in ('PUBLISHED', 'REFUSED', 'DECLINED', 'WITHDRAWN', 'MISSED_UPLOAD_WINDOW') and process_instance_id is not null),
       (select count(*) from act_hi_procinst h join initiative i on i.process_instance_id = h.proc_inst_id_
        where i.status in ('PUBLISHED', 'REFUSED', 'DECLINED', 'WITHDRAWN', 'MISSED_UPLOAD_WINDOW'))
union all
select 'finished initiatives without a user task in their history', 0,
       (select count(*) from initiative i
        where i.status in ('PUBLISHED', 'REFUSED', 'DECLINED', 'WITHDRAWN', 'MISSED_UPLOAD_WINDOW') and i.process_instance_id is not null
          and not exists (select 1 from act_hi_taskinst t where t.proc_inst_id_ = i.process_instance_id))
union all
select 'submitted initiatives without their submission on the timeline', 0,
       (select count(*) from initiative i where i.submitted_at is not null
          and not exists (select 1 from decision d where d.initiative_id = i.id and d.step = 'submit'))
union all
select 'published initiatives without their upload on the timeline', 0,
       (select count(*) from initiative i where i.status = 'PUBLISHED'
          and not exists (select 1 from decision d where d.initiative_id = i.id and d.step = 'portalUpload'))
union all
select 'open initiatives at ' || s.status || ' (open tasks at ' || s.step || ' expected)',
       (select count(*) from initiative i where i.status = s.status),
       (select count(*) from act_ru_task t join act_re_procdef p on p.id_ = t.proc_def_id_
        where p.key_ = 'initiativeLifecycle' and t.task_def_key_ = s.step)
from (values ('IN_SUPPORT_REVIEW', 'supportTeamReview', 1), ('RETURNED_FOR_REVISION', 'reviseForSupportTeam', 2),
             ('IN_COUNCIL_REVIEW', 'councilRecognition', 3), ('CLARIFICATION_REQUESTED', 'answerClarification', 4),
             ('AWAITING_UPLOAD', 'portalUpload', 5)) s(status, step, ord)
