CREATE TABLE "licence" (
	"id" uuid PRIMARY KEY NOT NULL,
	"licence_no" text NOT NULL,
	"matter_code" text NOT NULL,
	"org_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"application_id" uuid,
	"content" jsonb NOT NULL,
	"signature" text NOT NULL,
	"key_id" text NOT NULL,
	"sig_scheme" text NOT NULL,
	"valid_from" text NOT NULL,
	"valid_to" text NOT NULL,
	"state" text DEFAULT 'valid' NOT NULL,
	"issued_on" text NOT NULL,
	"issued_by" uuid,
	"ended_on" text,
	"end_reason" text,
	"ended_by_case_id" uuid,
	"end_decision_no" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "licence_counter" (
	"org_id" uuid NOT NULL,
	"matter_code" text NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "licence_counter_org_id_matter_code_year_pk" PRIMARY KEY("org_id","matter_code","year")
);
--> statement-breakpoint
ALTER TABLE "licence" ADD CONSTRAINT "licence_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licence" ADD CONSTRAINT "licence_enterprise_id_enterprise_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprise"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licence" ADD CONSTRAINT "licence_application_id_license_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."license_application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licence" ADD CONSTRAINT "licence_issued_by_user_account_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licence_counter" ADD CONSTRAINT "licence_counter_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "licence_no_idx" ON "licence" USING btree ("licence_no");--> statement-breakpoint
CREATE UNIQUE INDEX "licence_application_idx" ON "licence" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "licence_enterprise_idx" ON "licence" USING btree ("enterprise_id","valid_to");--> statement-breakpoint
CREATE INDEX "licence_org_idx" ON "licence" USING btree ("org_id","issued_on");