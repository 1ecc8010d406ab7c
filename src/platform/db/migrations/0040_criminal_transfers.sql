CREATE TABLE "criminal_transfer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"state" text DEFAULT 'awaitingReceipt' NOT NULL,
	"party_name" text NOT NULL,
	"case_summary" text NOT NULL,
	"suspected_crime" text NOT NULL,
	"letter_number" text,
	"police_authority" text,
	"approved_on" text NOT NULL,
	"approved_by" uuid,
	"persons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"materials" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"procuratorate" text,
	"copied_to_procuratorate_on" text,
	"fine_paid_yuan" integer DEFAULT 0 NOT NULL,
	"received_on" text,
	"receipt_number" text,
	"received_by_name" text,
	"police_decision" text,
	"police_decided_on" text,
	"police_notice_number" text,
	"notice_received_on" text,
	"police_reasons" text,
	"police_decision_recorded_by" uuid,
	"supervision_requested_on" text,
	"supervision_reasons" text,
	"supervision_requested_by" uuid,
	"supervision_result" text,
	"supervision_result_on" text,
	"supervision_result_text" text,
	"supervision_result_recorded_by" uuid,
	"return_kind" text,
	"returned_on" text,
	"return_opinion" text,
	"returned_by" uuid,
	"criminal_fine_yuan" integer DEFAULT 0 NOT NULL,
	"fine_credit_text" text,
	"outcome" text,
	"concluded_on" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "joint_meeting" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"held_on" text NOT NULL,
	"participants" text[] NOT NULL,
	"topics" text NOT NULL,
	"conclusions" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "criminal_transfer" ADD CONSTRAINT "criminal_transfer_case_id_penalty_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."penalty_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criminal_transfer" ADD CONSTRAINT "criminal_transfer_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criminal_transfer" ADD CONSTRAINT "criminal_transfer_approved_by_user_account_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criminal_transfer" ADD CONSTRAINT "criminal_transfer_police_decision_recorded_by_user_account_id_fk" FOREIGN KEY ("police_decision_recorded_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criminal_transfer" ADD CONSTRAINT "criminal_transfer_supervision_requested_by_user_account_id_fk" FOREIGN KEY ("supervision_requested_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criminal_transfer" ADD CONSTRAINT "criminal_transfer_supervision_result_recorded_by_user_account_id_fk" FOREIGN KEY ("supervision_result_recorded_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criminal_transfer" ADD CONSTRAINT "criminal_transfer_returned_by_user_account_id_fk" FOREIGN KEY ("returned_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_meeting" ADD CONSTRAINT "joint_meeting_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_meeting" ADD CONSTRAINT "joint_meeting_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "criminal_transfer_org_state_idx" ON "criminal_transfer" USING btree ("org_id","state");--> statement-breakpoint
CREATE INDEX "criminal_transfer_case_idx" ON "criminal_transfer" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "joint_meeting_org_held_idx" ON "joint_meeting" USING btree ("org_id","held_on");