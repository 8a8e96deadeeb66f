package dev.orderkit.codegen;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/** A {@code @Service} class read: its endpoints, with the checks that make a declaration valid. */
final class ServiceModel {
  static final String API_REQUEST = Names.SPI + ".ApiRequest";
  static final String PAGE_REQUEST = Names.SPI + ".PageRequest";
  static final String PAGE = "dev.orderkit.core.Page";
  static final String ASYNC_PAGE = "dev.orderkit.core.AsyncPage";

  final ProcessingEnvironment env;
  final TypeElement declaring;
  final String serviceName;
  final List<EndpointModel> endpoints = new ArrayList<>();
  private final Set<String> unresolved = new LinkedHashSet<>();

  /** One endpoint: its declaring method and what the services need to know of it. */
  static final class EndpointModel {
    final ExecutableElement method;
    final String name;
    /** {@code ApiRequest} or {@code PageRequest}, with its type arguments. */
    final DeclaredType request;
    final TypeMirror page;
    final TypeMirror asyncPage;

    EndpointModel(ExecutableElement method, String name, DeclaredType request, TypeMirror page,
        TypeMirror asyncPage) {
      this.method = method;
      this.name = name;
      this.request = request;
      this.page = page;
      this.asyncPage = asyncPage;
    }

    boolean paged() {
      return qualifiedName(request).equals(PAGE_REQUEST);
    }

    /** The parsed value of a plain endpoint; the item type of a listing. */
    TypeMirror value() {
      List<? extends TypeMirror> args = request.getTypeArguments();
      return args.get(args.size() - 1);
    }

    List<? extends VariableElement> parameters() {
      return method.getParameters();
    }
  }

  private ServiceModel(ProcessingEnvironment env, TypeElement declaring, String serviceName) {
    this.env = env;
    this.declaring = declaring;
    this.serviceName = serviceName;
  }

  static ServiceModel read(ProcessingEnvironment env, TypeElement declaring) {
    AnnotationMirror service = Names.annotation(declaring, Names.SERVICE);
    ServiceModel model = new ServiceModel(env, declaring, (String) value(service, "value"));
    for (Element member : declaring.getEnclosedElements()) {
      AnnotationMirror endpoint = Names.annotation(member, Names.ENDPOINT);
      if (endpoint == null || member.getKind() != ElementKind.METHOD) {
        continue;
      }
      ExecutableElement method = (ExecutableElement) member;
      model.noteUnresolved(method.getReturnType());
      for (VariableElement p : method.getParameters()) {
        model.noteUnresolved(p.asType());
      }
      String name = (String) value(endpoint, "name");
      TypeMirror returned = method.getReturnType();
      model.endpoints.add(new EndpointModel(method,
          name == null || name.isEmpty() ? method.getSimpleName().toString() : name,
          returned.getKind() == TypeKind.DECLARED ? (DeclaredType) returned : null,
          model.pageType(endpoint, "page", method), model.pageType(endpoint, "asyncPage", method)));
    }
    return model;
  }

  /**
   * A page type named by {@code @Endpoint}. javac gives a class literal it cannot resolve (yet)
   * as a string, not a type: that one is unresolved, as a missing parameter type is.
   */
  private TypeMirror pageType(AnnotationMirror endpoint, String member, ExecutableElement method) {
    Object value = value(endpoint, member);
    if (value instanceof TypeMirror) {
      noteUnresolved((TypeMirror) value);
      return (TypeMirror) value;
    }
    if (value != null) {
      unresolved.add("@Endpoint(" + member + ") of " + method.getSimpleName() + "()");
    }
    return null;
  }

  /** The package the services are written to: the declaring class's, without {@code .internal}. */
  String servicePackage() {
    String pkg = env.getElementUtils().getPackageOf(declaring).getQualifiedName().toString();
    return pkg.endsWith(".internal") ? pkg.substring(0, pkg.length() - ".internal".length()) : pkg;
  }

  /**
   * The stable name of an endpoint's calls, for listeners: {@code <api>.<service>.<call>}, the API
   * being the services' package's last segment and the service the declaring class's simple
   * name with a lower-case initial ({@code partner.orders.detail} for
   * {@code dev.orderkit.partner.internal.PartnerEndpoints.Orders#detail}).
   */
  String endpointName(EndpointModel e) {
    String pkg = servicePackage();
    String api = pkg.substring(pkg.lastIndexOf('.') + 1);
    String group = declaring.getSimpleName().toString();
    group = Character.toLowerCase(group.charAt(0)) + group.substring(1);
    return api + "." + group + "." + e.name;
  }

  boolean resolved() {
    return unresolved.isEmpty();
  }

  String unresolved() {
    return String.join(", ", unresolved);
  }

