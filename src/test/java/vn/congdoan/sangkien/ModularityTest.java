package vn.congdoan.sangkien;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

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
	void document() throws IOException {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		try (var diagrams = Files.list(Path.of("docs/modules"))) {
			for (Path diagram : diagrams.filter(file -> file.toString().endsWith(".puml")).toList()) {
				inStableOrder(diagram);
			}
		}

		assertThat(Path.of("docs/modules/components.puml")).content().contains("Workflow", "Identity", "Initiative");
	}

	/** The Documenter lists relations in hash order: sorted, a diagram changes only when the modules do. */
	private static void inStableOrder(Path diagram) throws IOException {
		List<String> lines = Files.readAllLines(diagram);
		List<String> relations = lines.stream().filter(line -> line.startsWith("Rel(")).sorted().toList();
		Iterator<String> sorted = relations.iterator();
		Files.write(diagram, lines.stream().map(line -> line.startsWith("Rel(") ? sorted.next() : line).toList());
	}
}