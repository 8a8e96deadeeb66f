/**
 * OrderKit partner orders and fulfillment client. Its endpoints arrive with the module's own issue; for now the module holds only this
 * package description so the build, the BOM and the coordinates are in place.
 */
package dev.orderkit.partner;
