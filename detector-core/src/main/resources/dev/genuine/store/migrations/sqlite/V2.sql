-- Who made each decision, so a person's ruling on a listing is found without reading its whole history.
ALTER TABLE decisions ADD COLUMN scorer TEXT;
UPDATE decisions SET scorer = json_extract(body, '$.scorer');
CREATE INDEX decisions_scorer ON decisions (listing_id, scorer, id);
