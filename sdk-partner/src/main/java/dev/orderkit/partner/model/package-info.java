/**
 * The partner orders API's request parameters, response models, open enumerations and status
 * flow, as immutable values that {@code dev.orderkit.partner.internal.PartnerJson} binds to JSON.
 */
@NullMarked
package dev.orderkit.partner.model;

import org.jspecify.annotations.NullMarked;
