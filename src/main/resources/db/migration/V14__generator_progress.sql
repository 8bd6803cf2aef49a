-- The national data set generator (demo.NationalDataSet, README "National data set"): each step and each
-- batch of initiatives is loaded in one transaction that also writes its row here, so a generator stopped
-- half-way (even by kill -9) starts again after the last finished step, and never loads a batch twice.
create table generator_progress (
    step        varchar(64) primary key,
    detail      varchar(255),
    finished_at timestamptz not null
);

-- Grassroots unions repeated in proportion to their members: initiative n falls in slot hash(n), so big
-- unions write more initiatives than small ones without a range search per row.
create table generator_unit_slot (
    slot      integer     primary key,
    unit_code varchar(32) not null
);

-- A uniform number in [0, 1) fixed by (n, salt): the same batch loaded again is the same batch.
create function generator_random(bigint, integer) returns double precision
    language sql immutable parallel safe strict
    as $$ select (hashint8extended($1, $2::bigint) & 2147483647)::double precision / 2147483648.0 $$;

-- A Vietnamese full name (family, middle, given) fixed by a username: the same person everywhere.
create function generator_person_name(text) returns text
    language sql immutable parallel safe strict
    as $$ select (array['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ',
                        'Ngô', 'Dương', 'Lý'])[1 + abs(hashtext($1)) % 16]
              || ' ' || (array['Văn', 'Thị', 'Minh', 'Thanh', 'Hữu', 'Đức', 'Ngọc', 'Quốc', 'Thu', 'Hoài', 'Gia', 'Kim'])
                        [1 + abs(hashtext($1 || '/m')) % 12]
              || ' ' || (array['An', 'Bình', 'Cúc', 'Dũng', 'Đức', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hoa', 'Hùng', 'Huy',
                               'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Minh', 'Nam', 'Nga', 'Phong', 'Phương', 'Quân',
                               'Sơn', 'Tâm', 'Thảo', 'Trang', 'Tuấn', 'Vân', 'Yến'])[1 + abs(hashtext($1 || '/g')) % 30] $$;
