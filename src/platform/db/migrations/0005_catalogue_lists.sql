CREATE TABLE "org_checklist" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"code" text NOT NULL,
	"withdrawn" boolean DEFAULT false NOT NULL,
	"withdrawn_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"title" text NOT NULL,
	"scope" text NOT NULL,
	"items" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "org_checklist_revision" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"withdrawn" boolean NOT NULL,
	"reason" text,
	"checklist_id" uuid NOT NULL,
	"content" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "org_power_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"code" text NOT NULL,
	"withdrawn" boolean DEFAULT false NOT NULL,
	"withdrawn_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"basis" text NOT NULL,
	"subject" text NOT NULL,
	"responsibilities" text,
	"accountability" text,
	"matters" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "org_power_item_revision" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"withdrawn" boolean NOT NULL,
	"reason" text,
	"power_item_id" uuid NOT NULL,
	"content" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "org_checklist" ADD CONSTRAINT "org_checklist_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_checklist" ADD CONSTRAINT "org_checklist_updated_by_user_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_checklist_revision" ADD CONSTRAINT "org_checklist_revision_actor_id_user_account_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_checklist_revision" ADD CONSTRAINT "org_checklist_revision_checklist_id_org_checklist_id_fk" FOREIGN KEY ("checklist_id") REFERENCES "public"."org_checklist"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_power_item" ADD CONSTRAINT "org_power_item_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_power_item" ADD CONSTRAINT "org_power_item_updated_by_user_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_power_item_revision" ADD CONSTRAINT "org_power_item_revision_actor_id_user_account_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_power_item_revision" ADD CONSTRAINT "org_power_item_revision_power_item_id_org_power_item_id_fk" FOREIGN KEY ("power_item_id") REFERENCES "public"."org_power_item"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "org_checklist_org_code_idx" ON "org_checklist" USING btree ("org_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "org_checklist_revision_version_idx" ON "org_checklist_revision" USING btree ("checklist_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "org_power_item_org_code_idx" ON "org_power_item" USING btree ("org_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "org_power_item_revision_version_idx" ON "org_power_item_revision" USING btree ("power_item_id","version");