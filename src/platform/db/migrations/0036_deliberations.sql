CREATE TABLE "deliberation_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"party_name" text NOT NULL,
	"case_summary" text NOT NULL,
	"proposal" jsonb,
	"investigator_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"report_summary" text NOT NULL,
	"legal_opinion" text,
	"votes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"conclusion" text,
	"conclusion_text" text,
	"dissent" text
);
--> statement-breakpoint
CREATE TABLE "deliberation_meeting" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"held_on" text NOT NULL,
	"place" text NOT NULL,
	"chair_id" uuid NOT NULL,
	"recorder_id" uuid NOT NULL,
	"members" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"minutes_number" text,
	"closed_by" uuid,
	"closed_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "deliberation_item" ADD CONSTRAINT "deliberation_item_meeting_id_deliberation_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."deliberation_meeting"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_item" ADD CONSTRAINT "deliberation_item_case_id_penalty_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."penalty_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_meeting" ADD CONSTRAINT "deliberation_meeting_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_meeting" ADD CONSTRAINT "deliberation_meeting_chair_id_user_account_id_fk" FOREIGN KEY ("chair_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_meeting" ADD CONSTRAINT "deliberation_meeting_recorder_id_user_account_id_fk" FOREIGN KEY ("recorder_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_meeting" ADD CONSTRAINT "deliberation_meeting_closed_by_user_account_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliberation_meeting" ADD CONSTRAINT "deliberation_meeting_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "deliberation_item_meeting_case_idx" ON "deliberation_item" USING btree ("meeting_id","case_id");--> statement-breakpoint
CREATE INDEX "deliberation_item_case_idx" ON "deliberation_item" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "deliberation_meeting_org_held_idx" ON "deliberation_meeting" USING btree ("org_id","held_on");