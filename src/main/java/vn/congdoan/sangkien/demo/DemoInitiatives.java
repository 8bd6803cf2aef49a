package vn.congdoan.sangkien.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.initiative.ApplicationMode;
import vn.congdoan.sangkien.initiative.ContributorInput;
import vn.congdoan.sangkien.initiative.InitiativeContent;
import vn.congdoan.sangkien.initiative.InitiativeKind;
import vn.congdoan.sangkien.initiative.InitiativeSubmission;
import vn.congdoan.sangkien.membership.TargetGroup;
import vn.congdoan.sangkien.workflow.TaskDecisions;

/**
 * The demo's initiatives, written on the first start of an empty database by the demo users of two
 * grassroots unions (Hà Nội, Đà Nẵng) through the real services and the real BPMN: some wait for the
 * support team, one was returned, some wait for the council or for the portal, some are published,
 * and one of those the council proposed for commendation.
 * A newcomer's inboxes, public search and timelines have something in them. Their authors are the members
 * {@link DemoMembers} registered.
 */
@Component
@Profile("dev")
class DemoInitiatives implements ApplicationRunner {

	private static final Log LOG = LogFactory.getLog(DemoInitiatives.class);

	/** How far a demo initiative goes; the last one was proposed for commendation by the council. */
	enum Stage { SUBMITTED, RETURNED, IN_COUNCIL, RECOGNISED, PUBLISHED, PROPOSED_FOR_COMMENDATION }

	/** The people of one grassroots union who take an initiative through its steps. */
	record Union(PlatformUser author, PlatformUser supportTeam, PlatformUser council, PlatformUser officer) {

		static Union of(String unit, String[][] people) {
			return new Union(person(people[0], Role.AUTHOR, unit), person(people[1], Role.SUPPORT_TEAM, unit),
					person(people[2], Role.COUNCIL, unit), person(people[3], Role.UNION_OFFICER, unit));
		}

		private static PlatformUser person(String[] person, Role role, String unit) {
			return PlatformUser.of(person[0], person[1], role, unit);
		}
	}

	record Demo(Union union, InitiativeKind kind, String title, String summary, String solution, Long benefitVnd,
			String nonMonetaryBenefit, String originStory, Stage stage) {
	}

	private static final Union HA_NOI = Union.of("CDCS-01-0001", new String[][] { { "tacgia.hn", "Nguyễn Văn An" },
			{ "hotro.hn", "Lê Thị Cúc" }, { "hoidong.hn", "Hoàng Minh Đức" }, { "canbo.hn", "Đặng Thu Hà" } });

	private static final Union DA_NANG = Union.of("CDCS-48-0001", new String[][] { { "tacgia.dn", "Trần Thị Bình" },
			{ "hotro.dn", "Phạm Văn Dũng" }, { "hoidong.dn", "Võ Thị Hoa" }, { "canbo.dn", "Bùi Quốc Huy" } });

