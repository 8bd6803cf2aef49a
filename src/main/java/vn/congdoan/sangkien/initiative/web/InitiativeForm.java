package vn.congdoan.sangkien.initiative.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

import vn.congdoan.sangkien.initiative.ApplicationMode;
import vn.congdoan.sangkien.initiative.Contributor;
import vn.congdoan.sangkien.initiative.ContributorInput;
import vn.congdoan.sangkien.initiative.Initiative;
import vn.congdoan.sangkien.initiative.InitiativeContent;
import vn.congdoan.sangkien.initiative.InitiativeKind;
import vn.congdoan.sangkien.membership.TargetGroup;
import vn.congdoan.sangkien.system.WrittenNumbers;

/**
 * What the author's page posts, kept as typed: a date, an amount or a share that does not parse is
 * shown back as it was, with the error beside it, instead of being lost ({@link InitiativeFormValidator}).
 */
public class InitiativeForm {

	/** How a date of birth is shown. */
	static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	/** How it may be typed: one or two digits for the day and month. */
	private static final DateTimeFormatter DAY_MONTH_YEAR_TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	/** Contributor rows on the page; blank ones are left out. */
	static final int CONTRIBUTOR_ROWS = 5;

	private String kind;

	private String title;

	private String summary;

	private String problem;

	private String solution;

	private String applicationPlace;

	private String applicationMode;

	private String applicationDate;

	private String benefitVnd;

	private String nonMonetaryBenefit;

	private String originStory;

	private String investor;

	private String fieldOfApplication;

	private String confidentialContent;

	private List<Row> contributors = new ArrayList<>();

	/**
	 * One contributor as typed: a member picked by their account (kind {@code member}; the name shown is the
	 * register's) or a person without an account (kind {@code person}: name, date of birth, target group). Both
	 * parts are on the page, so that it works without JavaScript; the kind says which one counts.
	 */
	public static class Row {

		static final String MEMBER = "member";

		static final String PERSON = "person";

		private String kind = MEMBER;

		private String fullName;

		private String username;

		private String memberName;

		private String memberQuery;

		private String dateOfBirth;

		private String sharePercent;

		private boolean leader;

		private String targetGroup;

		private String workplace;

		private String jobTitle;

		private String qualification;

		public Row() {
		}

		static Row member(String username, String memberName, String sharePercent, boolean leader) {
			Row row = new Row();
			row.username = username;
			row.memberName = memberName;
			row.sharePercent = sharePercent;
			row.leader = leader;
			return row;
		}

		static Row person(String fullName, String dateOfBirth, String targetGroup, String sharePercent, boolean leader) {
			Row row = new Row();
			row.kind = PERSON;
			row.fullName = fullName;
			row.dateOfBirth = dateOfBirth;
			row.targetGroup = targetGroup;
			row.sharePercent = sharePercent;
			row.leader = leader;
			return row;
		}

		boolean isBlank() {
			return blank(fullName) && blank(username) && blank(sharePercent) && blank(dateOfBirth) && blank(workplace)
					&& blank(jobTitle) && blank(qualification);
		}

		public boolean isMember() {
			return !PERSON.equals(kind);
		}

		ContributorInput input() {
			ContributorInput input = isMember()
					// A member row without a pick is refused as an unknown member: "pick one from the results".
					? ContributorInput.member(username == null ? "" : username.strip(), share(sharePercent), leader)
					: ContributorInput.person(trimmed(fullName), dateOfBirth(dateOfBirth), parse(TargetGroup.class, targetGroup),
							share(sharePercent), leader);
			return input.at(trimmed(workplace), trimmed(jobTitle), trimmed(qualification));
		}

		/** Where they work, their title and qualification, as the contributor has them. */
		Row at(Contributor contributor) {
			workplace = contributor.getWorkplace();
			jobTitle = contributor.getJobTitle();
			qualification = contributor.getQualification();
			return this;
		}

		public String getKind() { return kind; }
		public void setKind(String kind) { this.kind = kind; }
		public String getFullName() { return fullName; }
		public void setFullName(String fullName) { this.fullName = fullName; }
		public String getUsername() { return username; }
		public void setUsername(String username) { this.username = username; }
		public String getMemberName() { return memberName; }
		public void setMemberName(String memberName) { this.memberName = memberName; }
		public String getMemberQuery() { return memberQuery; }
		public void setMemberQuery(String memberQuery) { this.memberQuery = memberQuery; }
		public String getDateOfBirth() { return dateOfBirth; }
		public void setDateOfBirth(String dateOfBirth) { this.dateOfBirth = dateOfBirth; }
		public String getSharePercent() { return sharePercent; }
		public void setSharePercent(String sharePercent) { this.sharePercent = sharePercent; }
		public boolean isLeader() { return leader; }
		public void setLeader(boolean leader) { this.leader = leader; }
		public String getTargetGroup() { return targetGroup; }
		public void setTargetGroup(String targetGroup) { this.targetGroup = targetGroup; }
		public String getWorkplace() { return workplace; }
		public void setWorkplace(String workplace) { this.workplace = workplace; }
		public String getJobTitle() { return jobTitle; }
		public void setJobTitle(String jobTitle) { this.jobTitle = jobTitle; }
		public String getQualification() { return qualification; }
		public void setQualification(String qualification) { this.qualification = qualification; }
	}

	/** A new initiative: its author alone, with the whole share. */
	static InitiativeForm firstDraftOf(String fullName, String username) {
		InitiativeForm form = new InitiativeForm();
		form.contributors.add(Row.member(username, fullName, "100", false));
		return form.padded();
	}

