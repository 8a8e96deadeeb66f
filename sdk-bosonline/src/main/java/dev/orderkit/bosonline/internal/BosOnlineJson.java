package dev.orderkit.bosonline.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import dev.orderkit.bosonline.model.BankAccount;
import dev.orderkit.bosonline.model.CheckoutItems;
import dev.orderkit.bosonline.model.CreateOrderParams;
import dev.orderkit.bosonline.model.CreateOrderResult;
import dev.orderkit.bosonline.model.OrderItem;
import dev.orderkit.bosonline.model.PaymentMethod;
import dev.orderkit.bosonline.model.Receiver;
import dev.orderkit.bosonline.model.ReceiverDetail;
import dev.orderkit.bosonline.model.Sender;
import dev.orderkit.bosonline.model.SocialMedia;
import dev.orderkit.core.json.JsonTree;
import dev.orderkit.core.json.OrderKitJson;
import dev.orderkit.core.json.ValueAdapters;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The bosOnline module's one {@link Moshi}: the core adapters plus every bosOnline model. Built
 * once, thread-safe. The optional request fields that the docs' example sends as {@code null}
 * ({@code items.note}, {@code items.delivery_voucher_code}, {@code items.discount_voucher_code},
 * {@code items.payment_method.bank}) are written as {@code null} when absent, as the docs do.
 */
public final class BosOnlineJson {
  /** The Moshi that reads and writes every bosOnline model. */
  public static final Moshi MOSHI = OrderKitJson.moshiBuilder()
      .add(ExplicitNulls.of(CheckoutItems.class,
          "note", "delivery_voucher_code", "discount_voucher_code"))
      .add(ExplicitNulls.of(PaymentMethod.class, "bank"))
      .add(ValueAdapters.builder()
          // Requests.
          .register(CreateOrderParams.class, CreateOrderParams::builder)
          .register(Sender.class, Sender::builder)
          .register(Receiver.class, Receiver::builder)
          .register(ReceiverDetail.class, ReceiverDetail::builder)
          .register(CheckoutItems.class, CheckoutItems::builder)
          .register(PaymentMethod.class, PaymentMethod::builder)
          .register(OrderItem.class, OrderItem::builder)
          // Responses.
          .register(CreateOrderResult.class, CreateOrderResult::builder)
          .register(BankAccount.class, BankAccount::builder)
          .register(SocialMedia.class, SocialMedia::builder)
          .build())
      .build();

  private BosOnlineJson() {}

  /**
   * Wraps the value adapter of one type so that the named properties are written as
   * {@code null} when absent instead of being left out; reading is unchanged.
   */
  private static final class ExplicitNulls implements JsonAdapter.Factory {
    private final Class<?> type;
    private final List<String> properties;

    private ExplicitNulls(Class<?> type, List<String> properties) {
      this.type = type;
      this.properties = properties;
    }

    static ExplicitNulls of(Class<?> type, String... properties) {
      return new ExplicitNulls(type, Collections.unmodifiableList(Arrays.asList(properties)));
    }

    @Override
    public JsonAdapter<?> create(Type requested, Set<? extends Annotation> annotations,
        Moshi moshi) {
      Class<?> raw = Types.getRawType(requested);
      if (!annotations.isEmpty() || (raw != type && raw != type.getSuperclass())) {
        return null;
      }
      final JsonAdapter<Object> delegate = moshi.nextAdapter(this, requested, annotations);
      return new JsonAdapter<Object>() {
        @Override
        public Object fromJson(JsonReader reader) throws IOException {
          return delegate.fromJson(reader);
        }

        @Override
        public void toJson(JsonWriter writer, Object value) throws IOException {
          Object tree = delegate.toJsonValue(value);
          if (!(tree instanceof Map)) {
            JsonTree.write(writer, tree);
            return;
          }
          @SuppressWarnings("unchecked")
          Map<String, Object> sorted = new TreeMap<>((Map<String, Object>) tree);
          for (String property : properties) {
            if (!sorted.containsKey(property)) {
              sorted.put(property, null);
            }
          }
          boolean serializeNulls = writer.getSerializeNulls();
          writer.setSerializeNulls(true);
          try {
            JsonTree.write(writer, sorted);
          } finally {
            writer.setSerializeNulls(serializeNulls);
          }
        }

        @Override
        public String toString() {
          return delegate + ".explicitNulls(" + properties + ")";
        }
      };
    }
  }
}
