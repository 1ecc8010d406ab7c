CREATE TABLE "case_reminder" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"due_on" date NOT NULL,
	"reminded_on" date NOT NULL,
	"workdays_left" integer NOT NULL,
	"late" boolean NOT NULL,
	"run_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_reminder" ADD CONSTRAINT "case_reminder_case_id_penalty_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."penalty_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_reminder" ADD CONSTRAINT "case_reminder_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_reminder" ADD CONSTRAINT "case_reminder_run_id_scheduled_job_run_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."scheduled_job_run"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_reminder_key_idx" ON "case_reminder" USING btree ("case_id","kind","due_on");--> statement-breakpoint
CREATE INDEX "case_reminder_org_idx" ON "case_reminder" USING btree ("org_id","reminded_on");