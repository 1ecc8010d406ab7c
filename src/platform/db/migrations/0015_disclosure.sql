CREATE TABLE "disclosure" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"source_type" text NOT NULL,
	"source_id" text NOT NULL,
	"org_id" uuid NOT NULL,
	"enterprise_id" uuid,
	"enterprise_name" text NOT NULL,
	"enterprise_name_bigrams" text[] GENERATED ALWAYS AS (zhifa_bigrams(enterprise_name)) STORED,
	"uscc" text,
	"region_code" text,
	"title" text NOT NULL,
	"fields" jsonb NOT NULL,
	"body" text NOT NULL,
	"decided_on" date NOT NULL,
	"due_on" date NOT NULL,
	"term_ends_on" date,
	"status" text DEFAULT 'pending' NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" uuid,
	"withdrawal_reason" text,
	"withdrawal_note" text,
	"act_seq" bigint,
	"publish_seq" bigint,
	"withdraw_seq" bigint,
	"created_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "disclosure_status_chk" CHECK ("disclosure"."status" in ('pending','published','withdrawn')),
	CONSTRAINT "disclosure_published_chk" CHECK ("disclosure"."status" <> 'published' or ("disclosure"."published_at" is not null and "disclosure"."publish_seq" is not null))
);
--> statement-breakpoint
ALTER TABLE "disclosure" ADD CONSTRAINT "disclosure_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure" ADD CONSTRAINT "disclosure_published_by_user_account_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure" ADD CONSTRAINT "disclosure_withdrawn_by_user_account_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "disclosure_source_idx" ON "disclosure" USING btree ("source_type","source_id","kind");--> statement-breakpoint
CREATE INDEX "disclosure_published_idx" ON "disclosure" USING btree ("published_at","id") WHERE "disclosure"."status" = 'published';--> statement-breakpoint
CREATE INDEX "disclosure_name_bigrams_idx" ON "disclosure" USING gin ("enterprise_name_bigrams") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "disclosure_uscc_idx" ON "disclosure" USING btree ("uscc");--> statement-breakpoint
CREATE INDEX "disclosure_decided_idx" ON "disclosure" USING btree ("decided_on") WHERE "disclosure"."status" = 'published';--> statement-breakpoint
CREATE INDEX "disclosure_region_idx" ON "disclosure" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "disclosure_org_due_idx" ON "disclosure" USING btree ("org_id","due_on");--> statement-breakpoint
CREATE INDEX "disclosure_status_due_idx" ON "disclosure" USING btree ("status","due_on");