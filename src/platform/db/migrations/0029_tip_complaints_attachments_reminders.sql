CREATE TABLE "tip_attachment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tip_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"digest" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	"uploaded_by" uuid
);
--> statement-breakpoint
CREATE TABLE "tip_reminder" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tip_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"due_on" text NOT NULL,
	"reminded_on" text NOT NULL,
	"days_left" integer NOT NULL,
	"late" boolean NOT NULL,
	"run_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "tip" ADD COLUMN "complaint_outcome" text;--> statement-breakpoint
ALTER TABLE "tip" ADD COLUMN "corrective_act" text;--> statement-breakpoint
ALTER TABLE "tip" ADD COLUMN "pow_digest" text;--> statement-breakpoint
ALTER TABLE "tip_attachment" ADD CONSTRAINT "tip_attachment_tip_id_tip_id_fk" FOREIGN KEY ("tip_id") REFERENCES "public"."tip"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_attachment" ADD CONSTRAINT "tip_attachment_uploaded_by_user_account_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_reminder" ADD CONSTRAINT "tip_reminder_tip_id_tip_id_fk" FOREIGN KEY ("tip_id") REFERENCES "public"."tip"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_reminder" ADD CONSTRAINT "tip_reminder_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_reminder" ADD CONSTRAINT "tip_reminder_run_id_scheduled_job_run_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."scheduled_job_run"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tip_attachment_tip_idx" ON "tip_attachment" USING btree ("tip_id","uploaded_at");--> statement-breakpoint
CREATE UNIQUE INDEX "tip_reminder_key_idx" ON "tip_reminder" USING btree ("tip_id","kind","due_on");--> statement-breakpoint
CREATE INDEX "tip_reminder_org_idx" ON "tip_reminder" USING btree ("org_id","reminded_on");--> statement-breakpoint
CREATE UNIQUE INDEX "tip_pow_idx" ON "tip" USING btree ("pow_digest");