CREATE TABLE "follow_up_visit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"subject_title" text NOT NULL,
	"org_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"rule_key" text NOT NULL,
	"basis" text NOT NULL,
	"subject_on" text NOT NULL,
	"due_on" text NOT NULL,
	"handler_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"state" text DEFAULT 'due' NOT NULL,
	"channel" text,
	"fairness" text,
	"conduct" text,
	"satisfaction" text,
	"problems" text,
	"problem" boolean DEFAULT false NOT NULL,
	"respondent" text,
	"note" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone,
	"answered_on" text,
	"resolution" text,
	"resolved_by" uuid,
	"resolved_on" text,
	"created_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "follow_up_visit" ADD CONSTRAINT "follow_up_visit_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_visit" ADD CONSTRAINT "follow_up_visit_enterprise_id_enterprise_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprise"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_visit" ADD CONSTRAINT "follow_up_visit_recorded_by_user_account_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_visit" ADD CONSTRAINT "follow_up_visit_resolved_by_user_account_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "follow_up_visit_subject_idx" ON "follow_up_visit" USING btree ("subject_kind","subject_id");--> statement-breakpoint
CREATE INDEX "follow_up_visit_org_due_idx" ON "follow_up_visit" USING btree ("org_id","due_on");--> statement-breakpoint
CREATE INDEX "follow_up_visit_enterprise_idx" ON "follow_up_visit" USING btree ("enterprise_id","state");