CREATE TABLE "tip_reward" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tip_id" uuid NOT NULL,
	"state" text DEFAULT 'proposed' NOT NULL,
	"amount_fen" bigint NOT NULL,
	"fines_fen" bigint,
	"outcome" jsonb NOT NULL,
	"computation" text NOT NULL,
	"basis" text NOT NULL,
	"proposed_by" uuid NOT NULL,
	"proposed_at" timestamp with time zone NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"reason" text,
	"claimant" "bytea",
	"claimed_at" timestamp with time zone,
	"paid_on" text,
	"paid_by" uuid,
	"voucher" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "tip" ADD COLUMN "finish_by" text;--> statement-breakpoint
ALTER TABLE "tip" ADD COLUMN "task_id" uuid;--> statement-breakpoint
ALTER TABLE "tip" ADD COLUMN "assigned_by" uuid;--> statement-breakpoint
ALTER TABLE "tip" ADD COLUMN "assigned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tip" ADD COLUMN "verification" text;--> statement-breakpoint
ALTER TABLE "tip" ADD COLUMN "verification_note" text;--> statement-breakpoint
ALTER TABLE "tip" ADD COLUMN "case_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "tip" ADD COLUMN "verified_by" uuid;--> statement-breakpoint
ALTER TABLE "tip" ADD COLUMN "verified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tip_reward" ADD CONSTRAINT "tip_reward_tip_id_tip_id_fk" FOREIGN KEY ("tip_id") REFERENCES "public"."tip"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_reward" ADD CONSTRAINT "tip_reward_proposed_by_user_account_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_reward" ADD CONSTRAINT "tip_reward_decided_by_user_account_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_reward" ADD CONSTRAINT "tip_reward_paid_by_user_account_id_fk" FOREIGN KEY ("paid_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tip_reward_tip_idx" ON "tip_reward" USING btree ("tip_id","proposed_at");--> statement-breakpoint
ALTER TABLE "tip" ADD CONSTRAINT "tip_assigned_by_user_account_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip" ADD CONSTRAINT "tip_verified_by_user_account_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
UPDATE "tip" SET "finish_by" = to_char(("decided_at" at time zone 'Asia/Shanghai')::date + 60, 'YYYY-MM-DD') WHERE "state" = 'accepted' AND "decided_at" IS NOT NULL;
