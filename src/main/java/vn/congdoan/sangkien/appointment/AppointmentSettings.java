package vn.congdoan.sangkien.appointment;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Keycloak client whose service account writes appointments: it may manage and view users, nothing
 * else (realm-management roles {@code manage-users}, {@code view-users}).
 *
 * @param clientId the confidential client, {@code sangkien-appointments}
 * @param clientSecret its secret ({@code APPOINTMENTS_CLIENT_SECRET} outside dev)
 */
@ConfigurationProperties("sangkien.appointments")
public record AppointmentSettings(String clientId, String clientSecret) {
}
