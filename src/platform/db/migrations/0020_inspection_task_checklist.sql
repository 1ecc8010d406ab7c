ALTER TABLE "inspection_task" ADD COLUMN "checklist_code" text;--> statement-breakpoint
-- Tasks made by earlier draws take their matter's checklist, as the record used to look it up.
UPDATE "inspection_task" t SET "checklist_code" = m."checklist_code" FROM "draw" d JOIN "spot_check_matter" m ON m."id" = d."matter_id" WHERE t."draw_id" = d."id";
