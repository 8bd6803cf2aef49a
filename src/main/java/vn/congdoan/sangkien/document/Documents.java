package vn.congdoan.sangkien.document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.congdoan.sangkien.commendation.Award;
import vn.congdoan.sangkien.commendation.Commendation;
import vn.congdoan.sangkien.commendation.CommendationProposals;
import vn.congdoan.sangkien.document.OfficialPaper.Line;
import vn.congdoan.sangkien.document.OfficialPaper.Notice;
import vn.congdoan.sangkien.document.OfficialPaper.Paper;
import vn.congdoan.sangkien.document.OfficialPaper.Verification;
import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.initiative.Contributor;
import vn.congdoan.sangkien.initiative.Initiative;
import vn.congdoan.sangkien.initiative.InitiativeAccess;
import vn.congdoan.sangkien.initiative.InitiativeStatus;
import vn.congdoan.sangkien.system.Download;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.system.ProgrammeTime;
import vn.congdoan.sangkien.unit.Unit;
import vn.congdoan.sangkien.unit.UnitLevel;
import vn.congdoan.sangkien.unit.Units;
import vn.congdoan.sangkien.workflow.EngineTime;

/**
 * The receipt and the certificates of an initiative, for whoever may see it (403 for anyone else, as its page), and
 * the check of a certificate's code, for anyone. Asked for in a request (page or API), whose site the QR code names.
 */
@Service
public class Documents {

	/** Recognised by its council: waiting for its upload, published, or past its upload window. */
	private static final Set<InitiativeStatus> RECOGNISED = EnumSet.of(InitiativeStatus.AWAITING_UPLOAD,
			InitiativeStatus.PUBLISHED, InitiativeStatus.MISSED_UPLOAD_WINDOW);

	/** Process variable of {@code review.TaskDeadlines}: when the council must have decided, in the engine's time. */
	private static final String COUNCIL_DECIDES_BY = "councilDecideBy";

	private static final DateTimeFormatter SUBMITTED_AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
		.withZone(ProgrammeTime.ZONE);

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final String PDF = "application/pdf";

	private final InitiativeAccess access;

	private final CommendationProposals commendations;

	private final Units units;

	private final HistoryService history;

	private final EngineTime engineTime;

	private final IssuedDocuments issued;

	private final OfficialPaper paper;

	private final DocumentSettings settings;

	private final MessageSource messages;

	Documents(InitiativeAccess access, CommendationProposals commendations, Units units, HistoryService history,
			EngineTime engineTime, IssuedDocuments issued, OfficialPaper paper, DocumentSettings settings,
			MessageSource messages) {
		this.access = access;
		this.commendations = commendations;
		this.units = units;
		this.history = history;
		this.engineTime = engineTime;
		this.issued = issued;
		this.paper = paper;
		this.settings = settings;
		this.messages = messages;
	}

	/**
	 * The receipt of a submitted initiative, dated when it was submitted, with the date by which its council must
	 * decide: 3 calendar months from the support team's acceptance (Decree 13/2012, Art. 6.2), the date the process
	 * counted then; before the acceptance, the rule itself.
	 */
	public Download receipt(PlatformUser user, long initiativeId) {
		Initiative initiative = access.visibleTo(user, initiativeId);
		if (!hasReceipt(initiative)) {
			throw ProblemException.conflict("document.receipt.not-submitted", initiativeId);
		}
		String unit = unitName(initiative.getUnitCode());
		String decideBy = councilDecidesBy(initiative)
			.map(day -> "trước ngày " + ProgrammeTime.day(day) + " (3 tháng kể từ ngày tổ hỗ trợ chấp nhận hồ sơ)")
			.orElse("trong 3 tháng kể từ ngày tổ hỗ trợ chấp nhận hồ sơ");
		byte[] pdf = paper.write(new Paper(unit, String.valueOf(initiativeId), settings.place(),
				day(initiative.getSubmittedAt()), "GIẤY BIÊN NHẬN HỒ SƠ SÁNG KIẾN",
				unit + " đã nhận hồ sơ đề nghị công nhận sáng kiến sau:",
				List.of(new Line("Số hồ sơ", String.valueOf(initiativeId)), new Line("Tên sáng kiến", initiative.getTitle()),
						new Line("Tác giả", authors(initiative)), new Line("Đơn vị", unit),
						new Line("Nộp lúc", SUBMITTED_AT.format(initiative.getSubmittedAt())),
						new Line("Hội đồng sáng kiến xét công nhận", decideBy)),
				"Theo Nghị định 13/2012/NĐ-CP, Hội đồng sáng kiến xét công nhận trong 3 tháng kể từ ngày hồ sơ được chấp nhận."
						+ " Diễn biến của hồ sơ xem tại trang của sáng kiến.",
				null));
		return new Download("giay-bien-nhan-" + initiativeId + ".pdf", PDF, pdf);
	}

