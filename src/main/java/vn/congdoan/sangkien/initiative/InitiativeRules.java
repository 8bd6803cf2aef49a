package vn.congdoan.sangkien.initiative;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import vn.congdoan.sangkien.system.FieldProblem;

/** What an initiative needs before it may be submitted: the rules of that the author can check. */
final class InitiativeRules {

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private InitiativeRules() {
	}

	static List<FieldProblem> problemsForSubmission(Initiative initiative, LocalDate today, LocalDate programmeStart,
			LocalDate programmeEnd) {
		List<FieldProblem> problems = new ArrayList<>();
		require(problems, initiative.getKind(), "kind");
		require(problems, initiative.getProblem(), "problem");
		require(problems, initiative.getSolution(), "solution");
		require(problems, initiative.getApplicationPlace(), "applicationPlace");
		require(problems, initiative.getApplicationMode(), "applicationMode");
		LocalDate applied = initiative.getApplicationDate();
		if (applied == null) {
			problems.add(new FieldProblem("applicationDate", "initiative.field.required", "applicationDate"));
		}
		else if (applied.isAfter(today)) {
			problems.add(new FieldProblem("applicationDate", "initiative.application-date.future"));
		}
		else if (applied.isBefore(programmeStart) || applied.isAfter(programmeEnd)) {
			// put into application outside the programme's window.
			problems.add(new FieldProblem("applicationDate", "initiative.application-date.outside-programme",
					programmeStart, programmeEnd));
		}
		boolean monetary = initiative.getBenefitVnd() != null && initiative.getBenefitVnd() > 0;
		if (!monetary && initiative.getNonMonetaryBenefit() == null) {
			// a benefit in money, or a stated non-monetary benefit.
			problems.add(new FieldProblem("benefitVnd", "initiative.benefit.required"));
		}
		problems.addAll(contributorProblems(initiative.getContributors()));
		return problems;
	}

	/** shares sum to 100%; a tie on the highest share needs a designated leader. */
	static List<FieldProblem> contributorProblems(List<Contributor> contributors) {
		if (contributors.isEmpty()) {
			return List.of(new FieldProblem("contributors", "initiative.contributors.required"));
		}
		List<FieldProblem> problems = new ArrayList<>();
		BigDecimal total = contributors.stream().map(Contributor::getSharePercent).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (total.compareTo(HUNDRED) != 0) {
			problems.add(new FieldProblem("contributors", "initiative.contributors.shares-not-100", total.stripTrailingZeros().toPlainString()));
		}
		long leaders = contributors.stream().filter(Contributor::isLeader).count();
		if (leaders > 1) {
			problems.add(new FieldProblem("contributors", "initiative.contributors.several-leaders"));
		}
		else if (leaders == 0 && credited(contributors).isEmpty()) {
			problems.add(new FieldProblem("contributors", "initiative.contributors.tie-without-leader"));
		}
		return problems;
	}

	/** the topic leader, else the one contributor with the highest share; empty on a tie. */
	static Optional<Contributor> credited(List<Contributor> contributors) {
		List<Contributor> leaders = contributors.stream().filter(Contributor::isLeader).toList();
		if (leaders.size() == 1) {
			return Optional.of(leaders.get(0));
		}
		if (!leaders.isEmpty() || contributors.isEmpty()) {
			return Optional.empty();
		}
		BigDecimal highest = contributors.stream().map(Contributor::getSharePercent).max(Comparator.naturalOrder()).orElseThrow();
		List<Contributor> top = contributors.stream().filter(c -> c.getSharePercent().compareTo(highest) == 0).toList();
		return top.size() == 1 ? Optional.of(top.get(0)) : Optional.empty();
	}

	private static void require(List<FieldProblem> problems, Object value, String field) {
		if (value == null) {
			problems.add(new FieldProblem(field, "initiative.field.required", field));
		}
	}
}
