CREATE TABLE "enterprise" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"uscc" text NOT NULL,
	"name" text NOT NULL,
	"legal_representative" text NOT NULL,
	"principal_person" text NOT NULL,
	"address" text NOT NULL,
	"region_code" text NOT NULL,
	"org_id" uuid NOT NULL,
	"industry_code" text NOT NULL,
	"size" text NOT NULL,
	"risk_grade" text NOT NULL,
	"key_categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"standardization_grade" text NOT NULL,
	"status" text NOT NULL,
	"licences" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"contacts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprise_import" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"actor_id" uuid,
	"file_name" text NOT NULL,
	"format" text NOT NULL,
	"digest" text NOT NULL,
	"content" "bytea" NOT NULL,
	"status" text NOT NULL,
	"processed_rows" integer DEFAULT 0 NOT NULL,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"valid_rows" integer DEFAULT 0 NOT NULL,
	"error_count" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"failure" text,
	"result" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	"committed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "enterprise_revision" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"source" text NOT NULL,
	"changes" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "enterprise" ADD CONSTRAINT "enterprise_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_import" ADD CONSTRAINT "enterprise_import_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_import" ADD CONSTRAINT "enterprise_import_actor_id_user_account_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_revision" ADD CONSTRAINT "enterprise_revision_enterprise_id_enterprise_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprise"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_revision" ADD CONSTRAINT "enterprise_revision_actor_id_user_account_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "enterprise_uscc_idx" ON "enterprise" USING btree ("uscc");--> statement-breakpoint
CREATE INDEX "enterprise_org_idx" ON "enterprise" USING btree ("org_id","name");--> statement-breakpoint
CREATE INDEX "enterprise_region_idx" ON "enterprise" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "enterprise_industry_idx" ON "enterprise" USING btree ("industry_code");--> statement-breakpoint
CREATE INDEX "enterprise_name_trgm_idx" ON "enterprise" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "enterprise_key_categories_idx" ON "enterprise" USING gin ("key_categories");--> statement-breakpoint
CREATE UNIQUE INDEX "enterprise_revision_version_idx" ON "enterprise_revision" USING btree ("enterprise_id","version");--> statement-breakpoint
ALTER TABLE "user_account" ADD CONSTRAINT "user_account_enterprise_id_enterprise_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprise"("id") ON DELETE no action ON UPDATE no action;