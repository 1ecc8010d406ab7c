CREATE TABLE "license_application" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_no" text NOT NULL,
	"matter_code" text NOT NULL,
	"org_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"scope" text NOT NULL,
	"contact_name" text NOT NULL,
	"contact_phone" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"submitted_at" timestamp with time zone,
	"received_on" text,
	"submitted_by" uuid,
	"supplement_notices" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"accepted_on" text,
	"accepted_by" uuid,
	"deemed_accepted" boolean DEFAULT false NOT NULL,
	"refusal_reason" text,
	"pauses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"extension_days" integer DEFAULT 0 NOT NULL,
	"extension_reason" text,
	"extended_by" uuid,
	"decided_on" text,
	"decided_by" uuid,
	"decision_reason" text,
	"closed_on" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "license_material" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"material_code" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"digest" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	"uploaded_by" uuid,
	"withdrawn" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "license_application" ADD CONSTRAINT "license_application_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "license_application" ADD CONSTRAINT "license_application_enterprise_id_enterprise_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprise"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "license_application" ADD CONSTRAINT "license_application_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "license_application" ADD CONSTRAINT "license_application_submitted_by_user_account_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "license_application" ADD CONSTRAINT "license_application_accepted_by_user_account_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "license_application" ADD CONSTRAINT "license_application_extended_by_user_account_id_fk" FOREIGN KEY ("extended_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "license_application" ADD CONSTRAINT "license_application_decided_by_user_account_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "license_material" ADD CONSTRAINT "license_material_application_id_license_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."license_application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "license_material" ADD CONSTRAINT "license_material_uploaded_by_user_account_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "license_application_no_idx" ON "license_application" USING btree ("application_no");--> statement-breakpoint
CREATE INDEX "license_application_org_idx" ON "license_application" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "license_application_enterprise_idx" ON "license_application" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "license_material_application_idx" ON "license_material" USING btree ("application_id","material_code");