  /** Reports every mistake in the declarations as a compile error; true when there is none. */
  boolean check() {
    boolean ok = true;
    String pkg = env.getElementUtils().getPackageOf(declaring).getQualifiedName().toString();
    if (!pkg.endsWith(".internal") || !reachable(declaring)) {
      ok = error(declaring, "A @Service class is public (static and in public classes, when"
          + " nested) and in an API module's internal package, so its public services are written"
          + " in the package above it");
    }
    if (!isName(serviceName)) {
      ok = error(declaring, "@Service(\"" + serviceName + "\") names the service class: a Java"
          + " identifier such as OrderService");
    }
    if (env.getElementUtils().getDocComment(declaring) == null) {
      ok = error(declaring, "Document the service: its Javadoc becomes the services' own");
    }
    if (endpoints.isEmpty()) {
      ok = error(declaring, "A @Service class declares at least one @Endpoint method");
    }
    Set<String> names = new LinkedHashSet<>();
    for (EndpointModel e : endpoints) {
      ExecutableElement m = e.method;
      if (!m.getModifiers().contains(Modifier.PUBLIC)
          || !m.getModifiers().contains(Modifier.STATIC)) {
        ok = error(m, "An @Endpoint method is public and static");
      }
      if (env.getElementUtils().getDocComment(m) == null) {
        ok = error(m, "Document the endpoint: its Javadoc becomes its calls' own");
      }
      if (!isName(e.name)) {
        ok = error(m, "@Endpoint(name = \"" + e.name + "\") names the services' calls: a Java"
            + " identifier");
      }
      String returned = e.request == null ? "" : qualifiedName(e.request);
      if (!returned.equals(API_REQUEST) && !returned.equals(PAGE_REQUEST)) {
        ok = error(m, "An @Endpoint method returns ApiRequest<T>, or PageRequest<P, L, T> for a"
            + " listing, not " + m.getReturnType());
      } else if (!m.getTypeParameters().isEmpty() || !concrete(e.request)) {
        ok = error(m, "An @Endpoint method is not generic and names the type arguments of what it"
            + " returns (no raw type or wildcard), not " + m.getReturnType()
            + ": the services' calls return them");
      } else if (e.paged() && !(isSet(e.page) && isSet(e.asyncPage))) {
        ok = error(m, "A listing names its page types: @Endpoint(page = ..., asyncPage = ...)");
      } else if (!e.paged() && (isSet(e.page) || isSet(e.asyncPage))) {
        ok = error(m, "Only a listing (returning PageRequest) has page types");
      } else if (e.paged() && !(isA(e.page, PAGE) && isA(e.asyncPage, ASYNC_PAGE))) {
        ok = error(m, "A listing's page is a " + PAGE + " and its asyncPage a " + ASYNC_PAGE
            + ", not " + e.page + " and " + e.asyncPage);
      }
      if (!m.getThrownTypes().isEmpty()) {
        ok = error(m, "An @Endpoint method declares no exceptions: its calls throw OrderKit's"
            + " unchecked ones");
      }
      if (e.name.equals("withRawResponse")) {
        ok = error(m, "withRawResponse is the services' own method: name the endpoint otherwise");
      }
      String signature = e.name + "/" + m.getParameters().size();
      if (!names.add(signature)) {
        ok = error(m, "Two endpoints named " + e.name + " with " + m.getParameters().size()
            + " parameters: the services' overloads would clash");
      }
      if (e.paged() && !names.add(e.name + "AutoPaging/" + m.getParameters().size())) {
        ok = error(m, "The listing " + e.name + " has a call " + e.name + "AutoPaging: another"
            + " endpoint has that name");
      }
      for (VariableElement p : m.getParameters()) {
        if (qualifiedName(p.asType()).equals("dev.orderkit.core.RequestOptions")) {
          ok = error(p, "RequestOptions is added by the services; declare only the call's own"
              + " parameters");
        }
        String name = p.getSimpleName().toString();
        if (name.equals("options") || name.equals("transport")) {
          ok = error(p, "The services name their RequestOptions parameter options and their"
              + " Transport field transport: give the parameter " + name + " another name");
        }
      }
    }
    return ok;
  }

  /** Whether code of another package can call {@code type}'s public static methods. */
  private static boolean reachable(TypeElement type) {
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      Set<Modifier> modifiers = e.getModifiers();
      boolean nested = e.getEnclosingElement() instanceof TypeElement;
      if (!modifiers.contains(Modifier.PUBLIC) || nested && !modifiers.contains(Modifier.STATIC)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code type} is a subtype of the (erased) type named {@code name}. */
  private boolean isA(TypeMirror type, String name) {
    TypeElement target = env.getElementUtils().getTypeElement(name);
    return type != null && target != null
        && env.getTypeUtils().isAssignable(env.getTypeUtils().erasure(type),
            env.getTypeUtils().erasure(target.asType()));
  }

  /** Whether {@code name} can name a generated class or method. */
  private static boolean isName(String name) {
    return SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name);
  }

  /** Whether every type argument of {@code request} is a type (it is not raw, none a wildcard). */
  private static boolean concrete(DeclaredType request) {
    if (request.getTypeArguments().isEmpty()) {
      return false;
    }
    for (TypeMirror arg : request.getTypeArguments()) {
      if (arg.getKind() == TypeKind.WILDCARD) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSet(TypeMirror type) {
    return type != null && !qualifiedName(type).equals("java.lang.Void");
  }

  static String qualifiedName(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return type.toString();
    }
    return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
  }

  private void noteUnresolved(TypeMirror type) {
    if (type.getKind() == TypeKind.ERROR) {
      unresolved.add(type.toString());
    } else if (type.getKind() == TypeKind.DECLARED) {
      for (TypeMirror arg : ((DeclaredType) type).getTypeArguments()) {
        noteUnresolved(arg);
      }
    } else if (type.getKind() == TypeKind.ARRAY) {
      noteUnresolved(((ArrayType) type).getComponentType());
    }
  }

  private boolean error(Element element, String message) {
    env.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
    return false;
  }

  /** An annotation member's value, including its default. */
  private static Object value(AnnotationMirror mirror, String member) {
    Map<? extends ExecutableElement, ? extends AnnotationValue> values =
        mirror.getElementValues();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : values.entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(member)) {
        return e.getValue().getValue();
      }
    }
    for (Element e : mirror.getAnnotationType().asElement().getEnclosedElements()) {
      if (e.getSimpleName().contentEquals(member)) {
        AnnotationValue d = ((ExecutableElement) e).getDefaultValue();
        return d == null ? null : d.getValue();
      }
    }
    return null;
  }
}
