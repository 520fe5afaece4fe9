-- The bulk load route once applied its row checks as SQL macros here (schema norm). It now sorts
-- records in Java as it reads them (netmarket.load.PlainRecords), with the row interpreter's own
-- rules: one rule for both routes, and personal data hashed in the JVM. The macros are removed
-- from stores that have them; the schema stays for what an analyst may have put there.

CREATE SCHEMA IF NOT EXISTS norm;

DROP MACRO IF EXISTS norm.credit_code_valid;
DROP MACRO IF EXISTS norm.personal_id_valid;
DROP MACRO IF EXISTS norm.personal_id_shape;
DROP MACRO IF EXISTS norm.hmac_sha256;
DROP MACRO IF EXISTS norm.mask_id;
DROP MACRO IF EXISTS norm.mask_phone;
DROP MACRO IF EXISTS norm.plain_cells;
