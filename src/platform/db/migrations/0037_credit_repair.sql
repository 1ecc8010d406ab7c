CREATE TABLE "credit_objection" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"listing_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"submitted_by" uuid NOT NULL,
	"received_on" text NOT NULL,
	"due_on" text NOT NULL,
	"content" text NOT NULL,
	"state" text DEFAULT 'received' NOT NULL,
	"handled_by" uuid,
	"handled_on" text,
	"reason" text,
	"prior_facts" text,
	"corrected_facts" text,
	"created_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_repair" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"listing_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"applied_by" uuid NOT NULL,
	"applied_on" text NOT NULL,
	"due_on" text NOT NULL,
	"claims" jsonb NOT NULL,
	"state" text DEFAULT 'applied' NOT NULL,
	"reviewed_by" uuid,
	"reviewed_on" text,
	"review_opinion" text,
	"review_note" text,
	"decided_by" uuid,
	"decided_on" text,
	"decision" text,
	"decision_reason" text,
	"decision_number" text,
	"revoked_by" uuid,
	"revoked_on" text,
	"revocation_reason" text,
	"revocation_number" text,
	"created_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "credit_objection" ADD CONSTRAINT "credit_objection_listing_id_credit_listing_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."credit_listing"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_objection" ADD CONSTRAINT "credit_objection_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_objection" ADD CONSTRAINT "credit_objection_enterprise_id_enterprise_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprise"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_objection" ADD CONSTRAINT "credit_objection_submitted_by_user_account_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_objection" ADD CONSTRAINT "credit_objection_handled_by_user_account_id_fk" FOREIGN KEY ("handled_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_repair" ADD CONSTRAINT "credit_repair_listing_id_credit_listing_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."credit_listing"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_repair" ADD CONSTRAINT "credit_repair_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_repair" ADD CONSTRAINT "credit_repair_enterprise_id_enterprise_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprise"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_repair" ADD CONSTRAINT "credit_repair_applied_by_user_account_id_fk" FOREIGN KEY ("applied_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_repair" ADD CONSTRAINT "credit_repair_reviewed_by_user_account_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_repair" ADD CONSTRAINT "credit_repair_decided_by_user_account_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_repair" ADD CONSTRAINT "credit_repair_revoked_by_user_account_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "credit_objection_listing_idx" ON "credit_objection" USING btree ("listing_id");--> statement-breakpoint
CREATE INDEX "credit_objection_org_state_idx" ON "credit_objection" USING btree ("org_id","state");--> statement-breakpoint
CREATE INDEX "credit_objection_enterprise_idx" ON "credit_objection" USING btree ("enterprise_id");--> statement-breakpoint
CREATE UNIQUE INDEX "credit_objection_open_idx" ON "credit_objection" USING btree ("listing_id") WHERE "credit_objection"."state" = 'received';--> statement-breakpoint
CREATE INDEX "credit_repair_listing_idx" ON "credit_repair" USING btree ("listing_id");--> statement-breakpoint
CREATE INDEX "credit_repair_org_state_idx" ON "credit_repair" USING btree ("org_id","state");--> statement-breakpoint
CREATE INDEX "credit_repair_enterprise_idx" ON "credit_repair" USING btree ("enterprise_id");--> statement-breakpoint
CREATE UNIQUE INDEX "credit_repair_open_idx" ON "credit_repair" USING btree ("listing_id") WHERE "credit_repair"."state" in ('applied', 'reviewed');