package dev.orderkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderkit.core.errors.IncompatibleDependencyException;
import dev.orderkit.core.errors.OrderKitException;
import dev.orderkit.core.internal.RuntimeDependencies.Installed;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The run-time check of OkHttp, Okio, Moshi and the Kotlin standard library. The real too-old
 * classpath (Retrofit 2.11's OkHttp 3.14.9) is proven end to end by consumer-test's projects.
 */
class RuntimeDependenciesTest {
  private static final String OKHTTP3_JAR = "/home/app/.m2/repository/com/squareup/okhttp3/"
      + "okhttp/3.14.9/okhttp-3.14.9.jar";

  @Test
  void theTestClasspathPassesAndIsDescribedWithTheRealVersions() throws Exception {
    RuntimeDependencies.requireCompatible(); // throws if anything is off

    String okhttp = (String) Class.forName("okhttp3.OkHttp").getField("VERSION").get(null);
    assertThat(RuntimeDependencies.describe())
        .startsWith("OkHttp " + okhttp + ", Okio 3.")
        .contains(", Moshi 1.15.")
        .endsWith(", Kotlin stdlib " + kotlin.KotlinVersion.CURRENT);
    assertThat(RuntimeDependencies.judge(RuntimeDependencies.readClasspath())).isNull();
  }

  @Test
  void okHttp3FromRetrofit2NamesTheVersionTheJarAndTheFix() {
    IncompatibleDependencyException e = judged(
        new Installed(RuntimeDependencies.KOTLIN, "1.9.10", "kotlin.jar"),
        new Installed(RuntimeDependencies.OKIO, "3.6.0", "okio.jar"),
        new Installed(RuntimeDependencies.OKHTTP, "3.14.9", OKHTTP3_JAR),
        new Installed(RuntimeDependencies.MOSHI, "1.15.2", "moshi.jar"));

    assertThat(e).isInstanceOf(OrderKitException.class).hasNoCause();
    assertThat(e.getMessage()).isEqualTo("OrderKit needs OkHttp 4.12.0 or newer, but the OkHttp "
        + "on the classpath is 3.14.9, from " + OKHTTP3_JAR + " (Retrofit 2.x and other OkHttp 3 "
        + "users bring it). Fix: align OkHttp on 4.12.0 or newer (5.x works too). Maven: import "
        + "com.squareup.okhttp3:okhttp-bom:4.12.0 (type pom, scope import) in "
        + "<dependencyManagement>; Gradle: implementation(platform("
        + "\"com.squareup.okhttp3:okhttp-bom:4.12.0\")) (README: Installation, \"One OkHttp\")");
    assertThat(e.library()).isEqualTo("OkHttp");
    assertThat(e.foundVersion()).isEqualTo("3.14.9");
    assertThat(e.requiredVersion()).isEqualTo("4.12.0");
    assertThat(e.location()).isEqualTo(OKHTTP3_JAR);
    assertThat(e.attempts()).isZero();
  }

  @Test
  void theFirstLibraryAtFaultIsReported() {
    IncompatibleDependencyException e = judged(
        new Installed(RuntimeDependencies.KOTLIN, "1.4.32", "kotlin-stdlib-1.4.32.jar"),
        new Installed(RuntimeDependencies.OKIO, "1.17.2", "okio-1.17.2.jar"),
        new Installed(RuntimeDependencies.OKHTTP, "3.14.9", OKHTTP3_JAR),
        new Installed(RuntimeDependencies.MOSHI, "1.15.2", "moshi.jar"));

    assertThat(e.library()).isEqualTo("Kotlin stdlib");
    assertThat(e.getMessage()).startsWith("OrderKit needs Kotlin stdlib 1.8.0 or newer, but the "
        + "Kotlin stdlib on the classpath is 1.4.32, from kotlin-stdlib-1.4.32.jar. Fix: declare "
        + "org.jetbrains.kotlin:kotlin-stdlib 1.8.21 or newer");
  }

  @Test
  void aMissingLibraryIsNamed() {
    IncompatibleDependencyException e = judged(Installed.missing(RuntimeDependencies.KOTLIN));

    assertThat(e.foundVersion()).isEqualTo("none");
    assertThat(e.location()).isEqualTo("none");
    assertThat(e.getMessage()).startsWith("OrderKit needs Kotlin stdlib 1.8.0 or newer, but no "
        + "Kotlin stdlib is on the classpath. Fix: ");
  }

  @Test
  void aVersionThatCannotBeReadIsTrusted() {
    Installed shrunk = new Installed(RuntimeDependencies.OKIO, null, "unknown");

    assertThat(RuntimeDependencies.judge(Arrays.asList(shrunk))).isNull();
  }

  @Test
  void versionsCompareNumericallyAndOnTheirNumericPrefix() {
    assertThat(RuntimeDependencies.compareVersions("4.9.3", "4.12.0")).isNegative();
    assertThat(RuntimeDependencies.compareVersions("4.12", "4.12.0")).isZero();
    assertThat(RuntimeDependencies.compareVersions("5.0.0", "4.12.0")).isPositive();
    assertThat(RuntimeDependencies.numericPrefix("5.0.0-alpha.14")).isEqualTo("5.0.0");
    assertThat(RuntimeDependencies.numericPrefix("1.9.10-release-459")).isEqualTo("1.9.10");
    assertThat(RuntimeDependencies.numericPrefix("unknown")).isNull();
    Installed alpha = new Installed(RuntimeDependencies.OKHTTP, "5.0.0-alpha.14", "x");
    assertThat(RuntimeDependencies.judge(Arrays.asList(alpha))).isNull();
  }

  @Test
  void aLinkageErrorFromACallBecomesTheTypedExceptionNamingTheMissingMember() {
    NoSuchMethodError error = new NoSuchMethodError(
        "'okhttp3.RequestBody okhttp3.RequestBody.create(byte[], okhttp3.MediaType)'");

    IncompatibleDependencyException e = RuntimeDependencies.fromLinkageError(error);

    assertThat(e).hasCause(error);
    assertThat(e.getMessage()).startsWith("A library OrderKit runs on does not have what OrderKit "
        + "calls (NoSuchMethodError: 'okhttp3.RequestBody okhttp3.RequestBody.create(byte[], "
        + "okhttp3.MediaType)'); found OkHttp ")
        .contains("Fix: align OkHttp on 4.12.0");
  }

  private static IncompatibleDependencyException judged(Installed... installed) {
    List<Installed> all = Arrays.asList(installed);
    RuntimeDependencies.Finding finding = RuntimeDependencies.judge(all);
    assertThat(finding).isNotNull();
    return finding.toException(null);
  }
}
