CREATE TABLE "ledger_subtree" (
	"alg" text NOT NULL,
	"level" smallint NOT NULL,
	"idx" bigint NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "ledger_subtree_alg_level_idx_pk" PRIMARY KEY("alg","level","idx")
);
