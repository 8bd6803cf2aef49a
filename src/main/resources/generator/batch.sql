-- One batch of finished initiatives of the national data set (ids ${first} to ${last}), loaded in one
-- transaction with its rows in generator_progress: as the platform would have written them, from
-- submission to their end (published, refused, declined, withdrawn, missed window) or left as drafts,
-- with contributors, the decision timeline, Camunda's history and the running totals (programme.RunningTotals).
-- Every value is a function of the initiative's id: a batch loaded again after a stop is the same batch.
create temporary table gen_batch on commit drop as
with picked as (
    select n as id, s.unit_code, u.member_count,
           generator_random(n, 1) as r_status, generator_random(n, 2) as r_phase, generator_random(n, 3) as r_day,
           generator_random(n, 4) as r_kind, generator_random(n, 5) as r_return, generator_random(n, 6) as r_clarify,
           generator_random(n, 7) as r_author, generator_random(n, 8) as r_text, generator_random(n, 9) as r_benefit,
           generator_random(n, 10) as r_contributors
    from generate_series(${first}, ${last}) n
    join generator_unit_slot s on s.slot = floor(generator_random(n, 0) * ${slots})::int
    join unit u on u.code = s.unit_code
), shaped as (
    select p.*,
           case when r_status < 0.05 then 'DRAFT' when r_status < 0.09 then 'DECLINED' when r_status < 0.11 then 'WITHDRAWN'
                when r_status < 0.16 then 'REFUSED' when r_status < 0.17 then 'MISSED_UPLOAD_WINDOW' else 'PUBLISHED' end as status,
           (array['TECHNICAL_SOLUTION', 'TECHNICAL_SOLUTION', 'TECHNICAL_SOLUTION', 'MANAGEMENT_SOLUTION', 'MANAGEMENT_SOLUTION',
                  'OPERATIONAL_SOLUTION', 'OPERATIONAL_SOLUTION', 'TECHNICAL_PROGRESS_APPLICATION', 'TRADE_UNION_SOLUTION',
                  'COVID_PREVENTION_SOLUTION'])[1 + floor(r_kind * 10)::int] as kind0,
           'tg.' || lower(unit_code) || '.' || floor(r_author * greatest(1, member_count / 8))::int as author
    from picked p
), timed as (
    select s.*,
           case when s.status = 'MISSED_UPLOAD_WINDOW' or s.r_phase < 0.3 then 'PHASE_1' else 'PHASE_2' end as phase,
           case when s.r_kind > 0.98 then 'RESEARCH_TOPIC' else s.kind0 end as kind,
           s.status <> 'WITHDRAWN' and s.r_return < 0.12 as returned,
           s.status in ('REFUSED', 'PUBLISHED', 'MISSED_UPLOAD_WINDOW') and s.r_clarify < 0.08 as clarified
    from shaped s
), clocked as (
    select t.*,
           case when t.phase = 'PHASE_1' then timestamptz '2022-01-08 08:00:00+07' + t.r_day * interval '117 days'
                else timestamptz '2022-06-01 08:00:00+07' + t.r_day * interval '95 days' end as t0
    from timed t
), stepped as (
    select c.*,
           c.t0 + interval '1 day' + c.r_text * interval '3 days' as t_support1,
           c.t0 + interval '1 day' + c.r_text * interval '2 days' as t_withdraw
    from clocked c
), reviewed as (
    select s.*,
           case when s.returned then s.t_support1 + interval '3 days' else s.t_support1 end as t_support,
           case when s.returned then s.t_support1 + interval '2 days' end as t_resubmit
    from stepped s
), councilled as (
    select r.*,
           r.t_support + interval '3 days' + r.r_benefit * interval '7 days' as t_council1
    from reviewed r
)
select c.id, c.unit_code, c.status, c.phase, c.kind, c.author, c.returned, c.clarified, c.r_text, c.r_benefit, c.r_contributors,
       c.t0 - interval '2 days' as created_at, c.t0, c.t_withdraw, c.t_support1, c.t_resubmit, c.t_support,
       c.t_council1, case when c.clarified then c.t_council1 + interval '2 days' end as t_answer,
       case when c.clarified then c.t_council1 + interval '4 days' else c.t_council1 end as t_council,
       case when c.clarified then c.t_council1 + interval '4 days' else c.t_council1 end
           + interval '1 day' + c.r_status * interval '4 days' as t_upload,
       'hotro.' || lower(c.unit_code) as support_team, 'hoidong.' || lower(c.unit_code) as council,
       'canbo.' || lower(c.unit_code) as officer, 'gen-' || c.id as pi
