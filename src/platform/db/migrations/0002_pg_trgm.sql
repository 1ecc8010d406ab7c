-- Trigram indexes let officers and the public find an enterprise by any part of its Chinese
-- name (LIKE '%…%'). pg_trgm is a trusted extension (PostgreSQL ≥ 13), so the database owner
-- may create it; PGlite loads it from its contrib bundle (see db/index.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
