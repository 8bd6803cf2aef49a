-- Demo units on the 63-province map the programme ran on (2021-2023); codes follow the province
-- (2 digits) and district (3 digits) codes. Member counts are plausible, not official.
insert into unit (code, name, level, parent_code, member_count) values
    ('TLD',          'Tổng Liên đoàn Lao động Việt Nam',             'NATIONAL',        null,          10500000),
    ('LDLD-01',      'Liên đoàn Lao động thành phố Hà Nội',         'LEVEL2',          'TLD',         778000),
    ('LDLD-48',      'Liên đoàn Lao động thành phố Đà Nẵng',        'LEVEL2',          'TLD',         133000),
    ('CTTT-01-005',  'Liên đoàn Lao động quận Cầu Giấy',            'DIRECT_SUPERIOR', 'LDLD-01',     62000),
    ('CTTT-48-492',  'Liên đoàn Lao động quận Hải Châu',            'DIRECT_SUPERIOR', 'LDLD-48',     38000),
    ('CDCS-01-0001', 'Công đoàn Công ty Cổ phần May Cầu Giấy',      'GRASSROOTS',      'CTTT-01-005', 850),
    ('CDCS-01-0002', 'Công đoàn Bệnh viện Đa khoa quận Cầu Giấy',   'GRASSROOTS',      'CTTT-01-005', 420),
    ('CDCS-48-0001', 'Công đoàn Công ty TNHH Cơ khí Hải Châu',      'GRASSROOTS',      'CTTT-48-492', 610)
on conflict (code) do update set name = excluded.name, level = excluded.level,
    parent_code = excluded.parent_code, member_count = excluded.member_count;
