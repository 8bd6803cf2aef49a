-- A replayed creation answers with the Location of what the first request created; and keys are
-- forgotten after a while (IdempotentRequests.forgetOld), found by their age.
alter table idempotent_request add column location varchar(2000);
create index idempotent_request_created_at on idempotent_request (created_at);
