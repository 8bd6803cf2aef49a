package vn.congdoan.sangkien.system;

/**
 * A setting whose value the platform cannot use: it stops at start-up with one line that names the setting, its
 * value and what it expects ({@link WrongSettingFailureAnalyzer}), not with a stack trace.
 */
public class WrongSetting extends RuntimeException {

	public WrongSetting(String setting, String value, String expected) {
		super("The setting " + setting + " is wrong: \"" + value + "\" is not " + expected + ".");
	}
}