from councilled c;

insert into initiative (id, title, summary, unit_code, author_username, status, process_instance_id, created_at, version,
                        kind, problem, solution, application_place, application_mode, application_date, benefit_vnd,
                        non_monetary_benefit, origin_story, credited_name, credited_username, recognition_date, phase_code,
                        portal_uploaded_at, portal_reference, submitted_at, updated_at)
select b.id,
       (array['Cải tiến', 'Giải pháp', 'Ứng dụng', 'Quy trình', 'Thiết bị', 'Phần mềm', 'Đồ gá', 'Mô hình', 'Sổ tay',
              'Hệ thống', 'Phương pháp', 'Bảng điều độ'])[1 + floor(b.r_text * 12)::int]
       || ' ' || (array['máy may công nghiệp', 'băng tải đóng gói', 'hồ sơ bệnh án', 'sổ sách kế toán', 'dây chuyền chiết rót',
                        'lò hơi', 'máy nén khí', 'kho vật tư', 'lớp học trực tuyến', 'tiếp nhận hồ sơ một cửa', 'xe nâng hàng',
                        'máy cắt vải', 'hệ thống chiếu sáng', 'bếp ăn ca', 'trạm bơm', 'máy hàn', 'khuôn ép nhựa',
                        'quản lý đoàn viên', 'thu kinh phí công đoàn', 'phòng chống dịch'])[1 + floor(b.r_benefit * 20)::int]
       || ' ' || (array['tiết kiệm điện', 'giảm thời gian chờ', 'an toàn cho người lao động', 'giảm hàng lỗi', 'tự động hóa',
                        'bằng mã QR', 'tiết kiệm vật tư', 'thân thiện môi trường'])[1 + (b.id % 8)::int],
       'Sáng kiến giúp tổ sản xuất làm việc nhanh và an toàn hơn, áp dụng tại đơn vị từ năm ' || extract(year from b.t0),
       b.unit_code, b.author, b.status, case when b.status <> 'DRAFT' then b.pi end, b.created_at, 0,
       b.kind, 'Trước đây công việc làm thủ công, mất nhiều thời gian và dễ sai sót.',
       'Thiết kế lại cách làm, thử nghiệm ba tháng rồi áp dụng cho toàn đơn vị.',
       'Tại đơn vị', 'APPLIED', greatest(date '2021-09-01', (b.t0 - interval '30 days' - b.r_text * interval '150 days')::date),
       case when b.kind in ('TRADE_UNION_SOLUTION', 'COVID_PREVENTION_SOLUTION') and b.r_benefit < 0.5 then null
            else (1000000 * floor(5 + 200 * power(b.r_benefit, 3)))::bigint end,
       case when b.kind in ('TRADE_UNION_SOLUTION', 'COVID_PREVENTION_SOLUTION') then 'Người lao động được chăm lo tốt hơn.' end,
       'Ý tưởng từ góp ý của công nhân trong tổ.',
       case when b.status <> 'DRAFT' then generator_person_name(b.author) end,
       case when b.status <> 'DRAFT' then b.author end,
       case when b.status in ('PUBLISHED', 'MISSED_UPLOAD_WINDOW') then (b.t_council at time zone 'Asia/Ho_Chi_Minh')::date end,
       case when b.status in ('PUBLISHED', 'MISSED_UPLOAD_WINDOW') then b.phase end,
       case when b.status = 'PUBLISHED' then b.t_upload end,
       case when b.status = 'PUBLISHED' then 'CONG-2022-' || b.id end,
       case when b.status <> 'DRAFT' then b.t0 end,
       case b.status when 'DRAFT' then b.created_at when 'WITHDRAWN' then b.t_withdraw when 'DECLINED' then b.t_support
                     when 'REFUSED' then b.t_council when 'MISSED_UPLOAD_WINDOW' then timestamptz '2022-06-01 00:00:00+07'
                     else b.t_upload end
