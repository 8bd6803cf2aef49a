package vn.congdoan.sangkien;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Sáng kiến: the workflow platform of the programme "01 triệu sáng kiến". */
@SpringBootApplication
// Each module's settings are one record of its own (SystemSettings, IdentitySettings, ...).
@ConfigurationPropertiesScan
public class SangKienApplication {

	public static void main(String[] args) {
		SpringApplication.run(SangKienApplication.class, args);
	}
}
