CREATE TABLE "case_file" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"status" text NOT NULL,
	"owed_seq" bigint NOT NULL,
	"owed_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"manifest" jsonb,
	"manifest_sm3" text,
	"archive" "bytea",
	"ledger_seq" bigint,
	"assembled_at" timestamp with time zone,
	CONSTRAINT "case_file_status_chk" CHECK ("case_file"."status" in ('pending','assembled')),
	CONSTRAINT "case_file_assembled_chk" CHECK ("case_file"."status" = 'pending' or ("case_file"."manifest" is not null and "case_file"."manifest_sm3" is not null and "case_file"."archive" is not null and "case_file"."ledger_seq" is not null and "case_file"."assembled_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "case_file" ADD CONSTRAINT "case_file_case_id_penalty_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."penalty_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_file" ADD CONSTRAINT "case_file_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_file_pending_idx" ON "case_file" USING btree ("status","owed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "case_file_manifest_idx" ON "case_file" USING btree ("manifest_sm3");