from gen_batch b;

-- R-2.4, R-8: the author and up to two co-authors, their shares adding up to 100. A co-author without an account
-- has a date of birth (R-4.3 counts persons), between 1962 and 2003: 19 to 60 years old in 2022.
insert into contributor (initiative_id, position, full_name, username, share_percent, leader, target_group, date_of_birth)
select b.id, k - 1,
       generator_person_name(case when k = 1 then b.author else b.author || '/' || k end),
       case when k = 1 then b.author when b.r_contributors < 0.3 then b.author || '.' || k end,
       case when b.r_contributors < 0.55 then 100 when b.r_contributors < 0.85 then (array[70, 30])[k] else (array[50, 30, 20])[k] end,
       false,
       (array['WORKER', 'PUBLIC_EMPLOYEE', 'UNION_OFFICIAL', 'CIVIL_SERVANT', 'UNION_MEMBER'])[1 + ((b.id + k) % 5)::int],
       case when k > 1 and b.r_contributors >= 0.3 then date '1962-01-01' + floor(generator_random(b.id, 10 + k) * 15000)::int end
from gen_batch b
cross join generate_series(1, 3) k
where k <= case when b.r_contributors < 0.55 then 1 when b.r_contributors < 0.85 then 2 else 3 end;

-- The timeline, as DecisionLog writes it: the people of the initiative's grassroots union, or the platform.
insert into decision (initiative_id, step, outcome, reason, actor, actor_name, actor_roles, unit_code, decided_at)
select d.id, d.step, d.outcome, d.reason, d.actor,
       case when d.actor <> 'system' then generator_person_name(d.actor) end, d.roles, d.unit_code, d.at
from (
    select id, 'submit' as step, 'submitted' as outcome, null as reason, author as actor, 'author' as roles, unit_code, t0 as at
    from gen_batch where status <> 'DRAFT'
    union all
    select id, 'withdraw', 'withdrawn', 'Tác giả rút để hoàn thiện thêm', author, 'author', unit_code, t_withdraw
    from gen_batch where status = 'WITHDRAWN'
    union all
    select id, 'supportTeamReview', 'return', 'Vui lòng nêu rõ hiệu quả đo được.', support_team, 'support-team', unit_code, t_support1
    from gen_batch where returned and status not in ('DRAFT', 'WITHDRAWN')
    union all
    select id, 'reviseForSupportTeam', 'resubmitted', 'Đã bổ sung số liệu.', author, 'author', unit_code, t_resubmit
    from gen_batch where returned and status not in ('DRAFT', 'WITHDRAWN')
    union all
    select id, 'supportTeamReview', case when status = 'DECLINED' then 'decline' else 'accept' end,
           case when status = 'DECLINED' then 'Nội dung trùng với sáng kiến đã có tại đơn vị.' end,
           support_team, 'support-team', unit_code, t_support
    from gen_batch where status not in ('DRAFT', 'WITHDRAWN')
    union all
    select id, 'councilRecognition', 'clarify', 'Đề nghị làm rõ phạm vi áp dụng.', council, 'council', unit_code, t_council1
    from gen_batch where clarified
    union all
    select id, 'answerClarification', 'resubmitted', 'Đã làm rõ.', author, 'author', unit_code, t_answer
    from gen_batch where clarified
    union all
    select id, 'councilRecognition', case when status = 'REFUSED' then 'refuse' else 'recognise' end,
           case when status = 'REFUSED' then 'Giải pháp chưa mới tại đơn vị (R-2.1).' end,
           council, 'council', unit_code, t_council
    from gen_batch where status in ('REFUSED', 'PUBLISHED', 'MISSED_UPLOAD_WINDOW')
    union all
    select id, 'checkEligibility', 'eligible', phase, 'system', null, unit_code, t_council
    from gen_batch where status in ('PUBLISHED', 'MISSED_UPLOAD_WINDOW')
    union all
    select id, 'portalUpload', 'uploaded', 'CONG-2022-' || id, officer, 'union-officer', unit_code, t_upload
    from gen_batch where status = 'PUBLISHED'
    union all
    select id, 'portalUpload', 'missed-window', phase, 'system', null, unit_code, timestamptz '2022-06-01 00:00:00+07'
    from gen_batch where status = 'MISSED_UPLOAD_WINDOW'
) d;

