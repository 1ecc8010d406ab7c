CREATE TABLE "annual_report" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"state" text DEFAULT 'drafting' NOT NULL,
	"outline" jsonb NOT NULL,
	"editor_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"published_on" date,
	"return_reason" text,
	"figures" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "annual_report_text" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"section_key" text NOT NULL,
	"version" integer NOT NULL,
	"text" text NOT NULL,
	"author_id" uuid,
	"saved_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "annual_report" ADD CONSTRAINT "annual_report_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_report" ADD CONSTRAINT "annual_report_submitted_by_user_account_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_report" ADD CONSTRAINT "annual_report_approved_by_user_account_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_report" ADD CONSTRAINT "annual_report_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_report_text" ADD CONSTRAINT "annual_report_text_report_id_annual_report_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."annual_report"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_report_text" ADD CONSTRAINT "annual_report_text_author_id_user_account_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "annual_report_org_year_idx" ON "annual_report" USING btree ("org_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "annual_report_text_version_idx" ON "annual_report_text" USING btree ("report_id","section_key","version");--> statement-breakpoint
CREATE INDEX "annual_report_text_report_idx" ON "annual_report_text" USING btree ("report_id");