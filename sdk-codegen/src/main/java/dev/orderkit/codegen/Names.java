package dev.orderkit.codegen;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The names the processor looks for, as strings: it has no dependency on OrderKit's core, Moshi or
 * Immutables, so it runs before them in the build and on any of their versions.
 */
final class Names {
  static final String VALUE_STYLE = "dev.orderkit.core.spi.ValueStyle";
  static final String GENERATE = "dev.orderkit.core.spi.GenerateJsonAdapters";
  static final String EXPLICIT_NULL = "dev.orderkit.core.spi.ExplicitNull";
  static final String JSON_FIELD = "dev.orderkit.core.spi.JsonField";
  static final String OPEN_ENUM = "dev.orderkit.core.OpenEnum";
  static final String JSON_NAME = "dev.orderkit.core.spi.JsonName";
  static final String JSON_IGNORE = "dev.orderkit.core.spi.JsonIgnore";
  static final String MOSHI_JSON = "com.squareup.moshi.Json";
  static final String VALUE_DEFAULT = "org.immutables.value.Value.Default";
  static final String VALUE_IMMUTABLE = "org.immutables.value.Value.Immutable";
  static final String SPI = "dev.orderkit.core.spi";
  static final String SERVICE = "dev.orderkit.core.spi.Service";
  static final String ENDPOINT = "dev.orderkit.core.spi.Endpoint";

  private Names() {}

  /** Returns the annotation named {@code name} on {@code element}, or null. */
  static AnnotationMirror annotation(Element element, String name) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(name)) {
        return mirror;
      }
    }
    return null;
  }

  static boolean hasAnnotation(Element element, String name) {
    return annotation(element, name) != null;
  }

  /** Whether {@code type} extends {@code dev.orderkit.core.OpenEnum} (but is not it). */
  static boolean isOpenEnum(TypeElement type, Types types) {
    for (TypeMirror s = type.getSuperclass(); s.getKind() == TypeKind.DECLARED;
        s = ((TypeElement) types.asElement(s)).getSuperclass()) {
      if (((TypeElement) ((DeclaredType) s).asElement()).getQualifiedName()
          .contentEquals(OPEN_ENUM)) {
        return true;
      }
    }
    return false;
  }
}
