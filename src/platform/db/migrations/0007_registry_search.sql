DROP INDEX "enterprise_name_trgm_idx";--> statement-breakpoint
ALTER TABLE "enterprise" ADD COLUMN "name_bigrams" text[] GENERATED ALWAYS AS (zhifa_bigrams(name)) STORED;--> statement-breakpoint
CREATE INDEX "enterprise_name_bigrams_idx" ON "enterprise" USING gin ("name_bigrams") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "enterprise_uscc_prefix_idx" ON "enterprise" USING btree ("uscc" text_pattern_ops);