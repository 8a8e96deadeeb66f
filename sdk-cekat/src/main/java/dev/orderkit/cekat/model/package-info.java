/**
 * The cekat orders API's request parameters ({@link dev.orderkit.cekat.model.CreateOrderParams},
 * {@link dev.orderkit.cekat.model.ListOrdersParams}), its two order shapes (the created
 * {@link dev.orderkit.cekat.model.Order} and the listed {@link dev.orderkit.cekat.model.ListedOrder}),
 * the open {@link dev.orderkit.cekat.model.OrderStatus} and the
 * {@link dev.orderkit.cekat.model.OrderNumber} that arrives as a string or a number.
 */
@NullMarked
package dev.orderkit.cekat.model;

import org.jspecify.annotations.NullMarked;
