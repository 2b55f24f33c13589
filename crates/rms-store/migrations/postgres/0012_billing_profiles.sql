-- What a customer's invoices say about them besides their name and email (billing.md §5).

CREATE TABLE billing_profiles (
    user_id    UUID   NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    company    TEXT   NOT NULL DEFAULT '',
    tax_id     TEXT   NOT NULL DEFAULT '',
    -- Street, city, postcode: several lines.
    address    TEXT   NOT NULL DEFAULT '',
    -- ISO 3166-1 alpha-2, or empty.
    country    TEXT   NOT NULL DEFAULT '',
    updated_at BIGINT NOT NULL
);
