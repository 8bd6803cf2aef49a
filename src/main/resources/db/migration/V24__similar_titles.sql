-- Similar initiatives beside a review task (R-2.1, initiative.SimilarInitiatives): the published titles of every
-- union nearest to the one under review, unaccented. A GiST trigram index hands them over in order of distance
-- (<->), so a query stops after the five it shows: 7 ms among a million rows where a GIN index's candidates above
-- the threshold (100,000 for a common title) had all to be ranked, 19 s (docs/benchmarks/explain.md, "Similar
-- initiatives").
create index initiative_published_title on initiative using gist (search_text(title) gist_trgm_ops) where status = 'PUBLISHED';

analyze initiative;
