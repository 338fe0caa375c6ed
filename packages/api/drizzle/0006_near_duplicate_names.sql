-- Near-duplicate company names that trigram similarity misses (src/deals/conflicts.ts): two typos
-- in a short name can leave few trigrams in common. fuzzystrmatch is a trusted contrib extension,
-- as pg_trgm is, and PGlite ships it.
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;--> statement-breakpoint
-- The optimal string alignment distance of a and b is at most 2: two typos, each a letter
-- substituted, dropped or added, or two neighbouring letters swapped. Only the band of the
-- distance matrix within two of its diagonal is filled, and it stops at the first row with no
-- cell under 3, so unrelated names cost a few rows.
CREATE FUNCTION within_two_typos_osa(a text, b text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  x text[] := string_to_array(a, NULL);
  y text[] := string_to_array(b, NULL);
  m int := coalesce(array_length(x, 1), 0);
  n int := coalesce(array_length(y, 1), 0);
  -- Any distance over 2 is stored as 3: all the band needs to know.
  far CONSTANT int := 3;
  before int[];
  prev int[];
  cur int[];
  best int;
  v int;
BEGIN
  IF abs(m - n) > 2 THEN RETURN false; END IF;
  prev := array_fill(far, ARRAY[n + 1], ARRAY[0]);
  FOR j IN 0 .. least(n, 2) LOOP prev[j] := j; END LOOP;
  before := array_fill(far, ARRAY[n + 1], ARRAY[0]);
  FOR i IN 1 .. m LOOP
    cur := array_fill(far, ARRAY[n + 1], ARRAY[0]);
    IF i <= 2 THEN cur[0] := i; END IF;
    best := cur[0];
    FOR j IN greatest(1, i - 2) .. least(n, i + 2) LOOP
      v := least(prev[j] + 1, cur[j - 1] + 1,
                 prev[j - 1] + CASE WHEN x[i] = y[j] THEN 0 ELSE 1 END);
      IF i > 1 AND j > 1 AND x[i] = y[j - 1] AND x[i - 1] = y[j] THEN
        v := least(v, before[j - 2] + 1);
      END IF;
      cur[j] := least(v, far);
      best := least(best, cur[j]);
    END LOOP;
    IF best >= far THEN RETURN false; END IF;
    before := prev;
    prev := cur;
  END LOOP;
  RETURN prev[n] < far;
END $$;--> statement-breakpoint
-- The same question, asked cheaply first: Levenshtein distance (fuzzystrmatch, in C) counts a
-- swap as two edits, so up to 2 it answers yes, over 4 no, and only 3 or 4 needs the swaps counted.
-- levenshtein takes at most 255 letters; two typos leave names that long similar by trigrams.
-- One expression and not STRICT, so the planner inlines it; CASE fixes the order of the tests.
CREATE FUNCTION within_two_typos(a text, b text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN abs(length(a) - length(b)) > 2 OR greatest(length(a), length(b)) > 255 THEN false
    WHEN levenshtein_less_equal(a, b, 2) <= 2 THEN true
    WHEN levenshtein_less_equal(a, b, 4) > 4 THEN false
    ELSE within_two_typos_osa(a, b)
  END
$$;
