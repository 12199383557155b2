-- The extractor rule that proposed a fact (lib/extract/rules.ts), shown to reviewers beside its
-- confidence; null for facts added by hand, seeded, or stored before rules were recorded.
ALTER TABLE "Fact" ADD COLUMN "rule" TEXT;
