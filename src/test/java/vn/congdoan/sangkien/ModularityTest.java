package vn.congdoan.sangkien;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

@DisplayName("The feature modules depend on each other only through what they expose, without cycles")
class ModularityTest {

	static final ApplicationModules MODULES = ApplicationModules.of(SangKienApplication.class);

	@Test
	@DisplayName("no forbidden dependency and no cycle between modules")
	void verify() {
		MODULES.verify();
	}

	@Test
	@DisplayName("the module diagram in docs/ is drawn from the code")
	void document() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();

		assertThat(Path.of("docs/modules/components.puml")).content().contains("Workflow", "Identity", "Initiative");
	}
}
