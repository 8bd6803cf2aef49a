package vn.congdoan.sangkien.notification;

/** How a person is told of one kind of notice. */
public enum Channel {

	/** In the app, and by e-mail. */
	EMAIL,

	IN_APP,

	OFF
}