	private static final List<Demo> DEMOS = List.of(
			new Demo(HA_NOI, InitiativeKind.TECHNICAL_SOLUTION, "Cữ gá may túi áo tự định vị",
					"Cữ gá bằng nhôm giúp đặt túi áo đúng vị trí ngay lần đầu, không phải vạch dấu.",
					"Cữ gá có hai chốt định vị theo cỡ áo, gắn trên bàn máy may.", 86_000_000L, null,
					"Chị em tổ may 3 phải vạch dấu từng chiếc, tăng ca mới kịp đơn hàng.", Stage.PROPOSED_FOR_COMMENDATION),
			new Demo(HA_NOI, InitiativeKind.MANAGEMENT_SOLUTION, "Bảng điều độ chuyền may bằng mã màu",
					"Bảng điều độ dùng thẻ màu cho thấy ngay chuyền nào chậm tiến độ.",
					"Mỗi giờ tổ trưởng đổi thẻ màu theo sản lượng; quản đốc điều người sang chuyền chậm.", 42_000_000L, null,
					"Ý tưởng từ cuộc thi Ngày hội ý tưởng sáng tạo của công đoàn công ty.", Stage.PUBLISHED),
			new Demo(HA_NOI, InitiativeKind.TRADE_UNION_SOLUTION, "Tủ sách pháp luật lao động tại nhà ăn ca",
					"Tủ sách và mã QR dẫn tới văn bản pháp luật lao động, đặt ở nhà ăn ca.",
					"Tủ sách do công đoàn quản lý; mã QR cập nhật khi có văn bản mới.", null,
					"Công nhân tra cứu quyền lợi ngay trong giờ nghỉ; 320 lượt đọc mỗi tháng.",
					"Nhiều công nhân hỏi công đoàn về chế độ thai sản mà không có tài liệu.", Stage.PUBLISHED),
			new Demo(HA_NOI, InitiativeKind.TECHNICAL_SOLUTION, "Máy cắt chỉ thừa bằng khí nén",
					"Đầu hút khí nén cắt và thu chỉ thừa ở cuối chuyền, thay cho cắt tay.",
					"Đầu hút tự chế từ van khí nén cũ, bật bằng bàn đạp.", 125_000_000L, null,
					"Tổ hoàn thiện mất 2 người chỉ để cắt chỉ thừa.", Stage.RECOGNISED),
			new Demo(HA_NOI, InitiativeKind.OPERATIONAL_SOLUTION, "Sổ tay đào tạo công nhân mới bằng hình ảnh",
					"Sổ tay 24 trang toàn hình ảnh các thao tác cơ bản của chuyền may.",
					"Mỗi thao tác một trang ảnh chụp và lỗi thường gặp; kèm video trên điện thoại.", 18_000_000L, null,
					"Công nhân mới nghỉ việc nhiều trong tháng đầu vì khó theo kịp.", Stage.IN_COUNCIL),
			new Demo(HA_NOI, InitiativeKind.COVID_PREVENTION_SOLUTION, "Vách ngăn bàn ăn ca tháo lắp nhanh",
					"Vách ngăn mica gắn kẹp, tháo lắp trong 10 giây để vệ sinh.",
					"Kẹp nhựa tự in 3D giữ tấm mica trên mép bàn, không cần khoan.", null,
					"Giữ được ca ăn tập trung an toàn trong mùa dịch; vệ sinh nhanh hơn.",
					"Mùa dịch năm 2021, nhà ăn phải chia 4 ca.", Stage.IN_COUNCIL),
			new Demo(HA_NOI, InitiativeKind.TECHNICAL_PROGRESS_APPLICATION, "Đèn LED chiếu sáng cục bộ máy may",
					"Thay bóng đèn sợi đốt trên máy may bằng đèn LED có cần uốn.",
					"Đèn LED 5 W gắn nam châm, chiếu đúng vùng kim.", 36_000_000L, null,
					"Chị em kêu mỏi mắt khi may hàng màu tối.", Stage.SUBMITTED),
			new Demo(HA_NOI, InitiativeKind.MANAGEMENT_SOLUTION, "Lịch bảo dưỡng máy theo mã QR",
					"Mỗi máy có mã QR; quét để xem và ghi lần bảo dưỡng gần nhất.",
					"Mã QR dẫn tới bảng tính chung; thợ máy ghi bằng điện thoại.", 54_000_000L, null,
					"Máy hỏng giữa ca vì quá hạn bảo dưỡng mà không ai biết.", Stage.SUBMITTED),
			new Demo(HA_NOI, InitiativeKind.OPERATIONAL_SOLUTION, "Quy trình giao nhận bán thành phẩm một chiều",
					"Bán thành phẩm đi một chiều giữa các tổ, không quay ngược.",
					"Sắp lại kệ và lối đi; mỗi tổ chỉ nhận từ tổ trước.", 23_000_000L, null,
					"Hàng bị lẫn giữa các mã khi đi ngược chiều.", Stage.RETURNED),
			new Demo(DA_NANG, InitiativeKind.TECHNICAL_SOLUTION, "Đồ gá hàn khung xe đẩy",
					"Đồ gá giữ 4 thanh khung vuông góc khi hàn, không phải căn lại.",
					"Đồ gá thép tấm có rãnh và chốt khóa nhanh.", 210_000_000L, null,
					"Khung hàn lệch phải sửa lại chiếm 8% sản lượng.", Stage.PUBLISHED),
			new Demo(DA_NANG, InitiativeKind.TECHNICAL_PROGRESS_APPLICATION, "Biến tần cho máy nén khí xưởng cơ khí",
					"Lắp biến tần cho máy nén khí 37 kW để chạy theo nhu cầu.",
					"Biến tần điều chỉnh tốc độ theo áp suất đường ống.", 158_000_000L, null,
					"Hóa đơn tiền điện tăng mạnh năm 2021.", Stage.PUBLISHED),
			new Demo(DA_NANG, InitiativeKind.TRADE_UNION_SOLUTION, "Nhóm Zalo hỏi đáp chính sách của công đoàn",
					"Nhóm Zalo nơi cán bộ công đoàn trả lời câu hỏi về chính sách trong 24 giờ.",
					"Ba cán bộ công đoàn trực luân phiên; câu hỏi hay được ghim thành bài hỏi đáp.", null,
					"Đoàn viên được trả lời nhanh; 150 câu hỏi trong quý đầu.",
					"Công nhân làm ca đêm không gặp được cán bộ công đoàn giờ hành chính.", Stage.RECOGNISED),
			new Demo(DA_NANG, InitiativeKind.MANAGEMENT_SOLUTION, "Kanban vật tư tiêu hao cho tổ hàn",
					"Thẻ kanban báo tự động khi que hàn, đá mài xuống dưới mức tối thiểu.",
					"Hai thùng luân phiên; thùng rỗng kèm thẻ là lệnh cấp phát.", 31_000_000L, null,
					"Tổ hàn phải dừng chờ vật tư 2 - 3 lần mỗi tuần.", Stage.SUBMITTED));

