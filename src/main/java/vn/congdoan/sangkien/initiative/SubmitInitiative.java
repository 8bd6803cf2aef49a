package vn.congdoan.sangkien.initiative;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an author sends to submit an initiative. */
public record SubmitInitiative(
		@NotBlank @Size(max = 300) String title,
		@Size(max = 4000) String summary,
		@Size(max = 32) String unitCode) {
}