	/**
	 * The initiative's certificate, once its council has recognised it, dated on its recognition; its code is
	 * issued with the first copy, and every later copy shows the same.
	 */
	public Download initiativeCertificate(PlatformUser user, long initiativeId) {
		Initiative initiative = access.visibleTo(user, initiativeId);
		if (!certified(initiative)) {
			throw ProblemException.conflict("document.certificate.not-recognised", initiativeId, initiative.getStatus());
		}
		String unit = unitName(initiative.getUnitCode());
		String authors = authors(initiative);
		IssuedDocument document = issued.issue(DocumentKind.INITIATIVE_CERTIFICATE, initiativeId, null, null, authors,
				initiative.getTitle(), unit, initiative.getRecognitionDate(), user.username());
		byte[] pdf = paper.write(new Paper(unit, initiativeId + "/GCN-SK", settings.place(),
				initiative.getRecognitionDate(), "GIẤY CHỨNG NHẬN SÁNG KIẾN",
				"Hội đồng sáng kiến của " + unit + " chứng nhận:",
				List.of(new Line("Tên sáng kiến", document.title()), new Line("Tác giả (tỷ lệ đóng góp)", document.issuedTo()),
						new Line("Đơn vị", unit),
						new Line("Được công nhận là sáng kiến ngày", ProgrammeTime.day(document.recognitionDate()))),
				"Sáng kiến được công nhận theo Nghị định 13/2012/NĐ-CP và Thông tư 18/2013/TT-BKHCN, trong Chương trình "
						+ "\"01 triệu sáng kiến\" của Tổng Liên đoàn Lao động Việt Nam.",
				verification(document)));
		return new Download("giay-chung-nhan-sang-kien-" + initiativeId + ".pdf", PDF, pdf);
	}

	/**
	 * The commendation's certificate, once an award is granted: its form (Giấy khen, Bằng khen) and the
	 * granting unit's name, dated on the grant.
	 */
	public Download commendationCertificate(PlatformUser user, long initiativeId) {
		Initiative initiative = access.visibleTo(user, initiativeId);
		Commendation commendation = commendations.of(user, initiativeId);
		Award award = commendation.getAward();
		if (award == null) {
			throw ProblemException.conflict("document.commendation.not-granted", initiativeId);
		}
		String grantedBy = unitName(commendation.getGrantedByUnit());
		String awardName = messages.getMessage("award." + award.name(), null, VIETNAMESE);
		IssuedDocument document = issued.issue(DocumentKind.COMMENDATION_CERTIFICATE, initiativeId, commendation.getId(),
				award.name(), authors(initiative), initiative.getTitle(), grantedBy, initiative.getRecognitionDate(),
				user.username());
		byte[] pdf = paper.write(new Paper(grantedBy, commendation.getId() + "/KT", settings.place(),
				day(commendation.getDecidedAt()), award == Award.GIAY_KHEN ? "GIẤY KHEN" : "BẰNG KHEN",
				grantedBy + " tặng " + awardName + " cho:",
				List.of(new Line("Tác giả (tỷ lệ đóng góp)", document.issuedTo()), new Line("Sáng kiến", document.title()),
						new Line("Đơn vị", unitName(initiative.getUnitCode())),
						new Line("Được công nhận là sáng kiến ngày", ProgrammeTime.day(document.recognitionDate()))),
				"Đã có thành tích xuất sắc trong Chương trình \"01 triệu sáng kiến\" của Tổng Liên đoàn Lao động Việt Nam.",
				verification(document)));
		return new Download("giay-khen-" + initiativeId + ".pdf", PDF, pdf);
	}

