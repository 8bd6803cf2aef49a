-- Search with PostgreSQL itself (docs/architecture.md): "sang kien" finds "sáng kiến". unaccent is only STABLE,
-- so an IMMUTABLE wrapper with a fixed dictionary lets it be indexed; pg_trgm matches parts of words.
-- In production the migration's user needs the right to create these two extensions.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

create or replace function search_text(text) returns text
    language sql immutable parallel safe strict
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

create index initiative_published_search on initiative
    using gin (search_text(coalesce(title, '') || ' ' || coalesce(summary, '')) gin_trgm_ops)
    where status = 'PUBLISHED';
