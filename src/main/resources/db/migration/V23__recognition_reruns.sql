-- The Office runs a collective recognition again after correcting data (issue 11, section 4): the new computation
-- replaces the old one, and both stay on record. One current recognition per kind and period, any number replaced.
alter table collective_recognition drop constraint collective_recognition_kind_period_key;
alter table collective_recognition drop constraint collective_recognition_status_check;
alter table collective_recognition
    add constraint collective_recognition_status_check check (status in ('AWAITING_CONFIRMATION', 'PUBLISHED', 'REPLACED')),
    add column replaced_by bigint references collective_recognition (id),
    add column replaced_at timestamptz;
create unique index collective_recognition_current on collective_recognition (kind, period) where status <> 'REPLACED';

-- R-7.3: how many individuals of each target group the final review proposes is the Office's to say, per review.
alter table collective_recognition add column individuals_per_group integer check (individuals_per_group between 1 and 100);
