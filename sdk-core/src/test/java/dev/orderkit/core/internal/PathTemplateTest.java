package dev.orderkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderkit.core.errors.InvalidInputException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class PathTemplateTest {
  private static final HttpUrl BASE = HttpUrl.get("https://api.example.test/base/");

  private static String url(String template, Map<String, String> params) {
    return PathTemplate.of(template).newUrl(BASE, params).build().toString();
  }

  @Test
  void fillsPlaceholdersAsOneEncodedSegmentEach() {
    Map<String, String> params = new HashMap<>();
    params.put("id", "a/b c?");
    params.put("kind", "detail");
    assertThat(url("api/v1/orders/{id}/{kind}", params))
        .isEqualTo("https://api.example.test/base/api/v1/orders/a%2Fb%20c%3F/detail");
  }

  @Test
  void literalSegmentsAreSentAsWritten() {
    assertThat(url("api/v1/orders%20x/list", Collections.emptyMap()))
        .isEqualTo("https://api.example.test/base/api/v1/orders%20x/list");
    assertThat(url("", Collections.emptyMap())).isEqualTo("https://api.example.test/base/");
  }

  @Test
  void missingPlaceholderNamesIt() {
    assertThatThrownBy(() -> url("orders/{orderCode}/cancel", Collections.emptyMap()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("orderCode")
        .hasMessageContaining("path parameter is required");
  }

  @Test
  void theLiteralPrefixFollowsTheBaseUrl() {
    Map<String, String> params = Collections.singletonMap("id", "7");
    assertThat(url("prefix/test/{id}/detail", params))
        .isEqualTo("https://api.example.test/base/prefix/test/7/detail");
    HttpUrl other = HttpUrl.get("http://127.0.0.1:8080/");
    assertThat(PathTemplate.of("prefix/test/{id}/detail").newUrl(other, params).build())
        .hasToString("http://127.0.0.1:8080/prefix/test/7/detail");
    assertThat(url("prefix/test/{id}/detail", params))
        .isEqualTo("https://api.example.test/base/prefix/test/7/detail");
  }

  @Test
  void theSameTemplateIsParsedOnce() {
    assertThat(PathTemplate.of("orders/{id}/tracking"))
        .isSameAs(PathTemplate.of("orders/{id}/tracking"));
  }
}
