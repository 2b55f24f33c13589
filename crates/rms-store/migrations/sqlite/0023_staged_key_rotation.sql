-- A product key that starts signing on a date: published (listed with the product's public keys)
-- before it signs, so shipped apps that pin keys can learn it first. NULL: signing since it was
-- created.
ALTER TABLE product_keys ADD COLUMN active_from BIGINT;
