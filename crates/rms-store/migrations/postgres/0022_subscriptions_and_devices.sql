-- Per-product release subscriptions, and the devices people signed in from.

-- Which release channel of a product a person follows (channels are cumulative: beta hears of
-- stable releases too), and on which notification channels. No row: stable, on the channels of
-- their `release_published` choice.
CREATE TABLE release_subscriptions (
    user_id          UUID   NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    product_id       UUID   NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    -- `stable`, `beta` or `alpha`; NULL: the product's releases are not followed.
    release_channel  TEXT   CHECK (release_channel IN ('stable', 'beta', 'alpha')),
    email            BIGINT NOT NULL CHECK (email IN (0, 1)),
    telegram         BIGINT NOT NULL CHECK (telegram IN (0, 1)),
    in_app           BIGINT NOT NULL CHECK (in_app IN (0, 1)),
    updated_at       BIGINT NOT NULL,
    PRIMARY KEY (user_id, product_id)
);

-- A sign-in from a device not in this list is a `new_sign_in` notification. The hash is of the
-- browser and system without their versions, so a browser update is not a new device.
CREATE TABLE sign_in_devices (
    user_id       UUID   NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    device_hash   BYTEA  NOT NULL,
    first_seen_at BIGINT NOT NULL,
    last_seen_at  BIGINT NOT NULL,
    PRIMARY KEY (user_id, device_hash)
);
