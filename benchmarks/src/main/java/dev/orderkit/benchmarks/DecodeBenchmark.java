package dev.orderkit.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import dev.orderkit.core.http.HttpResponseFor;
import dev.orderkit.core.http.ResponseMeta;
import dev.orderkit.core.internal.BufferedHttpResponse;
import dev.orderkit.core.internal.BufferedResponseMeta;
import dev.orderkit.core.internal.ReadBody;
import dev.orderkit.core.spi.ResponseParser;
import dev.orderkit.partner.internal.Envelope;
import dev.orderkit.partner.internal.Enveloped;
import dev.orderkit.partner.internal.PartnerJson;
import dev.orderkit.partner.model.OrderList;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okio.Buffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * {@code decode_vs_jackson}: decoding a 100-order list response, in memory. The SDK does what
 * {@code orders().list(...)} does once the body is read: {@link HttpResponseFor#parse()} with the
 * partner envelope parser and the module's Moshi (generated adapters into {@link OrderList}).
 * Jackson databind reads the same bytes into equivalent plain classes. Moshi's reflection over the
 * same plain classes is measured too, as a reference (not part of any ratio).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class DecodeBenchmark {
  private byte[] page;
  private Buffer body;
  private Headers headers;
  private ResponseParser<Enveloped<OrderList>> sdkParser;
  private ObjectReader jackson;
  private JsonAdapter<Plain.ListEnvelope> moshiPlain;

  @Setup(Level.Trial)
  public void setUp() {
    page = Payloads.listPage();
    body = new Buffer().write(page);
    headers = Headers.of("Content-Type", "application/json");
    sdkParser = Envelope.parser(PartnerJson.MOSHI.adapter(OrderList.class));
    jackson = jacksonMapper().readerFor(Plain.ListEnvelope.class);
    moshiPlain = HandWrittenClient.MOSHI.adapter(Plain.ListEnvelope.class);
  }

  static ObjectMapper jacksonMapper() {
    return new ObjectMapper().registerModule(new JavaTimeModule());
  }

  /**
   * The SDK: the list endpoint's parser over the read body, as {@code orders().list} runs it once
   * the body is read (the same method as before: the body's bytes are given, the parse reads a
   * buffer made from them).
   */
  @Benchmark
  public OrderList sdkDecodeList() {
    ReadBody read = ReadBody.of(page);
    ResponseMeta meta = new BufferedResponseMeta(200, headers, "bench", 1, read);
    HttpResponseFor<Enveloped<OrderList>> response =
        new BufferedHttpResponse<>(meta, read, sdkParser);
    try {
      return Envelope.requireData(response.parse(), "order list");
    } finally {
      BufferedHttpResponse.release(response); // as Transport.execute does
    }
  }

  /** Jackson databind into plain classes, from the same bytes. */
  @Benchmark
  public Plain.OrderList jacksonDecodeList() throws IOException {
    Plain.ListEnvelope envelope = jackson.readValue(page);
    return envelope.data;
  }

  /**
   * Reference, the floor under any Moshi-based decoder: Moshi's reader walks every token of the
   * same page (names and values read as strings) and builds nothing. Not part of any ratio: it
   * shows how much of {@link #sdkDecodeList} is reading JSON at all.
   */
  @Benchmark
  public int moshiTokenWalkList() throws IOException {
    JsonReader reader = JsonReader.of(body.clone());
    int length = 0;
    while (true) {
      switch (reader.peek()) {
        case BEGIN_OBJECT:
          reader.beginObject();
          break;
        case END_OBJECT:
          reader.endObject();
          break;
        case BEGIN_ARRAY:
          reader.beginArray();
          break;
        case END_ARRAY:
          reader.endArray();
          break;
        case NAME:
          length += reader.nextName().length();
          break;
        case BOOLEAN:
          length += reader.nextBoolean() ? 1 : 0;
          break;
        case NULL:
          reader.nextNull();
          break;
        case END_DOCUMENT:
          return length;
        default: // STRING, NUMBER
          length += reader.nextString().length();
      }
    }
  }

  /** Reference: Moshi reflection into the same plain classes, from a buffer as the SDK reads. */
  @Benchmark
  public Plain.OrderList moshiPlainDecodeList() throws IOException {
    return moshiPlain.fromJson(body.clone()).data;
  }
}
