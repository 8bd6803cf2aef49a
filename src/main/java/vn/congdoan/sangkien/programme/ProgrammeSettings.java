package vn.congdoan.sangkien.programme;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a programme office may change about how progress is judged, with the defaults in
 * {@code application.yaml}.
 *
 * @param participation the participation the units aim for
 */
@ConfigurationProperties("sangkien")
public record ProgrammeSettings(Participation participation) {

	/** @param goalPercent credited authors over members, in percent, that a unit aims for */
	public record Participation(BigDecimal goalPercent) {
	}
}
