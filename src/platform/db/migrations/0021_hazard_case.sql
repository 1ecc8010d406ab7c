ALTER TABLE "hazard" ADD COLUMN "case_id" uuid;--> statement-breakpoint
-- Findings already cased keep their case, so 立案率 does not change.
UPDATE "hazard" h SET "case_id" = c."id" FROM "penalty_case" c WHERE c."source_hazard_id" = h."id";
