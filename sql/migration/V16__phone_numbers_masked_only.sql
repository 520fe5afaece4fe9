-- Phone numbers are kept masked only (138****5678), no longer with a keyed hash. No indicator,
-- view or join uses them; an 11-digit number's keyed hash is a pseudonym anyone holding the key
-- can reverse by trying every number, so it added risk without use (PIPL's minimum necessary).
-- Personal ID numbers keep their keyed hash: it counts an individual operator once across
-- platforms and files. The hashes already stored are erased with the column.
ALTER TABLE fact.operator DROP COLUMN phone_hash;
