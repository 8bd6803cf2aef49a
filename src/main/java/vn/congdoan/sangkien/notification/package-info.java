/**
 * Nobody misses a step (issue 10, section 1): the notices a person finds in the app (their own and their groups'),
 * and the e-mails that tell them, each kind by the channel they chose. Tasks arriving, reminders and escalations,
 * the decisions on one's initiatives and an upload window about to close are told; e-mails leave through an outbox
 * written in the transaction of what they tell, sent with retries, each once.
 */
package vn.congdoan.sangkien.notification;
