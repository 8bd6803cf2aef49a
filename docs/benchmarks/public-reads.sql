-- The hot queries of the public reads and of the author's list, as the platform runs them after V11
-- (docs/benchmarks/explain.md). On the scratch database of load-1m-published.sql, twice (the second run warm):
--   psql -d bench -f docs/benchmarks/public-reads.sql
\timing on
-- What PublishedInitiatives sets in its transaction.
begin;
select set_config('statement_timeout', '2000', true), set_config('plan_cache_mode', 'force_custom_plan', true),
       set_config('max_parallel_workers_per_gather', '0', true);

\echo '== author list: page 1 of the ids, tacgia.it (4 own + 2 co-authored), then tacgia.nhieu (2,309)'
explain (analyze, buffers, costs off) select id from (
    select i.id, i.created_at from initiative i where i.author_username = 'tacgia.it'
    union
    select i.id, i.created_at from contributor c join initiative i on i.id = c.initiative_id where c.username = 'tacgia.it'
) mine order by created_at desc, id desc offset 0 limit 20;
explain (analyze, buffers, costs off) select id from (
    select i.id, i.created_at from initiative i where i.author_username = 'tacgia.nhieu'
    union
    select i.id, i.created_at from contributor c join initiative i on i.id = c.initiative_id where c.username = 'tacgia.nhieu'
) mine order by created_at desc, id desc offset 0 limit 20;
\echo '== author list: the count of all'
explain (analyze, buffers, costs off) select count(*) from (
    select i.id from initiative i where i.author_username = 'tacgia.nhieu'
    union
    select c.initiative_id from contributor c where c.username = 'tacgia.nhieu'
) mine;

\echo '== public list, no words, first page (50 + 1)'
explain (analyze, buffers, costs off) select i.id, i.kind, i.title, i.summary, i.origin_story, i.credited_name, i.unit_code,
       i.phase_code, i.benefit_vnd, i.portal_uploaded_at from initiative i
where i.status = 'PUBLISHED' order by i.portal_uploaded_at desc, i.id desc offset 0 limit 51;
\echo '== public list, the deepest page allowed (first=950, 50 + 1)'
explain (analyze, buffers, costs off) select i.id, i.title from initiative i
where i.status = 'PUBLISHED' order by i.portal_uploaded_at desc, i.id desc offset 950 limit 51;

-- A search with words: (1) the newest 5,000 published rows; (2) when (1) did not fill the page, the
-- trigram index's candidates (index and sequential scans off for that statement).

\echo '== q=may (1 row in 6): (1) the newest 5,000'
explain (analyze, buffers, costs off) select i.id, i.title from (select id, title, portal_uploaded_at, status, search_words
    from initiative where status = 'PUBLISHED' order by portal_uploaded_at desc, id desc limit 5000) i
where i.status = 'PUBLISHED'
  and i.search_words like '% ' || search_text('may') || '%'
order by i.portal_uploaded_at desc, i.id desc offset 0 limit 51;
\echo '== q=may (1 row in 6): (2) the trigram index'
select set_config('enable_indexscan', 'off', true), set_config('enable_seqscan', 'off', true);
explain (analyze, buffers, costs off) select i.id, i.title from initiative i where i.status = 'PUBLISHED'
  and i.search_words like '% ' || search_text('may') || '%'
order by i.portal_uploaded_at desc, i.id desc offset 0 limit 51;
select set_config('enable_indexscan', 'on', true), set_config('enable_seqscan', 'on', true);

\echo '== q=máy cắt vải (with accents; 1 row in 90 has all three): (1) the newest 5,000'
explain (analyze, buffers, costs off) select i.id, i.title from (select id, title, portal_uploaded_at, status, search_words
    from initiative where status = 'PUBLISHED' order by portal_uploaded_at desc, id desc limit 5000) i
where i.status = 'PUBLISHED'
  and i.search_words like '% ' || search_text('máy') || '%'
  and i.search_words like '% ' || search_text('cắt') || '%'
  and i.search_words like '% ' || search_text('vải') || '%'
order by i.portal_uploaded_at desc, i.id desc offset 0 limit 51;
\echo '== q=máy cắt vải (with accents; 1 row in 90 has all three): (2) the trigram index'
select set_config('enable_indexscan', 'off', true), set_config('enable_seqscan', 'off', true);
explain (analyze, buffers, costs off) select i.id, i.title from initiative i where i.status = 'PUBLISHED'
  and i.search_words like '% ' || search_text('máy') || '%'
  and i.search_words like '% ' || search_text('cắt') || '%'
  and i.search_words like '% ' || search_text('vải') || '%'
order by i.portal_uploaded_at desc, i.id desc offset 0 limit 51;
select set_config('enable_indexscan', 'on', true), set_config('enable_seqscan', 'on', true);

\echo '== q=819 triệu (1 row in 900): (1) the newest 5,000'
explain (analyze, buffers, costs off) select i.id, i.title from (select id, title, portal_uploaded_at, status, search_words
    from initiative where status = 'PUBLISHED' order by portal_uploaded_at desc, id desc limit 5000) i
where i.status = 'PUBLISHED'
  and i.search_words like '% ' || search_text('819') || '%'
  and i.search_words like '% ' || search_text('triệu') || '%'
order by i.portal_uploaded_at desc, i.id desc offset 0 limit 51;
\echo '== q=819 triệu (1 row in 900): (2) the trigram index'
select set_config('enable_indexscan', 'off', true), set_config('enable_seqscan', 'off', true);
explain (analyze, buffers, costs off) select i.id, i.title from initiative i where i.status = 'PUBLISHED'
  and i.search_words like '% ' || search_text('819') || '%'
  and i.search_words like '% ' || search_text('triệu') || '%'
