package vn.congdoan.sangkien;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Sáng kiến: the workflow platform of the programme "01 triệu sáng kiến". */
@SpringBootApplication
public class SangKienApplication {

	public static void main(String[] args) {
		SpringApplication.run(SangKienApplication.class, args);
	}
}
