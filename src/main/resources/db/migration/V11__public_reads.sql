-- Public reads at the programme's size (docs/benchmarks/explain.md, "Public reads and the author's list").

-- The searched text, unaccented and lower-cased once when a row is written rather than for every row a
-- search reads: a search walking the newest rows for three common words read 4,500 rows in 55 ms with the
-- expression, in 2 ms with the column. Kept by PostgreSQL itself on every insert and update (bulk loads too).
-- Its words are separated by single spaces and it starts with one: a search word matches the start of a
-- word (like '% xe%'), which gives even a two-letter word trigrams the index can look up ("  x", " xe").
alter table initiative
    add column search_words text generated always as (
        ' ' || regexp_replace(search_text(coalesce(title, '') || ' ' || coalesce(summary, '')), '[^[:alnum:]]+', ' ', 'g')
    ) stored;

-- The trigram index on the column rather than on the expression (V7), which no query uses any more.
drop index initiative_published_search;
create index initiative_published_search on initiative using gin (search_words gin_trgm_ops) where status = 'PUBLISHED';

-- The public list's order for published rows: the list without words reads one page of this index, and a
-- search (PublishedInitiatives) first walks the newest 5,000 rows of it: a common word ("may": 1 row in 6)
-- fills its page there, where the trigram index handed over 187,000 rows to be read and sorted (2.5 s).
-- A rarer word then goes to the trigram index.
create index initiative_published_order on initiative (portal_uploaded_at desc, id desc) where status = 'PUBLISHED';

analyze initiative;
