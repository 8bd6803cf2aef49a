package vn.congdoan.sangkien.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A decision's reason fits its column (decision.reason varchar(4000)): the platform's own long texts are cut, not a 500")
class DecisionReasonTest {

	@Test
	@DisplayName("a reason within the column is kept whole")
	void keptWhole() {
		String reason = "Vui lòng nêu rõ số giờ công tiết kiệm được. ".repeat(100).substring(0, Decision.MAX_REASON);

		assertThat(Decision.fitted(reason)).isEqualTo(reason);
		assertThat(Decision.fitted(null)).isNull();
	}

	@Test
	@DisplayName("the change of fifty contributors with long names is cut to the column, marked with an ellipsis")
	void longChangeCut() {
		String names = ("Nguyễn Thị " + "Minh Khai ".repeat(24) + " 2% ").repeat(50);
		String change = names + " → " + names;

		String fitted = Decision.fitted(change);

		assertThat(change.length()).isGreaterThan(Decision.MAX_REASON);
		assertThat(fitted).hasSize(Decision.MAX_REASON).endsWith("…").startsWith(change.substring(0, 100));
	}

	@Test
	@DisplayName("a character outside the basic plane is not split in two")
	void surrogatePairKept() {
		String reason = "a".repeat(Decision.MAX_REASON - 2) + "😀" + "b".repeat(10);

		String fitted = Decision.fitted(reason);

		assertThat(fitted).isEqualTo("a".repeat(Decision.MAX_REASON - 2) + "…");
	}
}
