ALTER TABLE "licence" ADD COLUMN "successor_id" uuid;--> statement-breakpoint
ALTER TABLE "license_application" ADD COLUMN "kind" text DEFAULT 'new' NOT NULL;--> statement-breakpoint
ALTER TABLE "license_application" ADD COLUMN "prior_licence_id" uuid;--> statement-breakpoint
ALTER TABLE "license_application" ADD COLUMN "prior_valid_to" text;--> statement-breakpoint
ALTER TABLE "license_application" ADD COLUMN "deemed_granted" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "license_application" ADD CONSTRAINT "license_application_prior_licence_id_licence_id_fk" FOREIGN KEY ("prior_licence_id") REFERENCES "public"."licence"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "license_application_prior_idx" ON "license_application" USING btree ("prior_licence_id");