	/**
	 * The notice a grassroots union pins on its board (issue 14): its QR code opens {@code /join/{unit}}, where a member
	 * signs up or signs in and writes in that union. For the union's officers and those above it; 404 for a union the
	 * tree does not know, 400 for a unit that is not grassroots (members join grassroots unions only).
	 */
	public Download unionNotice(PlatformUser user, String unitCode) {
		Unit unit = units.findByCode(unitCode).orElseThrow(() -> ProblemException.notFound("document.notice.unit.unknown", unitCode));
		if (unit.level() != UnitLevel.GRASSROOTS) {
			throw ProblemException.badRequest("document.notice.not-grassroots", unitCode);
		}
		if (!user.holdsInAny(Role.UNION_OFFICER, units.selfAndAncestors(unitCode))) {
			throw ProblemException.forbidden("document.notice.not-officer", unitCode);
		}
		String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/join/{unit}").buildAndExpand(unitCode)
			.toUriString();
		byte[] pdf = paper.write(new Notice(unit.name(), "VIẾT SÁNG KIẾN CỦA BẠN",
				List.of("Chương trình \"01 triệu sáng kiến\" của Tổng Liên đoàn Lao động Việt Nam.",
						"Quét mã QR bằng điện thoại, đăng ký hoặc đăng nhập,",
						"rồi viết sáng kiến cho " + unit.name() + "."),
				url));
		return new Download("thong-bao-" + unitCode + ".pdf", PDF, pdf);
	}

	/** Submitted, so it has a receipt; a draft has none. The initiative's page links what it has. */
	public boolean hasReceipt(Initiative initiative) {
		return initiative.getSubmittedAt() != null;
	}

	/** Recognised by its council, so it has its certificate. */
	public boolean certified(Initiative initiative) {
		return initiative.getRecognitionDate() != null && RECOGNISED.contains(initiative.getStatus());
	}

	/** Granted an award, so it has its commendation's certificate. */
	public boolean commended(Initiative initiative) {
		return initiative.getAward() != null;
	}

	/** The certificate with this code, as issued; 404 for a code never issued. */
	public IssuedDocument verify(String code) {
		return issued.find(code).orElseThrow(() -> ProblemException.notFound("document.not-found", code));
	}

	/**
	 * Where anyone checks a certificate: {@code /verify/{code}} where the request asking for it reached the platform
	 * (behind a proxy, as the proxy forwards it: {@code server.forward-headers-strategy}).
	 */
	private static Verification verification(IssuedDocument document) {
		return new Verification(document.code(), ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/verify/{code}")
			.buildAndExpand(document.code())
			.toUriString());
	}

	/** The date the process counted when the support team accepted it; none before, or for a process of long ago. */
	private Optional<LocalDate> councilDecidesBy(Initiative initiative) {
		if (initiative.getProcessInstanceId() == null) {
			return Optional.empty();
		}
		HistoricVariableInstance decideBy = history.createHistoricVariableInstanceQuery()
			.processInstanceId(initiative.getProcessInstanceId())
			.variableName(COUNCIL_DECIDES_BY)
			.singleResult();
		return Optional.ofNullable(decideBy)
			.map(variable -> (Date) variable.getValue())
			.map(engineTime::programme)
			.map(Documents::day);
	}

	/** each author with their share, in the order the application lists them. */
	private static String authors(Initiative initiative) {
		List<Contributor> contributors = initiative.getContributors();
		if (contributors.isEmpty()) {
			return initiative.getCreditedName() == null ? initiative.getAuthorUsername() : initiative.getCreditedName();
		}
		return contributors.stream()
			.map(c -> c.getFullName() + " (" + share(c.getSharePercent()) + "%)")
			.collect(Collectors.joining(", "));
	}

	private static String share(BigDecimal percent) {
		return percent.stripTrailingZeros().toPlainString().replace('.', ',');
	}

	private String unitName(String code) {
		return units.findByCode(code).map(Unit::name).orElse(code);
	}

	/** The day of a moment in Vietnam. */
	private static LocalDate day(Instant moment) {
		return moment.atZone(ProgrammeTime.ZONE).toLocalDate();
	}
}
