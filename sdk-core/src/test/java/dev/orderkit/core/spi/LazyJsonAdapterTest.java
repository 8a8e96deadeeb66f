package dev.orderkit.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import dev.orderkit.core.spi.sample.Channel;
import dev.orderkit.core.spi.sample.Samples;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Adapters made on first use, and the generated binding of a closed Java enum. */
class LazyJsonAdapterTest {
  @Test
  void theAdapterIsLookedUpOnFirstUseOnlyAndThenKept() throws Exception {
    AtomicInteger lookups = new AtomicInteger();
    Moshi moshi = new Moshi.Builder().add(new JsonAdapter.Factory() {
      @Override
      public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations,
          Moshi moshi) {
        if (type == Channel.class) {
          lookups.incrementAndGet();
        }
        return null;
      }
    }).add(samplesAdapters()).build();

    JsonAdapter<Channel> lazy = LazyJsonAdapter.of(moshi, Channel.class);
    assertThat(lookups).hasValue(0);

    assertThat(lazy.fromJson("\"offline\"")).isEqualTo(Channel.OFFLINE);
    assertThat(lazy.toJson(Channel.ONLINE)).isEqualTo("\"online\"");
    assertThat(lookups).hasValue(1);
    assertThat(lazy).hasToString("LazyJsonAdapter(class dev.orderkit.core.spi.sample.Channel)");
  }

  @Test
  void aJavaEnumReadsOnlyItsJsonNames() {
    JsonAdapter<Channel> channels = Samples.moshi().adapter(Channel.class);

    assertThatThrownBy(() -> channels.fromJson("\"ONLINE\"")) // the constant's name is not JSON
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Expected one of [online, offline] but was ONLINE at path $");
    assertThat(channels).isInstanceOf(JavaEnumJsonAdapter.class)
        .hasToString("JsonAdapter(dev.orderkit.core.spi.sample.Channel)");
  }

  private static JsonAdapter.Factory samplesAdapters() {
    return dev.orderkit.core.spi.sample.SamplesAdapters.FACTORY;
  }
}
