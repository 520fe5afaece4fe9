-- A fingerprint of the migration scripts the store was last migrated with, written after each
-- migration: a read-only command (status, history, diff) whose scripts have the same fingerprint
-- knows the schema is current and answers without starting the application.
CREATE TABLE meta.schema_stamp (
    stamp       VARCHAR NOT NULL,
    recorded_at TIMESTAMP NOT NULL
);

COMMENT ON TABLE meta.schema_stamp IS '数据库结构指纹：最近一次迁移所用全部迁移脚本的 SHA-256，只读命令据此判断无需迁移 / Fingerprint of the migration scripts last applied, so read-only commands know no migration is due';
COMMENT ON COLUMN meta.schema_stamp.stamp IS '全部迁移脚本（文件名与内容）的 SHA-256 / SHA-256 of every migration script, name and content';
COMMENT ON COLUMN meta.schema_stamp.recorded_at IS '记录时间 / Time recorded';
