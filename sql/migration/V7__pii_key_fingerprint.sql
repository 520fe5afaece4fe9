-- The fingerprint of the key personal identifiers are hashed with: HMAC-SHA256 of a fixed text,
-- never the key. A run whose key gives another fingerprint stops before loading anything, since
-- none of its hashes would match the stored ones (the same person would count twice).
CREATE TABLE meta.pii_key (
    fingerprint VARCHAR NOT NULL,
    recorded_at TIMESTAMP NOT NULL
);

COMMENT ON TABLE meta.pii_key IS '个人信息哈希密钥的指纹（固定文本的 HMAC，不是密钥本身）：换了密钥的运行在加载前停止 / fingerprint of the personal-data key (an HMAC of a fixed text, never the key): a run with another key stops before loading';
COMMENT ON COLUMN meta.pii_key.fingerprint IS '密钥指纹：HMAC-SHA256(密钥, 固定文本) 的十六进制 / key fingerprint: hex HMAC-SHA256 of a fixed text';
COMMENT ON COLUMN meta.pii_key.recorded_at IS '首次记录的时间 / when it was first recorded';
