CREATE TABLE "instrument_counter" (
	"org_id" uuid NOT NULL,
	"type" text NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "instrument_counter_org_id_type_year_pk" PRIMARY KEY("org_id","type","year")
);
--> statement-breakpoint
CREATE TABLE "instrument_number" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"type" text NOT NULL,
	"year" integer NOT NULL,
	"serial" integer NOT NULL,
	"number" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"issued_by" uuid,
	"voided_at" timestamp with time zone,
	"void_reason" text
);
--> statement-breakpoint
ALTER TABLE "instrument_counter" ADD CONSTRAINT "instrument_counter_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instrument_number" ADD CONSTRAINT "instrument_number_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instrument_number" ADD CONSTRAINT "instrument_number_issued_by_user_account_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "instrument_number_serial_idx" ON "instrument_number" USING btree ("org_id","type","year","serial");--> statement-breakpoint
CREATE UNIQUE INDEX "instrument_number_text_idx" ON "instrument_number" USING btree ("number");--> statement-breakpoint
CREATE INDEX "instrument_number_subject_idx" ON "instrument_number" USING btree ("subject_type","subject_id");