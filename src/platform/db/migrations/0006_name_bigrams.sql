-- Chinese names have no spaces, and officers search by two-character fragments (「化工」,
-- 「烟花」) that a trigram index cannot serve. Every distinct two-character substring of the
-- lower-cased name goes into a GIN-indexed array; a search for a fragment asks for all of its
-- bigrams (@>) and rechecks with ILIKE. The same function is mirrored in
-- src/modules/registry/search.ts, which must produce the same bigrams.
CREATE FUNCTION zhifa_bigrams(s text) RETURNS text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT coalesce(array_agg(DISTINCT substr(lower(s), i, 2)), '{}') FROM generate_series(1, char_length(s) - 1) AS i $$;
