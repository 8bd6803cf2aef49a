package vn.congdoan.sangkien.initiative;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import vn.congdoan.sangkien.membership.Member;
import vn.congdoan.sangkien.membership.Members;
import vn.congdoan.sangkien.system.FieldProblem;
import vn.congdoan.sangkien.system.ProblemException;

/**
 * The contributors an author enters, as the persons counts: a member picked by their account takes their name
 * and target group from the register (not what was typed); a person without an account needs a name, a plausible
 * date of birth and a target group; nobody is named twice on one initiative.
 */
@Service
class ContributorPersons {

	/** The youngest and oldest plausible contributor, in years on the day they are named (the messages say so). */
	static final int MIN_AGE = 15;

	static final int MAX_AGE = 100;

	private final Members members;

	private final Clock clock;

	ContributorPersons(Members members, Clock clock) {
		this.members = members;
		this.clock = clock;
	}

	/** The contributors as they are stored, or every problem at once, each on its row's field. */
	List<ContributorInput> resolve(List<ContributorInput> entered) {
		LocalDate today = LocalDate.now(clock);
		List<FieldProblem> problems = new ArrayList<>();
		List<ContributorInput> resolved = new ArrayList<>();
		Set<String> named = new HashSet<>();
		for (int i = 0; i < entered.size(); i++) {
			String row = "contributors[" + i + "].";
			ContributorInput input = entered.get(i);
			Optional<ContributorInput> person = input.username() != null
					? member(input, row, problems)
					: withoutAccount(input, row, today, problems);
			person.ifPresent(resolved::add);
			if (person.isPresent() && !named.add(PersonKey.of(person.get().username(), person.get().fullName(),
					person.get().dateOfBirth()))) {
				problems.add(new FieldProblem(row + (input.username() != null ? "username" : "fullName"),
						"contributor.duplicate"));
			}
		}
		if (!problems.isEmpty()) {
			throw ProblemException.invalidFields(problems.get(0).code(), problems);
		}
		return resolved;
	}

	private Optional<ContributorInput> member(ContributorInput input, String row, List<FieldProblem> problems) {
		Optional<Member> member = members.find(input.username().strip());
		if (member.isEmpty()) {
			problems.add(new FieldProblem(row + "username", "contributor.member.unknown"));
			return Optional.empty();
		}
		return member.map(found -> new ContributorInput(found.fullName(), found.username(), input.sharePercent(),
				input.leader(), found.targetGroup(), null, input.workplace(), input.jobTitle(), input.qualification()));
	}

	private static Optional<ContributorInput> withoutAccount(ContributorInput input, String row, LocalDate today,
			List<FieldProblem> problems) {
		int before = problems.size();
		if (input.fullName() == null || input.fullName().isBlank()) {
			problems.add(new FieldProblem(row + "fullName", "contributor.full-name.required"));
		}
		LocalDate born = input.dateOfBirth();
		if (born == null) {
			problems.add(new FieldProblem(row + "dateOfBirth", "contributor.date-of-birth.required"));
		}
		else if (born.isAfter(today.minusYears(MIN_AGE)) || !born.isAfter(today.minusYears(MAX_AGE + 1))) {
			problems.add(new FieldProblem(row + "dateOfBirth", "contributor.date-of-birth.implausible"));
		}
		if (input.targetGroup() == null) {
			problems.add(new FieldProblem(row + "targetGroup", "contributor.target-group.required"));
		}
		return problems.size() == before ? Optional.of(input) : Optional.empty();
	}
}
