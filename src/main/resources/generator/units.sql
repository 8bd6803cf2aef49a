-- The union tree of the national data set (README "National data set"), below the demo's 82 units directly
-- under VGCL (db/demo): about 1,000 direct-superior unions and 126,000 grassroots unions, their members
-- adding up to each level-2 unit's members (a few big unions, most small). Codes end in -G<n>: never a demo code.
-- The demo's running totals are invented (db/demo): they give way to totals counted from the initiatives
-- themselves (totals.sql, run next over the initiatives already there), so that the check can prove them.
lock table counted_initiative in exclusive mode;
delete from unit_phase_kind_total;
delete from unit_quarter_total;
delete from unit_programme_total;
delete from unit_programme_author;
delete from unit_phase_total;
delete from unit_phase_author;
delete from counted_initiative;

create temporary table gen_level2 on commit drop as
select code, name, kind, member_count,
       regexp_replace(code, '^[A-Z]+-', '') as suffix,
       regexp_replace(name, '^(Liên đoàn Lao động (tỉnh|thành phố) |Công đoàn )', '', 'i') as place,
       row_number() over (order by code) as n
from unit where level = 'LEVEL2';

create temporary table gen_direct on commit drop as
with sized as (
    select l.*, greatest(2, round(${directSuperiors} * l.member_count::numeric / sum(l.member_count) over ()))::int as directs,
           greatest(20, round(${grassroots} * l.member_count::numeric / sum(l.member_count) over ()))::int as grassroots
    from gen_level2 l
)
select s.code as level2, s.kind, s.place, s.suffix, s.directs, s.grassroots, k,
       'CTTT-' || s.suffix || '-G' || lpad(k::text, 3, '0') as code,
       case when s.kind = 'PROVINCE' then
           (array['Liên đoàn Lao động huyện ', 'Liên đoàn Lao động thị xã ', 'Công đoàn các Khu công nghiệp ',
                  'Công đoàn ngành Giáo dục ', 'Công đoàn ngành Y tế ', 'Công đoàn Viên chức ',
                  'Liên đoàn Lao động quận ', 'Công đoàn ngành Xây dựng '])[1 + (k % 8)]
           || (array['Bình Minh', 'Tân Phú', 'Đông Hưng', 'Hòa Bình', 'Thanh Sơn', 'Phú Lộc', 'An Lão', 'Yên Thành',
                     'Quảng Xương', 'Đức Hòa', 'Châu Thành', 'Long Thành', 'Kim Sơn', 'Tiên Du', 'Gia Lâm', 'Thủy Nguyên',
                     'Mỹ Hào', 'Hoài Nhơn', 'Diên Khánh', 'Tam Nông'])[1 + (generator_random(k, 11) * 20)::int % 20]
           || ' - ' || s.place
       else
           (array['Công đoàn Tổng công ty ', 'Công đoàn Sở ', 'Công đoàn Công ty ', 'Công đoàn Viện '])[1 + (k % 4)]
           || (array['Miền Bắc', 'Miền Trung', 'Miền Nam', 'Tây Nguyên', 'Đông Bắc', 'Duyên hải', 'Thủ đô', 'Sông Hồng',
                     'Cửu Long', 'Trường Sơn'])[1 + (k % 10)] || ' ' || k || ' - ' || s.place
       end as name
from sized s cross join generate_series(1, s.directs) k;

insert into unit (code, name, level, parent_code, member_count)
select code, name, 'DIRECT_SUPERIOR', level2, 0 from gen_direct
on conflict (code) do nothing;