order by i.portal_uploaded_at desc, i.id desc offset 0 limit 51;
select set_config('enable_indexscan', 'on', true), set_config('enable_seqscan', 'on', true);

\echo '== q=tuabin (no row): (1) the newest 5,000'
explain (analyze, buffers, costs off) select i.id, i.title from (select id, title, portal_uploaded_at, status, search_words
    from initiative where status = 'PUBLISHED' order by portal_uploaded_at desc, id desc limit 5000) i
where i.status = 'PUBLISHED'
  and i.search_words like '% ' || search_text('tuabin') || '%'
order by i.portal_uploaded_at desc, i.id desc offset 0 limit 51;
\echo '== q=tuabin (no row): (2) the trigram index'
select set_config('enable_indexscan', 'off', true), set_config('enable_seqscan', 'off', true);
explain (analyze, buffers, costs off) select i.id, i.title from initiative i where i.status = 'PUBLISHED'
  and i.search_words like '% ' || search_text('tuabin') || '%'
order by i.portal_uploaded_at desc, i.id desc offset 0 limit 51;
select set_config('enable_indexscan', 'on', true), set_config('enable_seqscan', 'on', true);

\echo '== q=máy ép xe (never together; ép and xe narrow by their trigrams): (1) the newest 5,000'
explain (analyze, buffers, costs off) select i.id, i.title from (select id, title, portal_uploaded_at, status, search_words
    from initiative where status = 'PUBLISHED' order by portal_uploaded_at desc, id desc limit 5000) i
where i.status = 'PUBLISHED'
  and i.search_words like '% ' || search_text('máy') || '%'
  and i.search_words like '% ' || search_text('ép') || '%'
  and i.search_words like '% ' || search_text('xe') || '%'
order by i.portal_uploaded_at desc, i.id desc offset 0 limit 51;
\echo '== q=máy ép xe (never together; ép and xe narrow by their trigrams): (2) the trigram index'
select set_config('enable_indexscan', 'off', true), set_config('enable_seqscan', 'off', true);
explain (analyze, buffers, costs off) select i.id, i.title from initiative i where i.status = 'PUBLISHED'
  and i.search_words like '% ' || search_text('máy') || '%'
  and i.search_words like '% ' || search_text('ép') || '%'
  and i.search_words like '% ' || search_text('xe') || '%'
order by i.portal_uploaded_at desc, i.id desc offset 0 limit 51;
select set_config('enable_indexscan', 'on', true), set_config('enable_seqscan', 'on', true);

\echo '== q=máy cắt vải in one province (L2-05), words and a unit'
select array_agg(code)::text as codes from (
    with recursive subtree(code, level) as (
        select code, level from unit where code = 'L2-05'
        union all
        select u.code, u.level from unit u join subtree s on u.parent_code = s.code where s.level <> 'GRASSROOTS'
    ) select code from subtree) t \gset
explain (analyze, buffers, costs off) select i.id, i.title from (select id, title, portal_uploaded_at, status, search_words, unit_code
    from initiative where status = 'PUBLISHED' order by portal_uploaded_at desc, id desc limit 5000) i
where i.status = 'PUBLISHED' and i.search_words like '% ' || search_text('máy') || '%'
  and i.search_words like '% ' || search_text('cắt') || '%' and i.search_words like '% ' || search_text('vải') || '%'
  and i.unit_code = any(:'codes'::varchar[])
order by i.portal_uploaded_at desc, i.id desc offset 0 limit 51;
select set_config('enable_indexscan', 'off', true), set_config('enable_seqscan', 'off', true);
explain (analyze, buffers, costs off) select i.id, i.title from initiative i where i.status = 'PUBLISHED'
  and i.search_words like '% ' || search_text('máy') || '%'
  and i.search_words like '% ' || search_text('cắt') || '%' and i.search_words like '% ' || search_text('vải') || '%'
  and i.unit_code = any(:'codes'::varchar[])
order by i.portal_uploaded_at desc, i.id desc offset 0 limit 51;
select set_config('enable_indexscan', 'on', true), set_config('enable_seqscan', 'on', true);
\echo '== q=x (15 one-letter words): refused before any SQL (search.words.too-many, search.words.too-short)'

\echo '== unit filter: the subtree of a level-2 union (Units.selfAndDescendants), then the list in it'
select array_agg(code)::text as codes, count(*) as unit_count from (
    with recursive subtree(code, level) as (
        select code, level from unit where code = 'L2-05'
        union all
        select u.code, u.level from unit u join subtree s on u.parent_code = s.code where s.level <> 'GRASSROOTS'
    ) select code from subtree) t \gset
\echo :unit_count
explain (analyze, buffers, costs off) with recursive subtree(code, level) as (
    select code, level from unit where code = 'L2-05'
    union all
    select u.code, u.level from unit u join subtree s on u.parent_code = s.code where s.level <> 'GRASSROOTS'
) select code from subtree;
explain (analyze, buffers, costs off) select i.id, i.title from initiative i where i.status = 'PUBLISHED'
  and i.unit_code = any(:'codes'::varchar[])
order by i.portal_uploaded_at desc, i.id desc offset 0 limit 51;
explain (analyze, buffers, costs off) select i.id, i.title from initiative i where i.status = 'PUBLISHED'
  and i.search_words like '% ' || search_text('may') || '%' and i.unit_code = any(:'codes'::varchar[])
order by i.portal_uploaded_at desc, i.id desc offset 0 limit 51;
\echo '== unit filter: one grassroots union'
explain (analyze, buffers, costs off) select i.id, i.title from initiative i where i.status = 'PUBLISHED'
  and i.unit_code = any('{CS-000123}'::varchar[])
order by i.portal_uploaded_at desc, i.id desc offset 0 limit 51;
rollback;
