-- Public reads at the programme's size (docs/benchmarks/explain.md, "Public reads and the author's list").

-- The searched text, unaccented and lower-cased once when a row is written rather than for every row a
-- search reads: a search walking the newest rows for three common words read 4,500 rows in 55 ms with the
-- expression, in 2 ms with the column. Kept by PostgreSQL itself on every insert and update (bulk loads too).
alter table initiative
    add column search_words text generated always as (search_text(coalesce(title, '') || ' ' || coalesce(summary, ''))) stored;
-- Finer statistics of the column, so that the planner tells a common word from a rare one (below).
alter table initiative alter column search_words set statistics 1000;

-- The trigram index on the column rather than on the expression (V7), which no query uses any more.
drop index initiative_published_search;
create index initiative_published_search on initiative using gin (search_words gin_trgm_ops) where status = 'PUBLISHED';

-- The public list's order for published rows: the list without words reads one page of this index, and a
-- search for a common word ("may": 1 row in 6) walks it and keeps what matches, where the trigram index
-- would hand over 187,000 rows to be read and sorted. A rare word still goes to the trigram index.
create index initiative_published_order on initiative (portal_uploaded_at desc, id desc) where status = 'PUBLISHED';

analyze initiative;
