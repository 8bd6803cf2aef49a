-- The idea's tasks have due dates and reminders (issue 11, section 1): when its open task was last reminded, and
-- an idea whose author left it too long is closed as abandoned, as the initiative's author tasks are.
alter table idea add column reminded_at timestamptz;

alter table idea drop constraint idea_status_check;
alter table idea add constraint idea_status_check
    check (status in ('SUBMITTED', 'WITH_AUTHOR', 'WITH_MENTOR', 'DRAFTED', 'CLOSED', 'ABANDONED'));
