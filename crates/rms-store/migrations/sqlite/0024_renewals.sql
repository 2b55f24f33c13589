-- Renewals: a license extended by a paid invoice. The row remembers what the renewal added, so
-- refunding that invoice takes exactly that time back.
CREATE TABLE license_renewals (
    id                  BLOB   NOT NULL PRIMARY KEY,
    license_id          BLOB   NOT NULL REFERENCES licenses (id) ON DELETE CASCADE,
    invoice_id          BLOB   NOT NULL UNIQUE REFERENCES invoices (id),
    previous_expires_at BIGINT NOT NULL,
    new_expires_at      BIGINT NOT NULL,
    created_at          BIGINT NOT NULL,
    -- Set when the invoice was refunded and the time taken back.
    reversed_at         BIGINT
);
CREATE INDEX license_renewals_license ON license_renewals (license_id);
