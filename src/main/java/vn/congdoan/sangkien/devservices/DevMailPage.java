package vn.congdoan.sangkien.devservices;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.congdoan.sangkien.system.Pages;

/**
 * {@code /dev/mail}: what the platform sent to the dev mail server, newest first, for whoever runs it on their own
 * machine. Only where the dev services run; production has no such page.
 */
@Pages
@ConditionalOnProperty(name = "sangkien.devservices.enabled", havingValue = "true")
class DevMailPage {

	@GetMapping("/dev/mail")
	String mail(Model model) throws MessagingException, IOException {
		List<Sent> sent = new ArrayList<>();
		for (MimeMessage message : MailService.running().map(MailService::received).orElse(List.of())) {
			Address[] to = message.getAllRecipients();
			sent.add(0, new Sent(to == null || to.length == 0 ? "" : to[0].toString(), message.getSubject(),
					message.getSentDate() == null ? null : message.getSentDate().toInstant(),
					String.valueOf(message.getContent())));
		}
		model.addAttribute("sent", sent);
		return "dev/mail";
	}

	record Sent(String to, String subject, java.time.Instant at, String body) {
	}
}
