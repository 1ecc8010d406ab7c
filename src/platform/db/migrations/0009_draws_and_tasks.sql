CREATE TABLE "inspection_task" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"source" text NOT NULL,
	"draw_id" uuid,
	"matter_code" text,
	"plan_id" uuid,
	"reason" text,
	"officer_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"status" text DEFAULT 'assigned' NOT NULL,
	"planned_on" text NOT NULL,
	"completed_on" text,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "draw" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"matter_id" uuid NOT NULL,
	"plan_id" uuid,
	"name" text NOT NULL,
	"status" text NOT NULL,
	"params" jsonb NOT NULL,
	"snapshot_digest" text NOT NULL,
	"params_digest" text NOT NULL,
	"commitment" text NOT NULL,
	"secret" text NOT NULL,
	"beacon" text,
	"result" jsonb,
	"announced_at" timestamp with time zone NOT NULL,
	"announced_by" uuid,
	"announce_seq" bigint NOT NULL,
	"drawn_at" timestamp with time zone,
	"drawn_by" uuid,
	"draw_seq" bigint,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "draw_snapshot" (
	"draw_id" uuid PRIMARY KEY NOT NULL,
	"content" "bytea" NOT NULL,
	"enterprise_count" integer NOT NULL,
	"officer_count" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "draw_withdrawal" (
	"draw_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"withdrawal" jsonb NOT NULL,
	"record" jsonb NOT NULL,
	"ledger_seq" bigint NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	CONSTRAINT "draw_withdrawal_draw_id_seq_pk" PRIMARY KEY("draw_id","seq")
);
--> statement-breakpoint
CREATE TABLE "spot_check_matter" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"legal_basis" text NOT NULL,
	"checklist_code" text NOT NULL,
	"ratio_permille" integer NOT NULL,
	"frequency" text NOT NULL,
	"target_filter" jsonb NOT NULL,
	"strata_by" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "inspection_task" ADD CONSTRAINT "inspection_task_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_task" ADD CONSTRAINT "inspection_task_enterprise_id_enterprise_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprise"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_task" ADD CONSTRAINT "inspection_task_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "draw" ADD CONSTRAINT "draw_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "draw" ADD CONSTRAINT "draw_matter_id_spot_check_matter_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."spot_check_matter"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "draw" ADD CONSTRAINT "draw_announced_by_user_account_id_fk" FOREIGN KEY ("announced_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "draw" ADD CONSTRAINT "draw_drawn_by_user_account_id_fk" FOREIGN KEY ("drawn_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "draw_snapshot" ADD CONSTRAINT "draw_snapshot_draw_id_draw_id_fk" FOREIGN KEY ("draw_id") REFERENCES "public"."draw"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "draw_withdrawal" ADD CONSTRAINT "draw_withdrawal_draw_id_draw_id_fk" FOREIGN KEY ("draw_id") REFERENCES "public"."draw"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "draw_withdrawal" ADD CONSTRAINT "draw_withdrawal_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_check_matter" ADD CONSTRAINT "spot_check_matter_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inspection_task_org_idx" ON "inspection_task" USING btree ("org_id","planned_on");--> statement-breakpoint
CREATE INDEX "inspection_task_enterprise_idx" ON "inspection_task" USING btree ("enterprise_id","planned_on");--> statement-breakpoint
CREATE INDEX "inspection_task_draw_idx" ON "inspection_task" USING btree ("draw_id");--> statement-breakpoint
CREATE INDEX "inspection_task_plan_idx" ON "inspection_task" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "inspection_task_officers_idx" ON "inspection_task" USING gin ("officer_ids") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "draw_org_idx" ON "draw" USING btree ("org_id","announced_at");--> statement-breakpoint
CREATE UNIQUE INDEX "spot_check_matter_code_idx" ON "spot_check_matter" USING btree ("org_id","code");