-- Similar initiatives beside a review task (R-2.1, initiative.SimilarInitiatives): the published initiatives of
-- every union whose unaccented title is like the one under review. The title alone, as well as title and
-- summary (V11's search_words, whose index serves too): a title shares few trigrams with a long summary, so two
-- near-identical titles with different summaries would stay below the threshold there.
create index initiative_published_title on initiative using gin (search_text(title) gin_trgm_ops) where status = 'PUBLISHED';

analyze initiative;
