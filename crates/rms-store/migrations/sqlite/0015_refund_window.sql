-- How many days after a purchase a plan's invoice may still be refunded (NULL: no limit). An
-- admin may refund past it only by saying so explicitly.
ALTER TABLE plans ADD COLUMN refund_window_days BIGINT CHECK (refund_window_days >= 0);
