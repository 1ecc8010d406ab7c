CREATE TABLE "evaluation_file" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"party_name" text NOT NULL,
	"decision_number" text,
	"closed_on" text,
	"handlers" jsonb NOT NULL,
	"state" text DEFAULT 'drawn' NOT NULL,
	"evaluator_id" uuid,
	"deductions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"score" integer,
	"grade" text,
	"defect_count" integer DEFAULT 0 NOT NULL,
	"comment" text,
	"scored_at" timestamp with time zone,
	"notice_number" text,
	"notified_at" timestamp with time zone,
	"answer" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	"excellent" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_round" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"period_from" text NOT NULL,
	"period_to" text NOT NULL,
	"org_ids" uuid[] NOT NULL,
	"per_org" integer,
	"share_percent" integer,
	"alg" text NOT NULL,
	"beacon" jsonb NOT NULL,
	"pool" jsonb NOT NULL,
	"pool_digest" text NOT NULL,
	"params_digest" text NOT NULL,
	"commitment" text NOT NULL,
	"secret" text NOT NULL,
	"beacon_value" text,
	"seed" text,
	"state" text DEFAULT 'announced' NOT NULL,
	"drawn_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"summary" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "evaluation_file" ADD CONSTRAINT "evaluation_file_round_id_evaluation_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_round"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_file" ADD CONSTRAINT "evaluation_file_case_id_penalty_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."penalty_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_file" ADD CONSTRAINT "evaluation_file_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_file" ADD CONSTRAINT "evaluation_file_evaluator_id_user_account_id_fk" FOREIGN KEY ("evaluator_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_file" ADD CONSTRAINT "evaluation_file_answered_by_user_account_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_round" ADD CONSTRAINT "evaluation_round_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_round" ADD CONSTRAINT "evaluation_round_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_file_round_case_idx" ON "evaluation_file" USING btree ("round_id","case_id");--> statement-breakpoint
CREATE INDEX "evaluation_file_org_idx" ON "evaluation_file" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "evaluation_round_org_idx" ON "evaluation_round" USING btree ("org_id","created_at");