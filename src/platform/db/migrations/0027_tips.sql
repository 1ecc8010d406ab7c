CREATE TABLE "tip" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"receipt" text NOT NULL,
	"secret_digest" text NOT NULL,
	"org_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"channel" text NOT NULL,
	"state" text DEFAULT 'received' NOT NULL,
	"subject_name" text NOT NULL,
	"address" text,
	"content" text NOT NULL,
	"identity" "bytea",
	"anonymous" boolean NOT NULL,
	"matter_key" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"accept_by" text NOT NULL,
	"source_digest" text,
	"recorded_by" uuid,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"reply" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "tip" ADD CONSTRAINT "tip_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip" ADD CONSTRAINT "tip_recorded_by_user_account_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip" ADD CONSTRAINT "tip_decided_by_user_account_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "tip_receipt_idx" ON "tip" USING btree ("receipt");--> statement-breakpoint
CREATE INDEX "tip_org_received_idx" ON "tip" USING btree ("org_id","received_at");--> statement-breakpoint
CREATE INDEX "tip_matter_idx" ON "tip" USING btree ("org_id","matter_key");--> statement-breakpoint
CREATE INDEX "tip_source_idx" ON "tip" USING btree ("source_digest","received_at");