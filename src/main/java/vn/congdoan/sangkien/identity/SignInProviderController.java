package vn.congdoan.sangkien.identity;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.sangkien.system.Refusal;

/** The VGCL Office switches sign-in with Google, Facebook and OpenID providers on and off; secrets go in, never out. */
@RestController
@Tag(name = "Sign-in providers")
@PreAuthorize("hasRole('programme-office')")
class SignInProviderController {

	private final SignInProviders providers;

	private final CurrentUser currentUser;

	SignInProviderController(SignInProviders providers, CurrentUser currentUser) {
		this.providers = providers;
		this.currentUser = currentUser;
	}

	@GetMapping("/api/office/sign-in-providers")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "sign-in-provider.not-office")
	@Operation(operationId = "signInProviders", summary = "The sign-in providers of the realm, on or off, without their secrets")
	List<SignInProvider> list() {
		return providers.list(currentUser.get());
	}

	@PutMapping("/api/office/sign-in-providers/{alias}")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "sign-in-provider.not-office")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "sign-in-provider.kind.unknown")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "sign-in-provider.alias.invalid")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "sign-in-provider.client-id.missing")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "sign-in-provider.client-secret.missing")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "sign-in-provider.issuer.malformed")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "sign-in-provider.issuer.unreadable")
	@Refusal(status = HttpStatus.CONFLICT, code = "sign-in-provider.alias.taken")
	@Operation(summary = "Create or change a provider and switch it on: alias google or facebook for those, a name "
			+ "of the Office's for kind oidc (issuer required); an empty secret keeps the stored one")
	SignInProvider switchOn(@PathVariable String alias, @RequestBody SignInProviders.Entered entered) {
		return providers.switchOn(currentUser.get(), alias, entered);
	}

	@DeleteMapping("/api/office/sign-in-providers/{alias}")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "sign-in-provider.not-office")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "sign-in-provider.unknown")
	@Operation(summary = "Switch a provider off (its button disappears from the sign-in page; what was entered stays)")
	ResponseEntity<Void> switchOff(@PathVariable String alias) {
		providers.switchOff(currentUser.get(), alias);
		return ResponseEntity.noContent().build();
	}
}
