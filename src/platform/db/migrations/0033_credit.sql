CREATE TABLE "credit_listing" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"penalty_decision_number" text NOT NULL,
	"penalty_decided_on" text NOT NULL,
	"org_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"criterion" text NOT NULL,
	"facts" text NOT NULL,
	"state" text DEFAULT 'proposed' NOT NULL,
	"proposed_by" uuid NOT NULL,
	"proposed_on" text NOT NULL,
	"notice_number" text,
	"notice_served_on" text,
	"statement_due_on" text,
	"statement" text,
	"statement_on" text,
	"decided_by" uuid,
	"decided_on" text,
	"decision_reason" text,
	"decision_number" text,
	"decision_served_on" text,
	"listed_on" text,
	"term_ends_on" text,
	"removed_on" text,
	"removal_reason" text,
	"created_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "credit_listing" ADD CONSTRAINT "credit_listing_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_listing" ADD CONSTRAINT "credit_listing_enterprise_id_enterprise_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprise"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_listing" ADD CONSTRAINT "credit_listing_proposed_by_user_account_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_listing" ADD CONSTRAINT "credit_listing_decided_by_user_account_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "credit_listing_case_idx" ON "credit_listing" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "credit_listing_org_state_idx" ON "credit_listing" USING btree ("org_id","state");--> statement-breakpoint
CREATE INDEX "credit_listing_enterprise_idx" ON "credit_listing" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "credit_listing_term_idx" ON "credit_listing" USING btree ("state","term_ends_on");