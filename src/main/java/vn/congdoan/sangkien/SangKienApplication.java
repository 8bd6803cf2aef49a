package vn.congdoan.sangkien;

import javax.xml.datatype.DatatypeFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Sáng kiến: the workflow platform of the programme "01 triệu sáng kiến". */
@SpringBootApplication
// Each module's settings are one record of its own (SystemSettings, IdentitySettings, ...).
@ConfigurationPropertiesScan
public class SangKienApplication {

	public static void main(String[] args) {
		// The engine resolves each timer's due date with DatatypeFactory.newInstance(), which without this
		// property looks through every jar of the packaged application for another implementation (none
		// has one) and then takes the JDK's: a twentieth of the lifecycle's request time in the profile
		// (docs/benchmarks/README.md), for the reminder and escalation timers of every task.
		if (System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY) == null) {
			System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY, DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
		}
		SpringApplication.run(SangKienApplication.class, args);
	}
}
