-- A scratch database at the programme's size for the public reads and the author's list
-- (docs/benchmarks/explain.md, "Public reads and the author's list"): the union tree (VGCL, 82 level-2
-- unions, 1,000 direct-superior unions, 126,000 grassroots unions) and 1,000,000 published initiatives
-- with Vietnamese titles and summaries, one contributor each and a co-author on every third.
-- Run it on an EMPTY database migrated by Flyway (or by psql -f on each db/migration file in order),
-- never on the platform's own: psql -v ON_ERROR_STOP=1 -d bench -f docs/benchmarks/load-1m-published.sql
-- About 4 minutes on the 2-core machine. The author 'tacgia.nhieu' has 2,309 initiatives, 'tacgia.it' 4.
\set ON_ERROR_STOP on
begin;

insert into unit (code, name, level, parent_code, member_count) values ('VGCL', 'Tổng Liên đoàn Lao động Việt Nam', 'NATIONAL', null, 0);
insert into unit (code, name, level, parent_code, member_count, kind)
select 'L2-' || lpad(g::text, 2, '0'), 'Liên đoàn Lao động ' || g, 'LEVEL2', 'VGCL', 0,
       case when g <= 63 then 'PROVINCE' else 'SECTOR' end
from generate_series(1, 82) g;
insert into unit (code, name, level, parent_code, member_count)
select 'DS-' || lpad(g::text, 4, '0'), 'Công đoàn cấp trên trực tiếp ' || g, 'DIRECT_SUPERIOR',
       'L2-' || lpad((1 + g % 82)::text, 2, '0'), 0
from generate_series(1, 1000) g;
insert into unit (code, name, level, parent_code, member_count)
select 'CS-' || lpad(g::text, 6, '0'), 'Công đoàn cơ sở ' || g, 'GRASSROOTS',
       'DS-' || lpad((1 + g % 1000)::text, 4, '0'), 80 + g % 60
from generate_series(1, 126000) g;

-- Words of real titles: what the machine is (máy, thiết bị), what it does (cắt, may, hàn), to what.
create temporary table word_list as
select array['Máy', 'Thiết bị', 'Giải pháp', 'Cải tiến', 'Quy trình', 'Hệ thống', 'Bộ gá', 'Phương pháp', 'Dụng cụ', 'Sáng kiến'] as head,
       array['cắt', 'may', 'hàn', 'khoan', 'ép', 'sấy', 'đóng gói', 'kiểm tra', 'vận chuyển', 'phân loại', 'tiết kiệm', 'làm sạch', 'đo', 'nâng', 'lắp ráp'] as verb,
       array['vải', 'thép', 'gỗ', 'điện', 'nước', 'xi măng', 'cà phê', 'lúa', 'than', 'giấy', 'nhựa', 'da giày', 'linh kiện', 'bao bì', 'hạt điều', 'cao su', 'ống đồng', 'mạch in'] as thing,
       array['tự động', 'bán tự động', 'tiết kiệm điện', 'an toàn', 'năng suất cao', 'cho ca đêm', 'giảm phế phẩm', 'bằng cảm biến', 'điều khiển từ xa', 'dùng năng lượng mặt trời'] as how;

insert into initiative (title, summary, unit_code, author_username, status, created_at, kind, phase_code,
                        credited_name, credited_username, portal_uploaded_at, submitted_at, benefit_vnd)
select w.head[1 + (g * 7) % 10] || ' ' || w.verb[1 + (g * 13) % 15] || ' ' || w.thing[1 + (g * 17) % 18] || ' ' || w.how[1 + (g * 11) % 10],
       'Tổ ' || (1 + g % 9) || ' đề xuất ' || lower(w.head[1 + (g * 3) % 10]) || ' ' || w.verb[1 + (g * 5) % 15] || ' '
           || w.thing[1 + (g * 19) % 18] || ', ' || w.how[1 + (g * 23) % 10] || ', làm lợi ' || (g % 900 + 100) || ' triệu đồng mỗi năm.',
       'CS-' || lpad((1 + (g::bigint * 7919) % 126000)::text, 6, '0'),
       case when g % 433 = 0 then 'tacgia.nhieu' when g in (11, 222222, 555555, 999999) then 'tacgia.it' else 'author' || (g % 400000) end,
       'PUBLISHED',
       timestamptz '2021-09-01' + (g * interval '45 seconds'),
       (array['TECHNICAL_SOLUTION', 'MANAGEMENT_SOLUTION', 'WORK_IMPROVEMENT'])[1 + g % 3],
       case when g < 300000 then 'PHASE_1' else 'PHASE_2' end,
       'Người lao động ' || g, 'author' || (g % 400000),
       timestamptz '2022-01-08' + (g * interval '50 seconds'),
       timestamptz '2021-09-01' + (g * interval '45 seconds') + interval '1 day',
       (g % 900 + 100) * 1000000
from generate_series(1, 1000000) g, word_list w;

insert into contributor (initiative_id, position, full_name, username, share_percent, leader, target_group)
select id, 0, credited_name, author_username, case when id % 3 = 0 then 60 else 100 end, true, 'WORKER'
from initiative;
-- A co-author on every third: 'dongtacgia.<n>' credited on about 5 each, 'tacgia.it' on two more.
insert into contributor (initiative_id, position, full_name, username, share_percent, leader, target_group)
select id, 1, 'Đồng tác giả ' || id, case when id in (33, 333333) then 'tacgia.it' else 'dongtacgia.' || (id % 66000) end,
       40, false, 'WORKER'
from initiative where id % 3 = 0;
commit;
vacuum analyze unit;
vacuum analyze initiative;
vacuum analyze contributor;
