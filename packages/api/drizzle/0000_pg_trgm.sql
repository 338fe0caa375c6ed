-- Fuzzy company-name matching for deal registration (trigram similarity and GIN indexes).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
