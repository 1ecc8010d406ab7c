CREATE TABLE "discretion_benchmark" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"violation_type_code" text NOT NULL,
	"stage" text NOT NULL,
	"org_id" uuid NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"grades" jsonb NOT NULL,
	"basis_document" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "discretion_benchmark" ADD CONSTRAINT "discretion_benchmark_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discretion_benchmark" ADD CONSTRAINT "discretion_benchmark_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "discretion_benchmark_lookup_idx" ON "discretion_benchmark" USING btree ("violation_type_code","org_id","effective_from");