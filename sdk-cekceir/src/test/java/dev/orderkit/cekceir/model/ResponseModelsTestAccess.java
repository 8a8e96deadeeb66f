package dev.orderkit.cekceir.model;

/** Lets the client tests reuse the field-by-field check of the docs' success example. */
public final class ResponseModelsTestAccess {
  private ResponseModelsTestAccess() {}

  /** Asserts all 19 fields of the docs' success example. */
  public static void assertDocsSuccessExample(OrderResult r) {
    ResponseModelsTest.assertDocsSuccessExample(r);
  }
}
