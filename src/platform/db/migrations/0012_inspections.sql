CREATE TABLE "hazard" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"record_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"description" text NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"check_item_code" text,
	"major_hazard_code" text,
	"grade" text NOT NULL,
	"measures" text NOT NULL,
	"deadline" text NOT NULL,
	"responsible_person" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"found_on" text NOT NULL,
	"closed_on" text,
	"rectification_note" text,
	"extension_reason" text,
	"requested_deadline" text,
	"reinspection_note" text,
	"escalation_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "inspection_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"record_id" uuid,
	"hazard_id" uuid,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"digest" text NOT NULL,
	"alg" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	"uploaded_by" uuid
);
--> statement-breakpoint
CREATE TABLE "inspection_record" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"status" text DEFAULT 'inProgress' NOT NULL,
	"checklist_code" text,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"place" text DEFAULT '' NOT NULL,
	"present" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"findings" text DEFAULT '' NOT NULL,
	"signer_name" text,
	"signature_png" "bytea",
	"signature_refused" text,
	"number" text,
	"order_number" text,
	"completed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "scheduled_job_run" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"job" text NOT NULL,
	"run_key" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"result" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "hazard" ADD CONSTRAINT "hazard_record_id_inspection_record_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."inspection_record"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hazard" ADD CONSTRAINT "hazard_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hazard" ADD CONSTRAINT "hazard_enterprise_id_enterprise_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprise"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hazard" ADD CONSTRAINT "hazard_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_evidence" ADD CONSTRAINT "inspection_evidence_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_evidence" ADD CONSTRAINT "inspection_evidence_enterprise_id_enterprise_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprise"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_evidence" ADD CONSTRAINT "inspection_evidence_record_id_inspection_record_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."inspection_record"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_evidence" ADD CONSTRAINT "inspection_evidence_uploaded_by_user_account_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_record" ADD CONSTRAINT "inspection_record_task_id_inspection_task_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."inspection_task"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_record" ADD CONSTRAINT "inspection_record_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_record" ADD CONSTRAINT "inspection_record_enterprise_id_enterprise_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprise"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_record" ADD CONSTRAINT "inspection_record_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "hazard_org_idx" ON "hazard" USING btree ("org_id","found_on");--> statement-breakpoint
CREATE INDEX "hazard_enterprise_idx" ON "hazard" USING btree ("enterprise_id","status");--> statement-breakpoint
CREATE INDEX "hazard_deadline_idx" ON "hazard" USING btree ("status","deadline");--> statement-breakpoint
CREATE INDEX "inspection_evidence_record_idx" ON "inspection_evidence" USING btree ("record_id");--> statement-breakpoint
CREATE INDEX "inspection_evidence_hazard_idx" ON "inspection_evidence" USING btree ("hazard_id");--> statement-breakpoint
CREATE UNIQUE INDEX "inspection_record_task_idx" ON "inspection_record" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "inspection_record_org_idx" ON "inspection_record" USING btree ("org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "scheduled_job_run_key_idx" ON "scheduled_job_run" USING btree ("job","run_key");