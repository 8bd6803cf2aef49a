package vn.congdoan.sangkien.notification;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.appointment.Contacts;

/**
 * Who holds a pair and where to write to a person, as Keycloak has them, kept a few minutes: a digest pass or a
 * batch of e-mails asks for the same people many times.
 */
@Component
class Addresses {

	private static final Duration KEPT = Duration.ofMinutes(5);

	private final Contacts contacts;

	private final Cache<String, Optional<Contacts.Contact>> people = Caffeine.newBuilder().expireAfterWrite(KEPT)
		.maximumSize(10_000).build();

	private final Cache<String, List<String>> holders = Caffeine.newBuilder().expireAfterWrite(KEPT)
		.maximumSize(10_000).build();

	Addresses(Contacts contacts) {
		this.contacts = contacts;
	}

	Optional<String> emailOf(String username) {
		return people.get(username, contacts::of).map(Contacts.Contact::email);
	}

	/** The user names of the holders of a pair ({@code support-team:CDCS-01-0001}). */
	List<String> holding(String pair) {
		return holders.get(pair, key -> contacts.holding(key).stream().map(Contacts.Contact::username).toList());
	}
}
