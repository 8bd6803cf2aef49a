package vn.congdoan.sangkien.appointment;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * How to reach a person: the name and e-mail address their Keycloak account has, found by user name or by a pair
 * they hold ({@code support-team:CDCS-01-0001}), for those who tell people of their work (the notifications).
 */
@Component
public class Contacts {

	private final KeycloakAccounts accounts;

	Contacts(KeycloakAccounts accounts) {
		this.accounts = accounts;
	}

	public Optional<Contact> of(String username) {
		return accounts.find(username).map(Contacts::contact);
	}

	/** The holders of a pair, by user name. */
	public List<Contact> holding(String pair) {
		return accounts.holding(pair).stream().map(Contacts::contact).toList();
	}

	private static Contact contact(Map<String, Object> account) {
		Object email = account.get("email");
		return new Contact(String.valueOf(account.get("username")), Appointments.nameOf(account),
				email == null || email.toString().isBlank() ? null : email.toString());
	}

	/** @param email null when the account has none */
	public record Contact(String username, String name, String email) {
	}
}
