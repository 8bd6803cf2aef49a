-- The members who signed in on their own (issue 9, section 3): the grassroots union and target group (R-8)
-- each chose at their first sign-in. A contributor picked on an initiative is one of them, so that two members
-- of the same name are two people (R-4.3 counts persons). The account itself stays in Keycloak; this row is
-- what the platform needs to find a member by name among a union's, and to count them.
create table member (
    username     varchar(255) primary key,
    full_name    varchar(255) not null,
    unit_code    varchar(32)  not null references unit (code),
    target_group varchar(32)  not null,
    joined_at    timestamptz  not null,
    -- Searched as unit.search_words (V18): unaccented, lower-cased, each word preceded by a space.
    search_words text generated always as (
        ' ' || regexp_replace(search_text(full_name || ' ' || username), '[^[:alnum:]]+', ' ', 'g')
    ) stored
);

create index member_unit_name on member (unit_code, full_name, username);

-- A member joining their union takes the author's pair themselves: the audit log says so.
alter table appointment_log drop constraint appointment_log_action_check;
alter table appointment_log add constraint appointment_log_action_check check (action in ('appointed', 'removed', 'joined'));
