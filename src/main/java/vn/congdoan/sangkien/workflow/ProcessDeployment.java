package vn.congdoan.sangkien.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the processes, decisions and forms of the top-level {@code bpmn/} and {@code forms/}
 * folders together, in one deployment named by bare file names, whether the application runs from
 * Maven or from the jar. Camunda's own auto-deployment would skip the forms and name resources by
 * absolute path (docs/architecture.md, Processes and forms). Unchanged resources are not deployed again.
 */
@Component
class ProcessDeployment extends AbstractProcessEnginePlugin {

	static final String NAME = "sangkien";

	static final String[] LOCATIONS = { "classpath*:bpmn/*.bpmn", "classpath*:bpmn/*.dmn", "classpath*:forms/*.form" };

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		DeploymentBuilder deployment = engine.getRepositoryService()
			.createDeployment()
			.name(NAME)
			.source(NAME)
			.enableDuplicateFiltering(true);
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		try {
			for (String location : LOCATIONS) {
				Resource[] resources = resolver.getResources(location);
				Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
				for (Resource resource : resources) {
					try (InputStream in = resource.getInputStream()) {
						deployment.addInputStream(resource.getFilename(), in);
					}
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read the process models and forms", e);
		}
		deployment.deploy();
	}
}
