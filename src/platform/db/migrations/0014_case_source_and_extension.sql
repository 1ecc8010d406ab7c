ALTER TABLE "hazard" ADD COLUMN "escalation_measure" text;--> statement-breakpoint
ALTER TABLE "penalty_case" ADD COLUMN "decision_extension_request" jsonb;--> statement-breakpoint
ALTER TABLE "penalty_case" ADD COLUMN "decision_extended_days" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "penalty_case" ADD COLUMN "source_record_id" uuid;--> statement-breakpoint
ALTER TABLE "penalty_case" ADD COLUMN "source_hazard_id" uuid;--> statement-breakpoint
ALTER TABLE "penalty_case" ADD CONSTRAINT "penalty_case_source_record_id_inspection_record_id_fk" FOREIGN KEY ("source_record_id") REFERENCES "public"."inspection_record"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "penalty_case" ADD CONSTRAINT "penalty_case_source_hazard_id_hazard_id_fk" FOREIGN KEY ("source_hazard_id") REFERENCES "public"."hazard"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "penalty_case_source_hazard_idx" ON "penalty_case" USING btree ("source_hazard_id");