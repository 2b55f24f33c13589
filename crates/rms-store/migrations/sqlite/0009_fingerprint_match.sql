-- The last two plan knobs of licensing.md §1.

-- How a device is recognised: NULL = by its fingerprint exactly; N = by any N of the hashed
-- hardware components it reported at activation (a new disk does not make it a new device).
ALTER TABLE plans ADD COLUMN fingerprint_min_components BIGINT CHECK (fingerprint_min_components >= 1);
-- Update rights: releases published within this many days of issue are covered (NULL = always).
ALTER TABLE plans ADD COLUMN maintenance_days BIGINT CHECK (maintenance_days >= 1);
ALTER TABLE licenses ADD COLUMN maintenance_until BIGINT;
-- The hashed hardware components a device reported, comma-separated (k-of-n plans).
ALTER TABLE activations ADD COLUMN components TEXT;
