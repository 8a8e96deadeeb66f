package dev.orderkit.codegen;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Writes the public service classes of every class annotated {@code @Service} (see
 * {@link ServiceWriter}). Endpoints name types Immutables generates, so a service is written in
 * the first round in which every type its endpoints name exists.
 */
public final class ServiceProcessor extends AbstractProcessor {
  private final Set<String> pending = new LinkedHashSet<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return new LinkedHashSet<>(Arrays.asList(Names.SERVICE, Names.ENDPOINT));
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement annotation = processingEnv.getElementUtils().getTypeElement(Names.SERVICE);
    if (annotation != null) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        pending.add(((TypeElement) element).getQualifiedName().toString());
      }
    }
    TypeElement endpoint = processingEnv.getElementUtils().getTypeElement(Names.ENDPOINT);
    if (endpoint != null) {
      for (Element element : round.getElementsAnnotatedWith(endpoint)) {
        if (!Names.hasAnnotation(element.getEnclosingElement(), Names.SERVICE)) {
          // it would generate nothing, silently: the endpoint would be missing from the services
          error(element, "An @Endpoint method is declared in a @Service class; "
              + element.getEnclosingElement().getSimpleName() + " has no @Service");
        }
      }
    }
    for (String name : new LinkedHashSet<>(pending)) {
      TypeElement service = processingEnv.getElementUtils().getTypeElement(name);
      ServiceModel model = ServiceModel.read(processingEnv, service);
      if (!model.resolved()) {
        if (round.processingOver()) {
          error(service, "The endpoints of " + name + " name types that do not exist: "
              + model.unresolved());
          pending.remove(name);
        }
        continue; // Immutables has not generated them yet: wait for its round
      }
      pending.remove(name);
      if (model.check()) {
        try {
          new ServiceWriter(processingEnv, model).write();
        } catch (IOException e) {
          error(service, "Cannot write the services of " + name + ": " + e);
        }
      }
    }
    return false;
  }

  private void error(Element element, String message) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
  }
}
