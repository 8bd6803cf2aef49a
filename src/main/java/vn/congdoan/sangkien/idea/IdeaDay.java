package vn.congdoan.sangkien.idea;

import java.time.Instant;
import java.time.LocalDate;

/** An idea day a grassroots union holds: "Ngày hội sáng kiến", "Ngày hội ý tưởng sáng tạo". */
public record IdeaDay(long id, String unitCode, String name, LocalDate heldOn, String place, String createdBy,
		Instant createdAt) {
}
