package vn.congdoan.sangkien.idea;

import java.time.Instant;

/** An idea as its author, its mentor and its union see it. */
public record Idea(long id, String unitCode, String author, String title, String problem, String proposal,
		Long ideaDayId, IdeaStatus status, String mentor, String comment, String closedReason, Long initiativeId, Instant createdAt,
		Instant updatedAt, Instant remindedAt) {
}
