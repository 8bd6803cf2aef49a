-- A contributor is a person (issue 9, section 3; R-4.3 counts persons): a member picked by their account, or a
-- person without an account known by name and date of birth. Nullable: the rows written before stay readable
-- (their contributors have neither); the rule is the application's, for what is entered from now on.
alter table contributor add column date_of_birth date;

-- The credited author's (R-2.4) date of birth, stored with their name and account so that counts never recompute it.
alter table initiative add column credited_date_of_birth date;

-- The person key R-4.3 counts (initiative.PersonKey, kept equal to this; the generator's SQL uses this one):
-- a member by their account, a person without one by their name unaccented, lower-cased, in single spaces, and
-- date of birth; a credited author written before dates of birth by their lower-cased name, as they were counted.
create function person_key(username text, full_name text, date_of_birth date) returns text
    language sql immutable parallel safe
    as $$
    select case
        when username is not null then 'member:' || username
        when date_of_birth is not null
            then regexp_replace(btrim(search_text(full_name)), '\s+', ' ', 'g') || '|' || to_char(date_of_birth, 'YYYY-MM-DD')
        else 'name:' || lower(full_name)
    end $$;

-- The members already counted by their bare account take the member's key, so that their next initiative does
-- not count them a second time. An account never starts with 'name:' nor 'member:' (Keycloak user names).
update unit_phase_author set author = 'member:' || author where author not like 'name:%';
update unit_programme_author set author = 'member:' || author where author not like 'name:%';

-- R-7.3 ranks persons too: two credited authors without an account and of one name are two when their dates of
-- birth differ. '' for a member or for a credited author written before dates of birth, as credited_username.
-- A column with a constant default is added without rewriting the table; the key only gets finer.
alter table credited_author_total add column credited_date_of_birth varchar(10) not null default '';
alter table credited_author_total drop constraint credited_author_total_pkey;
alter table credited_author_total
    add primary key (target_group, credited_name, credited_username, credited_date_of_birth);
drop index credited_author_ranking;
create index credited_author_ranking on credited_author_total
    (target_group, initiative_count desc, benefit_vnd desc, credited_name, credited_username, credited_date_of_birth);
