package vn.congdoan.sangkien.appointment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.system.Refusal;

/** through the API: appoint someone to a role in a unit, or remove them. */
@RestController
@Tag(name = "Appointments", description = "R-5.1: who holds which role in a unit, appointed by the officers above it")
class AppointmentController {

	private final Appointments appointments;

	private final CurrentUser currentUser;

	AppointmentController(Appointments appointments, CurrentUser currentUser) {
		this.appointments = appointments;
		this.currentUser = currentUser;
	}

	@PostMapping("/api/units/{unitCode}/appointments")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "appointment.role.not-appointable")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "appointment.outside-subtree")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "appointment.unit.unknown")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "appointment.account.unknown")
	@Operation(summary = "Appoint an account to a role in the unit (support team, council, officer, approver)")
	ResponseEntity<Void> appoint(@PathVariable String unitCode, @Valid @RequestBody Appointment appointment) {
		appointments.appoint(currentUser.get(), unitCode, Appointments.roleOf(appointment.role(), unitCode), appointment.username());
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/api/units/{unitCode}/appointments/{role}/{username}")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "appointment.role.not-appointable")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "appointment.outside-subtree")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "appointment.unit.unknown")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "appointment.not-held")
	@Refusal(status = HttpStatus.CONFLICT, code = "appointment.last-council")
	@Operation(summary = "Remove an account from a role in the unit")
	ResponseEntity<Void> remove(@PathVariable String unitCode, @PathVariable String role, @PathVariable String username) {
		appointments.remove(currentUser.get(), unitCode, Appointments.roleOf(role, unitCode), username);
		return ResponseEntity.noContent().build();
	}

	record Appointment(@NotBlank String username, @NotBlank String role) {
	}
}