-- Camunda's history of the finished processes (history level audit): the instance, its activities (events,
-- the sub-process, user and service tasks; gateways are left out), its user tasks and its variables.
-- No removal time: the history cleanup leaves the loaded history alone.
create temporary table gen_activity on commit drop as
select a.*, row_number() over (partition by a.id order by a.started, a.ord) as seq
from (
    select id, pi, 1 as ord, 'initiativeSubmitted' as act_id, 'startEvent' as act_type, 'Sáng kiến được gửi' as act_name,
           t0 as started, t0 as ended, null as assignee, 4 as state, false as sub
    from gen_batch where status <> 'DRAFT'
    union all
    select id, pi, 2, 'beforeRecognition', 'subProcess', 'Xem xét và công nhận', t0,
           case status when 'WITHDRAWN' then t_withdraw when 'DECLINED' then t_support else t_council end, null,
           case status when 'WITHDRAWN' then 2 else 4 end, false
    from gen_batch where status <> 'DRAFT'
    union all
    select id, pi, 3, 'reviewStarted', 'startEvent', 'Bắt đầu xem xét', t0, t0, null, 4, true
    from gen_batch where status <> 'DRAFT'
    union all
    select id, pi, 4, 'supportTeamReview', 'userTask', 'Tổ hỗ trợ xem xét', t0,
           case when status = 'WITHDRAWN' then t_withdraw else t_support1 end, case when status <> 'WITHDRAWN' then support_team end,
           case when status = 'WITHDRAWN' then 2 else 4 end, true
    from gen_batch where status <> 'DRAFT'
    union all
    select id, pi, 5, 'reviseForSupportTeam', 'userTask', 'Tác giả chỉnh sửa theo góp ý', t_support1, t_resubmit, author, 4, true
    from gen_batch where returned and status not in ('DRAFT', 'WITHDRAWN')
    union all
    select id, pi, 6, 'supportTeamReview', 'userTask', 'Tổ hỗ trợ xem xét', t_resubmit, t_support, support_team, 4, true
    from gen_batch where returned and status not in ('DRAFT', 'WITHDRAWN')
    union all
    select id, pi, 7, 'declinedBySupportTeam', 'noneEndEvent', 'Không tiếp nhận', t_support, t_support, null, 1, true
    from gen_batch where status = 'DECLINED'
    union all
    select id, pi, 8, 'councilRecognition', 'userTask', 'Hội đồng sáng kiến xét công nhận', t_support, t_council1, council, 4, true
    from gen_batch where status in ('REFUSED', 'PUBLISHED', 'MISSED_UPLOAD_WINDOW')
    union all
    select id, pi, 9, 'answerClarification', 'userTask', 'Tác giả làm rõ theo yêu cầu', t_council1, t_answer, author, 4, true
    from gen_batch where clarified
    union all
    select id, pi, 10, 'councilRecognition', 'userTask', 'Hội đồng sáng kiến xét công nhận', t_answer, t_council, council, 4, true
    from gen_batch where clarified
    union all
    select id, pi, 11, case when status = 'REFUSED' then 'refusedByCouncil' else 'recognisedByCouncil' end, 'noneEndEvent',
           case when status = 'REFUSED' then 'Không công nhận' else 'Được công nhận' end, t_council, t_council, null, 1, true
    from gen_batch where status in ('REFUSED', 'PUBLISHED', 'MISSED_UPLOAD_WINDOW')
    union all
    select id, pi, 12, 'withdrawnByAuthor', 'boundaryMessage', 'Tác giả rút sáng kiến', t_withdraw, t_withdraw, null, 4, false
    from gen_batch where status = 'WITHDRAWN'
    union all
    select b.id, b.pi, 12 + k.ord, k.act_id, 'serviceTask', k.act_name,
           case b.status when 'WITHDRAWN' then b.t_withdraw when 'DECLINED' then b.t_support when 'PUBLISHED' then
               (case when k.act_id = 'publishInitiative' then b.t_upload else b.t_council end)
               else (case when k.act_id = 'markMissedWindow' then timestamptz '2022-06-01 00:00:00+07' else b.t_council end) end,
           case b.status when 'WITHDRAWN' then b.t_withdraw when 'DECLINED' then b.t_support when 'PUBLISHED' then
               (case when k.act_id = 'publishInitiative' then b.t_upload else b.t_council end)
               else (case when k.act_id = 'markMissedWindow' then timestamptz '2022-06-01 00:00:00+07' else b.t_council end) end,
           null, 4, false
    from gen_batch b
    join (values ('WITHDRAWN', 1, 'markWithdrawn', 'Ghi nhận rút sáng kiến'),
                 ('DECLINED', 1, 'markDeclined', 'Ghi nhận không tiếp nhận'),
                 ('REFUSED', 1, 'markRefused', 'Ghi nhận không công nhận'),
                 ('PUBLISHED', 1, 'findRecognitionPhase', 'Xác định đợt theo ngày công nhận'),
                 ('PUBLISHED', 2, 'checkEligibility', 'Kiểm tra điều kiện'),
                 ('PUBLISHED', 3, 'markRecognised', 'Ghi nhận công nhận'),
                 ('PUBLISHED', 5, 'publishInitiative', 'Đăng và tính vào kết quả'),
                 ('MISSED_UPLOAD_WINDOW', 1, 'findRecognitionPhase', 'Xác định đợt theo ngày công nhận'),
                 ('MISSED_UPLOAD_WINDOW', 2, 'checkEligibility', 'Kiểm tra điều kiện'),
                 ('MISSED_UPLOAD_WINDOW', 3, 'markRecognised', 'Ghi nhận công nhận'),
                 ('MISSED_UPLOAD_WINDOW', 6, 'markMissedWindow', 'Ghi nhận quá hạn')) k(status, ord, act_id, act_name)
        on k.status = b.status
    union all
    select id, pi, 16, 'portalUpload', 'userTask', 'Đưa lên Cổng trực tuyến', t_council,
           case when status = 'PUBLISHED' then t_upload else timestamptz '2022-06-01 00:00:00+07' end,
           case when status = 'PUBLISHED' then officer end, case when status = 'PUBLISHED' then 4 else 2 end, false
    from gen_batch where status in ('PUBLISHED', 'MISSED_UPLOAD_WINDOW')
    union all
    select id, pi, 17, 'uploadWindowClosed', 'boundaryTimer', 'Hết hạn đưa lên Cổng', timestamptz '2022-06-01 00:00:00+07',
           timestamptz '2022-06-01 00:00:00+07', null, 4, false
    from gen_batch where status = 'MISSED_UPLOAD_WINDOW'
    union all
    select id, pi, 30, case status when 'WITHDRAWN' then 'initiativeWithdrawn' when 'DECLINED' then 'initiativeDeclined'
                                   when 'REFUSED' then 'initiativeRefused' when 'PUBLISHED' then 'initiativePublished'
                                   else 'uploadWindowMissed' end,
           'noneEndEvent', case status when 'WITHDRAWN' then 'Đã rút' when 'DECLINED' then 'Không tiếp nhận'
                                       when 'REFUSED' then 'Không được công nhận' when 'PUBLISHED' then 'Đã đăng và được tính'
                                       else 'Quá hạn đưa lên Cổng' end,
           case status when 'WITHDRAWN' then t_withdraw when 'DECLINED' then t_support when 'REFUSED' then t_council
                       when 'PUBLISHED' then t_upload else timestamptz '2022-06-01 00:00:00+07' end,
           case status when 'WITHDRAWN' then t_withdraw when 'DECLINED' then t_support when 'REFUSED' then t_council
                       when 'PUBLISHED' then t_upload else timestamptz '2022-06-01 00:00:00+07' end,
           null, 1, false
    from gen_batch where status <> 'DRAFT'
) a;

insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_, end_time_, duration_,
                             start_act_id_, end_act_id_, root_proc_inst_id_, delete_reason_, state_)
select b.pi, b.pi, b.id::text, 'initiativeLifecycle', '${processDefinitionId}', b.t0 at time zone 'UTC', e.ended at time zone 'UTC',
       (extract(epoch from e.ended - b.t0) * 1000)::bigint, 'initiativeSubmitted', e.act_id, b.pi, null, 'COMPLETED'
from gen_batch b
join gen_activity e on e.id = b.id and e.ord = 30;

insert into act_hi_actinst (id_, parent_act_inst_id_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_, execution_id_,
                            act_id_, task_id_, call_proc_inst_id_, call_case_inst_id_, act_name_, act_type_, assignee_,
                            start_time_, end_time_, duration_, act_inst_state_, sequence_counter_, tenant_id_, removal_time_)
select a.act_id || ':' || a.pi || '-' || a.seq, case when a.sub then 'beforeRecognition:' || a.pi || '-2' else a.pi end,
       'initiativeLifecycle', '${processDefinitionId}', a.pi, a.pi, a.pi || '-x' || case when a.sub then 1 else 0 end,
       a.act_id, case when a.act_type = 'userTask' then a.pi || '-t' || a.seq end, null, null, a.act_name, a.act_type, a.assignee,
       a.started at time zone 'UTC', a.ended at time zone 'UTC', (extract(epoch from a.ended - a.started) * 1000)::bigint,
       a.state, a.seq, null, null
