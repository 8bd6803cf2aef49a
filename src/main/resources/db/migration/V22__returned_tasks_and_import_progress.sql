-- R-5.1: a removal gives the group back the tasks the removed member had claimed; its row on the audit log
-- says how many (issue 9).
alter table appointment_log add column tasks_returned integer not null default 0;

-- How far each import of a large file is (system.ImportProgress): the page's progress bar polls whichever node
-- the load balancer picks, not only the one running the import. One row per import the page follows, written
-- in a transaction of its own so that the other nodes see it while the import's own is still open; rows older
-- than ten minutes are deleted by the next report.
create table import_progress (
    id         varchar(64) primary key,
    step       varchar(16) not null,
    done       integer     not null,
    total      integer     not null,
    updated_at timestamptz not null default now()
);
