ALTER TABLE "hazard" ALTER COLUMN "record_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "hazard" ADD COLUMN "origin" text DEFAULT 'inspection' NOT NULL;--> statement-breakpoint
ALTER TABLE "hazard" ADD CONSTRAINT "hazard_inspection_has_record" CHECK ("hazard"."origin" <> 'inspection' or "hazard"."record_id" is not null);