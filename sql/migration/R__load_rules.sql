-- Row checks of the bulk load route as SQL macros (schema norm), the same rules as the Java
-- classes named beside each, so DuckDB can apply them to a whole staged file at once. An analyst
-- can use them too, e.g. SELECT norm.mask_phone('13812345678').
-- Equivalence with the Java rules is tested (BulkRouteEquivalenceTest) on every kind of row.

CREATE SCHEMA IF NOT EXISTS norm;

-- Identifiers (credit codes, personal ID numbers, their keyed hashes and masked forms) are judged
-- by the Java rule itself (netmarket.normalize.OperatorIdentity), called inside the bulk route's
-- query as a Java scalar function once per distinct value: one rule for both routes, and the key
-- never leaves the JVM. The SQL copies of those rules are gone from older stores too.
DROP MACRO IF EXISTS norm.credit_code_valid;
DROP MACRO IF EXISTS norm.personal_id_valid;
DROP MACRO IF EXISTS norm.personal_id_shape;
DROP MACRO IF EXISTS norm.hmac_sha256;
DROP MACRO IF EXISTS norm.mask_id;

-- 13812345678 -> 138****5678; shorter numbers keep their last two digits (PiiProtector.maskPhone).
CREATE OR REPLACE MACRO norm.mask_phone(p) AS
    CASE WHEN length(p) >= 11 THEN left(p, 3) || repeat('*', length(p) - 7) || right(p, 4)
         ELSE repeat('*', greatest(0, length(p) - 2)) || right(p, 2) END;

-- Whether the cells of a row, joined by chr(31), are plain: nothing TextCleaner.halfWidth would
-- change (full-width ASCII, ideographic or no-break space) and no white space or control
-- character at either end of a cell (what String.strip would remove), at most 1,000 characters.
-- Plain cells are loaded as written; any other row is read by the Java row interpreter.
CREATE OR REPLACE MACRO norm.plain_cells(joined) AS
    length(joined) <= 1000
    AND NOT regexp_matches(joined,
        '[\x{A0}\x{3000}\x{FF01}-\x{FF5E}]'
        || '|(^|\x1F)[\x00-\x20\x{85}\x{1680}\x{2000}-\x{200F}\x{2028}-\x{202F}\x{205F}\x{FEFF}]'
        || '|[\x00-\x20\x{85}\x{1680}\x{2000}-\x{200F}\x{2028}-\x{202F}\x{205F}\x{FEFF}](\x1F|$)');