	private final InitiativeSubmission submission;

	private final TaskDecisions decisions;

	private final TaskService tasks;

	DemoInitiatives(InitiativeSubmission submission, TaskDecisions decisions, TaskService tasks) {
		this.submission = submission;
		this.decisions = decisions;
		this.tasks = tasks;
	}

	/** All or nothing: a demo that failed half-way is written again at the next start. */
	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (submission.anyWritten()) {
			return;
		}
		DEMOS.forEach(this::write);
		LOG.info("Wrote " + DEMOS.size() + " demo initiatives of the Hà Nội and Đà Nẵng grassroots unions");
	}

	private void write(Demo demo) {
		Union union = demo.union();
		long[] id = new long[1];
		actAs(union.author(), () -> {
			id[0] = submission.createDraft(union.author(), content(demo)).getId();
			submission.submit(union.author(), id[0]);
		});
		if (demo.stage() == Stage.SUBMITTED) {
			return;
		}
		if (demo.stage() == Stage.RETURNED) {
			complete(union.supportTeam(), id[0], "supportTeamReview", Map.of("supportTeamDecision", "return",
					"supportTeamComment", "Vui lòng nêu rõ số giờ công tiết kiệm được mỗi tháng."));
			return;
		}
		complete(union.supportTeam(), id[0], "supportTeamReview", Map.of("supportTeamDecision", "accept"));
		if (demo.stage() == Stage.IN_COUNCIL) {
			return;
		}
		complete(union.council(), id[0], "councilRecognition", Map.of("councilDecision", "recognise",
				"recognitionDate", "2022-09-20", "noveltyConfirmed", true, "applicationConfirmed", true,
				"benefitConfirmed", true, "commendationProposed", demo.stage() == Stage.PROPOSED_FOR_COMMENDATION));
		if (demo.stage().compareTo(Stage.PUBLISHED) >= 0) {
			complete(union.officer(), id[0], "portalUpload", Map.of("uploadedToPortal", true,
					"portalReference", "CONG-2022-" + id[0]));
		}
	}

	private void complete(PlatformUser user, long initiativeId, String step, Map<String, Object> values) {
		Task task = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(initiativeId))
			.taskDefinitionKey(step).singleResult();
		actAs(user, () -> decisions.complete(user, task.getId(), values));
	}

	/**
	 * Runs the work signed in as a demo user, as their login session would be, so that the timeline
	 * names who decided. Only the demo and its national data set do this: requests always come with their own user.
	 */
	static void actAs(PlatformUser user, Runnable work) {
		Map<String, Object> claims = Map.of("preferred_username", user.username(), "name", user.displayName(),
				PlatformUser.UNIT_ROLE_CLAIM, user.candidateGroups());
		SecurityContext acting = SecurityContextHolder.createEmptyContext();
		acting.setAuthentication(new UsernamePasswordAuthenticationToken(
				new DefaultOAuth2User(List.of(), claims, "preferred_username"), null, List.of()));
		SecurityContextHolder.setContext(acting);
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static InitiativeContent content(Demo demo) {
		List<ContributorInput> contributors = List.of(
				ContributorInput.member(demo.union().author().username(), new BigDecimal("70"), false),
				ContributorInput.person("Lê Văn Sơn", LocalDate.of(1979, 8, 15), TargetGroup.UNION_MEMBER,
						new BigDecimal("30"), false));
		return new InitiativeContent(demo.kind(), demo.title(), demo.summary(),
				"Trước khi có sáng kiến: " + demo.originStory(), demo.solution(),
				demo.union() == HA_NOI ? "Công ty Cổ phần May Cầu Giấy" : "Công ty TNHH Cơ khí Hải Châu",
				ApplicationMode.APPLIED, LocalDate.of(2022, 3, 1), demo.benefitVnd(), demo.nonMonetaryBenefit(),
				demo.originStory(), null, null, null, contributors, null);
	}
}
