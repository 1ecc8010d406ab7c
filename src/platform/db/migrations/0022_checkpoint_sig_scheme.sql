-- Checkpoints signed so far used an empty SM2 distinguishing ID (Node's OpenSSL). Adding the column
-- with that default records it on every existing row without an UPDATE, which the append-only
-- trigger (0001) would refuse; the default then moves to GB/T 35276's ID, which new ones are signed with.
ALTER TABLE "ledger_checkpoint" ADD COLUMN "sig_scheme" text DEFAULT 'sm2-empty-id' NOT NULL;--> statement-breakpoint
ALTER TABLE "ledger_checkpoint" ALTER COLUMN "sig_scheme" SET DEFAULT 'sm2-gbt35276';
