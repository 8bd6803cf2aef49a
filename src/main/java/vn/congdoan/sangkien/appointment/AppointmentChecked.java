package vn.congdoan.sangkien.appointment;

import vn.congdoan.sangkien.identity.UnitRole;

/**
 * The moment a removal has passed its checks (the last council member, R-5.1) and is not yet written: the window in
 * which, without the unit's lock, a colleague's removal could pass the same checks. The application has no such
 * bean; a test's makes two removals meet there, every time (AppointmentRacesTest).
 */
interface AppointmentChecked {

	void passed(UnitRole pair, String username);
}
