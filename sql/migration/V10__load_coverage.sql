-- What a file covers as a whole: the region its definition reads for the whole file (from the
-- title, the file name or the definition: covers: or a file-level region:), including every region
-- within it. A later release of a record feed replaces, for the years it has rows for, every earlier
-- row of a region it covers, so a corrected city ledger can also remove a county's people.
ALTER TABLE meta.load ADD COLUMN covers_region VARCHAR;
COMMENT ON COLUMN meta.load.covers_region IS '文件整体覆盖的地区（含其下级地区），来自定义的 covers 或整表地区；为空时按各行的地区 / The region the file covers as a whole (with the regions within it), from the definition''s covers or file-level region; null: the regions of its rows';
