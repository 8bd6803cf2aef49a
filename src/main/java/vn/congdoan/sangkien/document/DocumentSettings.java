package vn.congdoan.sangkien.document;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the platform's papers are written, with the defaults in {@code application.yaml}.
 *
 * @param place the place of the place-and-date line ("Hà Nội, ngày ... tháng ... năm ..."), where the papers are issued
 */
@ConfigurationProperties("sangkien.documents")
public record DocumentSettings(String place) {
}
