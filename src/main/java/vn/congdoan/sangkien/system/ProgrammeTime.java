package vn.congdoan.sangkien.system;

import java.time.ZoneId;

/** All times of the programme are Asia/Ho_Chi_Minh: the one place that says so. */
public final class ProgrammeTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private ProgrammeTime() {
	}
}
