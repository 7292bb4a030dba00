-- a later migration adds a column
ALTER TABLE a ADD COLUMN y INTEGER;
INSERT INTO a (x, y) VALUES ('one', 2);
