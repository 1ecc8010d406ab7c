CREATE TABLE "campaign" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"basis" text NOT NULL,
	"starts_on" text NOT NULL,
	"ends_on" text NOT NULL,
	"industry_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"key_categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"goal" text DEFAULT '' NOT NULL,
	"closed_on" text,
	"closed_by" uuid,
	"closing_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
ALTER TABLE "inspection_task" ADD COLUMN "departments" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "inspection_task" ADD COLUMN "campaign_id" uuid;--> statement-breakpoint
ALTER TABLE "campaign" ADD CONSTRAINT "campaign_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign" ADD CONSTRAINT "campaign_closed_by_user_account_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign" ADD CONSTRAINT "campaign_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "campaign_org_idx" ON "campaign" USING btree ("org_id","starts_on");--> statement-breakpoint
ALTER TABLE "inspection_task" ADD CONSTRAINT "inspection_task_campaign_id_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaign"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inspection_task_campaign_idx" ON "inspection_task" USING btree ("campaign_id");--> statement-breakpoint
-- 临时 tasks become 日常检查 (routine): the kinds are now tasks/kinds.ts's, and the old code stays readable.
UPDATE "inspection_task" SET "source" = 'routine' WHERE "source" = 'adhoc';