create temporary table gen_grassroots on commit drop as
with per_level2 as (
    select l.*, sum(l.grassroots) over (order by l.level2 rows between unbounded preceding and 1 preceding) as before
    from (select distinct level2, kind, place, suffix, directs, grassroots from gen_direct) l
), numbered as (
    select p.*, j from per_level2 p cross join generate_series(1, p.grassroots) j
), weighted as (
    -- Log-normal sizes (median about 40, mean about 85), and one union in 500 a big employer.
    select n.*, coalesce(n.before, 0) + j as g,
           exp(1.3 * sqrt(-2 * ln(1 - generator_random(coalesce(n.before, 0) + j, 21)))
               * cos(2 * pi() * generator_random(coalesce(n.before, 0) + j, 22)))
           * case when generator_random(coalesce(n.before, 0) + j, 23) < 0.002 then 40 else 1 end as weight
    from numbered n
)
select w.g, w.level2,
       'CTTT-' || w.suffix || '-G' || lpad((1 + floor(w.directs * power(generator_random(w.g, 24), 1.6)))::int::text, 3, '0') as parent,
       'CDCS-' || w.suffix || '-G' || lpad(w.g::text, 6, '0') as code,
       w.weight, w.place, w.kind
from weighted w;

insert into unit (code, name, level, parent_code, member_count)
select g.code,
       (array['Công đoàn Công ty TNHH ', 'Công đoàn Công ty Cổ phần ', 'Công đoàn Trường Tiểu học ', 'Công đoàn Trường THCS ',
              'Công đoàn Bệnh viện Đa khoa ', 'Công đoàn cơ sở xã ', 'Công đoàn Công ty TNHH MTV ', 'Công đoàn Trường Mầm non ',
              'Công đoàn Chi cục ', 'Công đoàn Công ty Cổ phần '])[1 + (g.g % 10)]
       || case when g.g % 10 in (0, 1, 6, 9) then
              (array['May mặc ', 'Cơ khí ', 'Xây dựng ', 'Thực phẩm ', 'Điện tử ', 'Giày da ', 'Gỗ ', 'Dược phẩm ', 'Vận tải ',
                     'Nhựa ', 'Thủy sản ', 'Bao bì '])[1 + (generator_random(g.g, 31) * 12)::int % 12]
          else '' end
       || (array['Minh Phát', 'Hòa Bình', 'Thành Công', 'Phú Thịnh', 'Tân Tiến', 'Đại Dương', 'Sao Vàng', 'Hồng Hà',
                 'Trường Sơn', 'Việt Tiến', 'An Khang', 'Hưng Thịnh', 'Bình An', 'Thắng Lợi', 'Nam Việt', 'Kim Long',
                 'Phương Đông', 'Hải Âu', 'Quang Trung', 'Lê Lợi'])[1 + (generator_random(g.g, 32) * 20)::int % 20]
       || ' ' || (g.g % 97 + 1) || ' - ' || g.place,
       'GRASSROOTS', g.parent,
       greatest(5, round(l.member_count * g.weight / sum(g.weight) over (partition by g.level2)))::int
from gen_grassroots g join gen_level2 l on l.code = g.level2
on conflict (code) do nothing;

-- A direct-superior union has the members of its grassroots unions (the demo's own keep theirs).
update unit d set member_count = s.members
from (select parent_code, sum(member_count) as members from unit
      where level = 'GRASSROOTS' and code like 'CDCS-%-G%' group by parent_code) s
where d.code = s.parent_code and d.code like 'CTTT-%-G%';

delete from generator_unit_slot;
insert into generator_unit_slot (slot, unit_code)
select row_number() over (order by u.code) - 1, u.code
from unit u cross join generate_series(1, greatest(1, u.member_count / 40))
where u.level = 'GRASSROOTS' and u.code like 'CDCS-%-G%';

-- R-4.4: each level's targets for its sub-units, per phase, in the proportion of the national targets
-- (300,000 and 700,000 for 10.5 million members); the demo's own targets stay.
insert into target (unit_code, period, initiative_count, set_by, set_at)
select u.code, p.code, ceil(u.member_count * p.national_target::numeric / 10500000)::int, 'generator',
       p.upload_opens_at - interval '7 days'
from unit u cross join programme_phase p
where u.level <> 'NATIONAL'
on conflict (unit_code, period) do nothing;
