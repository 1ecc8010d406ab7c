CREATE TABLE "case_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"event" text NOT NULL,
	"from_state" text NOT NULL,
	"to_state" text NOT NULL,
	"actor_id" uuid,
	"at" timestamp with time zone NOT NULL,
	"opinion" text,
	"payload" jsonb NOT NULL,
	"instrument_numbers" text[] DEFAULT '{}'::text[] NOT NULL,
	"ledger_seq" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legal_review" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"reviewer_id" uuid NOT NULL,
	"checklist" jsonb NOT NULL,
	"outcome" text NOT NULL,
	"opinion" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"ledger_seq" bigint NOT NULL,
	CONSTRAINT "legal_review_outcome_chk" CHECK ("legal_review"."outcome" in ('pass','passWithChanges','return','refuse'))
);
--> statement-breakpoint
CREATE TABLE "penalty_case" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"party_kind" text NOT NULL,
	"enterprise_id" uuid,
	"party_name" text NOT NULL,
	"party_id_number" text,
	"violation_type_code" text NOT NULL,
	"violation_date" date NOT NULL,
	"procedure" text NOT NULL,
	"state" text NOT NULL,
	"summary" text NOT NULL,
	"investigator_ids" uuid[] NOT NULL,
	"hearing_chair_id" uuid,
	"penalty" jsonb,
	"discretion" jsonb,
	"within_benchmark" boolean DEFAULT true NOT NULL,
	"benchmark_deviation_reasons" text,
	"major_public_interest" boolean DEFAULT false NOT NULL,
	"complex_case" boolean DEFAULT false NOT NULL,
	"law_requires_legal_review" boolean DEFAULT false NOT NULL,
	"serious_or_complex" boolean DEFAULT false NOT NULL,
	"legal_review_passed" boolean DEFAULT false NOT NULL,
	"legal_review_passed_after_hearing" boolean DEFAULT false NOT NULL,
	"collective_deliberation_done" boolean DEFAULT false NOT NULL,
	"delegation_ceiling_yuan" bigint,
	"filed_on" date,
	"decision_due_on" date,
	"notice_served_on" date,
	"statement_period_ends_on" date,
	"hearing_request_ends_on" date,
	"hearing_on" date,
	"hearing_notice_by" date,
	"decided_on" date,
	"service_due_on" date,
	"served_on" date,
	"service_method" text,
	"disclosure_due_on" date,
	"payment_due_on" date,
	"instalment_applied" boolean DEFAULT false NOT NULL,
	"paid_on" date,
	"paid_fen" bigint,
	"surcharge_fen" bigint,
	"reminded_on" date,
	"court_enforcement_concluded" boolean DEFAULT false NOT NULL,
	"decision_number" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "penalty_case_party_chk" CHECK (("penalty_case"."party_kind" = 'organisation' and "penalty_case"."enterprise_id" is not null) or ("penalty_case"."party_kind" = 'citizen' and "penalty_case"."enterprise_id" is null)),
	CONSTRAINT "penalty_case_procedure_chk" CHECK ("penalty_case"."procedure" in ('general','summary'))
);
--> statement-breakpoint
ALTER TABLE "case_event" ADD CONSTRAINT "case_event_case_id_penalty_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."penalty_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_event" ADD CONSTRAINT "case_event_actor_id_user_account_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_review" ADD CONSTRAINT "legal_review_case_id_penalty_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."penalty_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_review" ADD CONSTRAINT "legal_review_reviewer_id_user_account_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "penalty_case" ADD CONSTRAINT "penalty_case_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "penalty_case" ADD CONSTRAINT "penalty_case_enterprise_id_enterprise_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprise"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "penalty_case" ADD CONSTRAINT "penalty_case_hearing_chair_id_user_account_id_fk" FOREIGN KEY ("hearing_chair_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "penalty_case" ADD CONSTRAINT "penalty_case_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_event_version_idx" ON "case_event" USING btree ("case_id","version");--> statement-breakpoint
CREATE INDEX "legal_review_case_idx" ON "legal_review" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "penalty_case_org_idx" ON "penalty_case" USING btree ("org_id","state");--> statement-breakpoint
CREATE INDEX "penalty_case_enterprise_idx" ON "penalty_case" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "penalty_case_investigators_idx" ON "penalty_case" USING gin ("investigator_ids") WITH (fastupdate=false);