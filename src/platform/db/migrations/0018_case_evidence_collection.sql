ALTER TABLE "penalty_case" ADD COLUMN "samplings" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "penalty_case" ADD COLUMN "preservations" jsonb DEFAULT '[]'::jsonb NOT NULL;