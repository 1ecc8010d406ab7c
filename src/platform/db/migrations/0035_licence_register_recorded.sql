CREATE TABLE "recorded_licence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"licence_no" text NOT NULL,
	"issuer" text,
	"valid_from" text,
	"valid_to" text,
	"scope" text,
	"origin" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"recorded_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "recorded_licence" ADD CONSTRAINT "recorded_licence_enterprise_id_enterprise_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprise"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recorded_licence" ADD CONSTRAINT "recorded_licence_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recorded_licence" ADD CONSTRAINT "recorded_licence_recorded_by_user_account_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "recorded_licence_no_idx" ON "recorded_licence" USING btree ("enterprise_id","kind","licence_no");--> statement-breakpoint
CREATE INDEX "recorded_licence_org_idx" ON "recorded_licence" USING btree ("org_id","valid_to");--> statement-breakpoint
-- The enterprise's free-text 许可证 entries move into the licence register as recorded licences
-- (外部登记, origin 'migrated'), numbers kept as written; a repeated entry is kept once.
INSERT INTO "recorded_licence" ("enterprise_id", "org_id", "kind", "licence_no", "valid_to", "origin", "recorded_at")
SELECT e."id", e."org_id",
	coalesce(nullif(btrim(l->>'kind'), ''), '（未注明证照名称）'),
	coalesce(nullif(btrim(l->>'number'), ''), '（未注明编号）'),
	CASE WHEN l->>'validTo' ~ '^\d{4}-\d{2}-\d{2}$' THEN l->>'validTo' END,
	'migrated', now()
FROM "enterprise" e CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(e."licences") = 'array' THEN e."licences" ELSE '[]'::jsonb END) AS l
WHERE jsonb_typeof(l) = 'object'
ON CONFLICT ("enterprise_id", "kind", "licence_no") DO NOTHING;--> statement-breakpoint
ALTER TABLE "enterprise" DROP COLUMN "licences";