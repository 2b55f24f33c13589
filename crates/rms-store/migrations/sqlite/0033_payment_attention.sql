-- Money a gateway reports on a payment that is already settled (a re-deposit to a paid order's
-- address, more or other money than a paid order asked for, a refund of a top-up the payer has
-- spent) cannot go to the review queue as a status: the payment keeps its status and carries why
-- an admin must look at it until they mark it handled. `attention_key` names the gateway event
-- that raised it, so the same event repeated never raises it again once handled.
ALTER TABLE payments ADD COLUMN attention TEXT;
ALTER TABLE payments ADD COLUMN attention_key TEXT;
ALTER TABLE payments ADD COLUMN attention_at BIGINT;
