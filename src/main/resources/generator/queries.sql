-- The national data set generator's queries on the platform's tables (demo.NationalDataSet), each under its
-- name; kept with the bulk load's SQL rather than in the modules' Java (docs/architecture.md).

-- name: last-initiative
select coalesce(max(id), 0) from initiative;

-- name: busiest-union
-- The grassroots union with the most members: its support team gets the long queue.
select code from unit where level = 'GRASSROOTS' and code like 'CDCS-%-G%' order by member_count desc, code limit 1;

-- name: model-initiative
-- The text of a finished initiative: search and pages see the same kind of words in the open ones.
select title, summary, kind from initiative where id <= ? and status <> 'DRAFT' and kind is not null
order by id desc limit 1;

-- name: biggest-unions
select code from unit where level = 'GRASSROOTS' and code like 'CDCS-%-G%' and code <> ?
order by member_count desc, code limit 30;

-- name: authors-of-union
select distinct author_username from initiative where unit_code = ? and status <> 'DRAFT' order by 1;

-- name: most-prolific-authors
select author_username from initiative where unit_code = ? group by author_username
order by count(*) desc, author_username limit 2;
