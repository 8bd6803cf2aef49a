package vn.congdoan.sangkien.demo;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.membership.Members;
import vn.congdoan.sangkien.membership.TargetGroup;

/**
 * The demo users of the two grassroots unions as registered members, so that the contributor picker finds people and
 * the demo's initiatives name their authors by account (issue 9, section 3). Their pairs are in the realm file
 * already: only the rows are written, at every start, each once. Before {@link DemoInitiatives}, which names them.
 */
@Component
@Profile({ "dev", "test" })
@Order(0)
class DemoMembers implements ApplicationRunner {

	/** Account, full name (as in the realm file), grassroots union, target group. */
	private static final List<String[]> PEOPLE = List.of(
			new String[] { "tacgia.hn", "Nguyễn Văn An", "CDCS-01-0001", "WORKER" },
			new String[] { "hotro.hn", "Lê Thị Cúc", "CDCS-01-0001", "UNION_OFFICIAL" },
			new String[] { "hoidong.hn", "Hoàng Minh Đức", "CDCS-01-0001", "PUBLIC_EMPLOYEE" },
			new String[] { "hoidong2.hn", "Phan Thị Quỳnh", "CDCS-01-0001", "PUBLIC_EMPLOYEE" },
			new String[] { "canbo.hn", "Đặng Thu Hà", "CDCS-01-0001", "UNION_OFFICIAL" },
			new String[] { "tacgia.dn", "Trần Thị Bình", "CDCS-48-0001", "WORKER" },
			new String[] { "kiemnhiem.hn", "Ngô Thu Trang", "CDCS-48-0001", "UNION_MEMBER" },
			new String[] { "hotro.dn", "Phạm Văn Dũng", "CDCS-48-0001", "UNION_OFFICIAL" },
			new String[] { "hoidong.dn", "Võ Thị Hoa", "CDCS-48-0001", "PUBLIC_EMPLOYEE" },
			new String[] { "canbo.dn", "Bùi Quốc Huy", "CDCS-48-0001", "UNION_OFFICIAL" });

	private final Members members;

	DemoMembers(Members members) {
		this.members = members;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		PEOPLE.forEach(person -> members.register(person[0], person[1], person[2], TargetGroup.valueOf(person[3])));
	}
}
