-- DataLossGuardTest: a table of the test's own, with a row whose note is the data at stake.
create table guard_probe (
    id bigint primary key,
    note text
);
insert into guard_probe (id, note) values (1, 'ý kiến của tổ');
