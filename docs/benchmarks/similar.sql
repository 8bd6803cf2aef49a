-- Similar initiatives beside a review task (docs/benchmarks/explain.md, "Similar initiatives"): the two queries of
-- initiative.SimilarInitiatives on the million published initiatives of load-1m-published.sql, migrated to V24.
-- psql -d bench -f docs/benchmarks/similar.sql   # twice; the second (warm) run is shown
\timing on
set plan_cache_mode = force_custom_plan;
set max_parallel_workers_per_gather = 0;

-- Elsewhere, a common title: 11,104 other rows have exactly its words (the generator repeats titles).
explain (analyze, buffers, costs off)
select i.id, i.title, i.unit_code, i.status, similarity(search_text(i.title), 'may say nuoc tu dong') as likeness
from initiative i
where search_text(i.title) % 'may say nuoc tu dong' and i.status = 'PUBLISHED' and i.unit_code <> 'CS-076001' and i.id <> 500000
order by search_text(i.title) <-> 'may say nuoc tu dong'
limit 5;

-- Elsewhere, a title with near ones but none the same.
explain (analyze, buffers, costs off)
select i.id, i.title, i.unit_code, i.status, similarity(search_text(i.title), 'he thong cat dien cho ca dem') as likeness
from initiative i
where search_text(i.title) % 'he thong cat dien cho ca dem' and i.status = 'PUBLISHED' and i.unit_code <> 'CS-110056' and i.id <> 12345
order by search_text(i.title) <-> 'he thong cat dien cho ca dem'
limit 5;

-- Elsewhere, a new title: nothing above the threshold, the worst case (the index is read to its end).
explain (analyze, buffers, costs off)
select i.id, i.title, i.unit_code, i.status, similarity(search_text(i.title), 'bo dieu khien tuabin gio mini cho tram bom') as likeness
from initiative i
where search_text(i.title) % 'bo dieu khien tuabin gio mini cho tram bom' and i.status = 'PUBLISHED' and i.unit_code <> 'CS-110056' and i.id <> 12345
order by search_text(i.title) <-> 'bo dieu khien tuabin gio mini cho tram bom'
limit 5;

-- Its own union: 8 rows here; each is measured.
explain (analyze, buffers, costs off)
select i.id, i.title, i.unit_code, i.status,
       greatest(similarity(search_text(i.title), t.title), similarity(i.search_words, t.words)) as likeness
from initiative i, (select search_text(title) as title, search_words as words from initiative where id = 500000) t
where i.unit_code = 'CS-076001' and i.status not in ('DRAFT', 'WITHDRAWN', 'ABANDONED') and i.id <> 500000
  and (search_text(i.title) % t.title or i.search_words % t.words)
order by likeness desc, i.id desc
limit 5;

-- A union as large as the largest (5,000 initiatives): the same measures on 5,000 rows.
explain (analyze, buffers, costs off)
select i.id, greatest(similarity(search_text(i.title), 'may say nuoc tu dong'), similarity(i.search_words, ' may say nuoc tu dong to 6 de xuat may tiet kiem hat dieu tu dong lam loi 600 trieu dong moi nam ')) as likeness
from initiative i
where i.id <= 5000
  and (search_text(i.title) % 'may say nuoc tu dong' or i.search_words % ' may say nuoc tu dong to 6 de xuat may tiet kiem hat dieu tu dong lam loi 600 trieu dong moi nam ')
order by likeness desc, i.id desc
limit 5;
