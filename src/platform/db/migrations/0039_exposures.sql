CREATE TABLE "exposure" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"org_id" uuid NOT NULL,
	"case_id" uuid,
	"penalty_decision_number" text,
	"penalty_decided_on" text,
	"enterprise_id" uuid,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"number" text,
	"scope" text,
	"enterprise_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"case_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"channels" text[] DEFAULT '{}'::text[] NOT NULL,
	"person_names" text[] DEFAULT '{}'::text[] NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"drafted_by" uuid NOT NULL,
	"drafted_on" text NOT NULL,
	"approved_by" uuid,
	"published_on" text,
	"document" jsonb,
	"publish_seq" bigint,
	"withdrawn_by" uuid,
	"withdrawn_on" text,
	"withdrawal_reason" text,
	"created_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "exposure_kind_chk" CHECK ("exposure"."kind" in ('exposure','typicalCase','circular')),
	CONSTRAINT "exposure_state_chk" CHECK ("exposure"."state" in ('draft','published','withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "summons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"target_kind" text NOT NULL,
	"enterprise_id" uuid,
	"target_org_id" uuid,
	"target_name" text NOT NULL,
	"held_on" text NOT NULL,
	"place" text NOT NULL,
	"summoners" text NOT NULL,
	"summoned" text NOT NULL,
	"matters" text NOT NULL,
	"commitments" text NOT NULL,
	"case_id" uuid,
	"follow_up_on" text NOT NULL,
	"state" text DEFAULT 'recorded' NOT NULL,
	"followed_up_on" text,
	"follow_up_result" text,
	"recorded_by" uuid NOT NULL,
	"followed_up_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "summons_target_chk" CHECK ("summons"."target_kind" in ('enterprise','locality','department')),
	CONSTRAINT "summons_enterprise_chk" CHECK (("summons"."target_kind" = 'enterprise') = ("summons"."enterprise_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "exposure" ADD CONSTRAINT "exposure_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exposure" ADD CONSTRAINT "exposure_enterprise_id_enterprise_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprise"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exposure" ADD CONSTRAINT "exposure_drafted_by_user_account_id_fk" FOREIGN KEY ("drafted_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exposure" ADD CONSTRAINT "exposure_approved_by_user_account_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exposure" ADD CONSTRAINT "exposure_withdrawn_by_user_account_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "summons" ADD CONSTRAINT "summons_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "summons" ADD CONSTRAINT "summons_enterprise_id_enterprise_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprise"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "summons" ADD CONSTRAINT "summons_target_org_id_org_id_fk" FOREIGN KEY ("target_org_id") REFERENCES "public"."org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "summons" ADD CONSTRAINT "summons_recorded_by_user_account_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "summons" ADD CONSTRAINT "summons_followed_up_by_user_account_id_fk" FOREIGN KEY ("followed_up_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "exposure_org_kind_idx" ON "exposure" USING btree ("org_id","kind","state");--> statement-breakpoint
CREATE INDEX "exposure_enterprise_idx" ON "exposure" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "exposure_published_idx" ON "exposure" USING btree ("kind","published_on") WHERE "exposure"."state" = 'published';--> statement-breakpoint
CREATE INDEX "summons_org_held_idx" ON "summons" USING btree ("org_id","held_on");--> statement-breakpoint
CREATE INDEX "summons_enterprise_idx" ON "summons" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "summons_follow_up_idx" ON "summons" USING btree ("state","follow_up_on");