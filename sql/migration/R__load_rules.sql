-- Row checks of the bulk load route as SQL macros (schema norm), the same rules as the Java
-- classes named beside each, so DuckDB can apply them to a whole staged file at once. An analyst
-- can use them too, e.g. SELECT norm.credit_code_valid('91350400MA2YCKXX7E').
-- Equivalence with the Java rules is tested (BulkRouteEquivalenceTest) on every kind of row.

CREATE SCHEMA IF NOT EXISTS norm;

-- GB 32100-2015 unified social credit code: 17 characters of a 31-letter alphabet, then the
-- check character (31 - Σ value·weight mod 31) mod 31. Same as netmarket.normalize.CreditCode.
-- (CASE, not AND: DuckDB then computes the sum only for text of the right shape.)
CREATE OR REPLACE MACRO norm.credit_code_valid(c) AS
    CASE WHEN regexp_full_match(c, '[0-9A-HJ-NPQRTUWXY]{18}') THEN substr('0123456789ABCDEFGHJKLMNPQRTUWXY', (31 - (
          (instr('0123456789ABCDEFGHJKLMNPQRTUWXY', c[1]) - 1) * 1
        + (instr('0123456789ABCDEFGHJKLMNPQRTUWXY', c[2]) - 1) * 3
        + (instr('0123456789ABCDEFGHJKLMNPQRTUWXY', c[3]) - 1) * 9
        + (instr('0123456789ABCDEFGHJKLMNPQRTUWXY', c[4]) - 1) * 27
        + (instr('0123456789ABCDEFGHJKLMNPQRTUWXY', c[5]) - 1) * 19
        + (instr('0123456789ABCDEFGHJKLMNPQRTUWXY', c[6]) - 1) * 26
        + (instr('0123456789ABCDEFGHJKLMNPQRTUWXY', c[7]) - 1) * 16
        + (instr('0123456789ABCDEFGHJKLMNPQRTUWXY', c[8]) - 1) * 17
        + (instr('0123456789ABCDEFGHJKLMNPQRTUWXY', c[9]) - 1) * 20
        + (instr('0123456789ABCDEFGHJKLMNPQRTUWXY', c[10]) - 1) * 29
        + (instr('0123456789ABCDEFGHJKLMNPQRTUWXY', c[11]) - 1) * 25
        + (instr('0123456789ABCDEFGHJKLMNPQRTUWXY', c[12]) - 1) * 13
        + (instr('0123456789ABCDEFGHJKLMNPQRTUWXY', c[13]) - 1) * 8
        + (instr('0123456789ABCDEFGHJKLMNPQRTUWXY', c[14]) - 1) * 24
        + (instr('0123456789ABCDEFGHJKLMNPQRTUWXY', c[15]) - 1) * 10
        + (instr('0123456789ABCDEFGHJKLMNPQRTUWXY', c[16]) - 1) * 30
        + (instr('0123456789ABCDEFGHJKLMNPQRTUWXY', c[17]) - 1) * 28) % 31) % 31 + 1, 1) = c[18]
    ELSE false END;

-- GB 11643 resident ID number as netmarket.normalize.PersonalId accepts it: 15 digits (legacy,
-- no check character), or 17 digits and the ISO 7064 MOD 11-2 check character (upper-case X).
CREATE OR REPLACE MACRO norm.personal_id_valid(c) AS
    CASE WHEN regexp_full_match(c, '[0-9]{15}') THEN true
         WHEN regexp_full_match(c, '[0-9]{17}[0-9X]') THEN substr('10X98765432', (
              (ascii(c[1]) - 48) * 7 + (ascii(c[2]) - 48) * 9 + (ascii(c[3]) - 48) * 10 + (ascii(c[4]) - 48) * 5
            + (ascii(c[5]) - 48) * 8 + (ascii(c[6]) - 48) * 4 + (ascii(c[7]) - 48) * 2 + (ascii(c[8]) - 48) * 1
            + (ascii(c[9]) - 48) * 6 + (ascii(c[10]) - 48) * 3 + (ascii(c[11]) - 48) * 7 + (ascii(c[12]) - 48) * 9
            + (ascii(c[13]) - 48) * 10 + (ascii(c[14]) - 48) * 5 + (ascii(c[15]) - 48) * 8 + (ascii(c[16]) - 48) * 4
            + (ascii(c[17]) - 48) * 2) % 11 + 1, 1) = c[18]
         ELSE false END;

-- The shape of an 18-character resident ID, whatever its check character: 17 digits and a digit or X,
-- a province code first, a real birth date (1900-2099) in characters 7-14 (PersonalId.hasShape). A
-- value of this shape is never stored as a credit code, even when GB 32100's check passes.
CREATE OR REPLACE MACRO norm.personal_id_shape(c) AS
    CASE WHEN regexp_full_match(c, '[0-9]{17}[0-9X]')
              AND left(c, 2) IN ('11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
                                 '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64',
                                 '65', '71', '81', '82')
              AND substr(c, 7, 4) BETWEEN '1900' AND '2099'
         THEN try_strptime(substr(c, 7, 8), '%Y%m%d') IS NOT NULL
         ELSE false END;

-- HMAC-SHA256 (RFC 2104) as lower-case hex, given the key's inner and outer pads: the keyed hash
-- of netmarket.normalize.PiiProtector. The pads are bound as parameters at load time, never stored.
CREATE OR REPLACE MACRO norm.hmac_sha256(inner_pad, outer_pad, v) AS
    sha256(outer_pad || unhex(sha256(inner_pad || encode(v))));

-- 350402199001011234 -> 3504**********1234 (PiiProtector.maskId).
CREATE OR REPLACE MACRO norm.mask_id(id) AS
    CASE WHEN length(id) <= 8 THEN repeat('*', length(id))
         ELSE left(id, 4) || repeat('*', length(id) - 8) || right(id, 4) END;

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
