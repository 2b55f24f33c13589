-- A billing profile's company, tax id and address identify a customer: they are sealed under the
-- master key (JSON, like the other secrets) in `sealed`, and the plain columns are left empty.
-- The country and region stay readable: taxes and analytics need them. Rows written before this
-- migration are sealed when a node first starts with it.
ALTER TABLE billing_profiles ADD COLUMN sealed BLOB;