from gen_activity a;

insert into act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_, execution_id_,
                             act_inst_id_, name_, assignee_, start_time_, end_time_, duration_, delete_reason_, priority_,
                             task_state_)
select a.pi || '-t' || a.seq, a.act_id, 'initiativeLifecycle', '${processDefinitionId}', a.pi, a.pi, a.pi || '-x1',
       a.act_id || ':' || a.pi || '-' || a.seq, a.act_name, a.assignee, a.started at time zone 'UTC', a.ended at time zone 'UTC',
       (extract(epoch from a.ended - a.started) * 1000)::bigint,
       case when a.state = 2 then 'deleted' else 'completed' end, 50, case when a.state = 2 then 'Deleted' else 'Completed' end
from gen_activity a where a.act_type = 'userTask';

insert into act_hi_varinst (id_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_, execution_id_, act_inst_id_,
                            name_, var_type_, create_time_, rev_, long_, text_, state_)
select b.pi || '-v' || v.k, 'initiativeLifecycle', '${processDefinitionId}', b.pi, b.pi, b.pi, b.pi, v.name, v.type,
       b.t0 at time zone 'UTC', 0, v.long_value, v.text_value, 'CREATED'
from gen_batch b
cross join lateral (values (1, 'initiativeId', 'long', b.id, b.id::text),
                           (2, 'unitCode', 'string', null, b.unit_code),
                           (3, 'author', 'string', null, b.author),
                           (4, 'supportTeamDecision', 'string', null,
                               case b.status when 'WITHDRAWN' then null when 'DECLINED' then 'decline' else 'accept' end),
                           (5, 'councilDecision', 'string', null,
                               case when b.status = 'REFUSED' then 'refuse'
                                    when b.status in ('PUBLISHED', 'MISSED_UPLOAD_WINDOW') then 'recognise' end),
                           (6, 'recognitionPhase', 'string', null,
                               case when b.status in ('PUBLISHED', 'MISSED_UPLOAD_WINDOW') then b.phase end),
                           (7, 'portalReference', 'string', null, case when b.status = 'PUBLISHED' then 'CONG-2022-' || b.id end)
             ) v(k, name, type, long_value, text_value)
where b.status <> 'DRAFT' and (v.k <= 3 or v.text_value is not null);

-- The platform's own initiatives come after the generated ones.
select setval(pg_get_serial_sequence('initiative', 'id'), greatest(${last}, (select max(id) from initiative)));