	/** The initiative as its author edits it, with the confidential content only they and their unit read. */
	static InitiativeForm of(Initiative initiative, String confidentialContent) {
		InitiativeForm form = new InitiativeForm();
		form.kind = initiative.getKind() == null ? null : initiative.getKind().name();
		form.title = initiative.getTitle();
		form.summary = initiative.getSummary();
		form.problem = initiative.getProblem();
		form.solution = initiative.getSolution();
		form.applicationPlace = initiative.getApplicationPlace();
		form.applicationMode = initiative.getApplicationMode() == null ? null : initiative.getApplicationMode().name();
		form.applicationDate = initiative.getApplicationDate() == null ? null : initiative.getApplicationDate().toString();
		form.benefitVnd = initiative.getBenefitVnd() == null ? null : initiative.getBenefitVnd().toString();
		form.nonMonetaryBenefit = initiative.getNonMonetaryBenefit();
		form.originStory = initiative.getOriginStory();
		form.investor = initiative.getInvestor();
		form.fieldOfApplication = initiative.getFieldOfApplication();
		form.confidentialContent = confidentialContent;
		initiative.getContributors().forEach(c -> {
			String share = c.getSharePercent().stripTrailingZeros().toPlainString();
			Row row = c.getUsername() != null ? Row.member(c.getUsername(), c.getFullName(), share, c.isLeader())
					: Row.person(c.getFullName(), c.getDateOfBirth() == null ? null : c.getDateOfBirth().format(DAY_MONTH_YEAR),
							c.getTargetGroup().name(), share, c.isLeader());
			form.contributors.add(row.at(c));
		});
		return form.padded();
	}

	/** Enough empty rows to add co-authors without JavaScript. */
	InitiativeForm padded() {
		while (contributors.size() < CONTRIBUTOR_ROWS) {
			contributors.add(new Row());
		}
		return this;
	}

	/**
	 * The content for the initiative service, what does not read left out: {@link InitiativeFormValidator}
	 * says what does not read, the service's own validation does the rest.
	 */
	InitiativeContent content() {
		// Blank rows go, so that row i of an error is row i of the page shown back.
		contributors = new ArrayList<>(contributors.stream().filter(row -> !row.isBlank()).toList());
		List<ContributorInput> inputs = contributors.stream().map(Row::input).toList();
		return new InitiativeContent(parse(InitiativeKind.class, kind), trimmed(title), trimmed(summary), trimmed(problem),
				trimmed(solution), trimmed(applicationPlace), parse(ApplicationMode.class, applicationMode),
				date(applicationDate), amount(benefitVnd), trimmed(nonMonetaryBenefit), trimmed(originStory), trimmed(investor),
				trimmed(fieldOfApplication), trimmed(confidentialContent), inputs, null);
	}

	/** The date as the browser's date field sends it, or null when blank or unreadable. */
	static LocalDate date(String text) {
		if (blank(text)) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	/** A date of birth as Vietnamese write it (12/04/1985, also 12-4-1985), or as ISO; null when blank or unreadable. */
	static LocalDate dateOfBirth(String text) {
		if (blank(text)) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip().replace('-', '/').replace('.', '/'), DAY_MONTH_YEAR_TYPED);
		}
		catch (DateTimeParseException e) {
			return date(text);
		}
	}

	/** An amount in VND as people type it ("1.234.567 đ"), or null when blank or unreadable. */
	static Long amount(String text) {
		return blank(text) ? null : WrittenNumbers.wholeNumber(text.replaceAll("(?i)\\s*(₫|đ|đồng|vnd)\\s*$", ""));
	}

	/** A share in percent with a decimal point or comma ("33,5 %"), or null when blank or unreadable. */
	static BigDecimal share(String text) {
		if (blank(text)) {
			return null;
		}
		try {
			return new BigDecimal(text.strip().replaceAll("\\s*%$", "").replace(',', '.'));
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String name) {
		if (blank(name)) {
			return null;
		}
		try {
			return Enum.valueOf(type, name);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static String trimmed(String text) {
		return blank(text) ? null : text.strip();
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	public String getKind() { return kind; }
	public void setKind(String kind) { this.kind = kind; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getSummary() { return summary; }
	public void setSummary(String summary) { this.summary = summary; }
	public String getProblem() { return problem; }
	public void setProblem(String problem) { this.problem = problem; }
	public String getSolution() { return solution; }
	public void setSolution(String solution) { this.solution = solution; }
	public String getApplicationPlace() { return applicationPlace; }
	public void setApplicationPlace(String applicationPlace) { this.applicationPlace = applicationPlace; }
	public String getApplicationMode() { return applicationMode; }
	public void setApplicationMode(String applicationMode) { this.applicationMode = applicationMode; }
	public String getApplicationDate() { return applicationDate; }
	public void setApplicationDate(String applicationDate) { this.applicationDate = applicationDate; }
	public String getBenefitVnd() { return benefitVnd; }
	public void setBenefitVnd(String benefitVnd) { this.benefitVnd = benefitVnd; }
	public String getNonMonetaryBenefit() { return nonMonetaryBenefit; }
	public void setNonMonetaryBenefit(String nonMonetaryBenefit) { this.nonMonetaryBenefit = nonMonetaryBenefit; }
	public String getOriginStory() { return originStory; }
	public void setOriginStory(String originStory) { this.originStory = originStory; }
	public String getInvestor() { return investor; }
	public void setInvestor(String investor) { this.investor = investor; }
	public String getFieldOfApplication() { return fieldOfApplication; }
	public void setFieldOfApplication(String fieldOfApplication) { this.fieldOfApplication = fieldOfApplication; }
	public String getConfidentialContent() { return confidentialContent; }
	public void setConfidentialContent(String confidentialContent) { this.confidentialContent = confidentialContent; }
	public List<Row> getContributors() { return contributors; }
	public void setContributors(List<Row> contributors) { this.contributors = contributors; }
}
