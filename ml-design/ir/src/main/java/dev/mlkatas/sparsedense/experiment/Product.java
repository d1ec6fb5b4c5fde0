package dev.mlkatas.sparsedense.experiment;

import dev.mlkatas.grocery.GroceryVocabulary.PackSize;
import dev.mlkatas.grocery.GroceryVocabulary.ProductKind;

/**
 * A product of the generated catalogue. Only its {@code name} is indexed; the other fields say which
 * queries it is relevant for.
 *
 * @param id its position in the catalogue, from 0
 * @param name what the label says, e.g. {@code northbay wild salmon fillet 2 lb}
 * @param attribute its attribute, or the empty string
 */
public record Product(int id, String name, ProductKind kind, String brand, String attribute, PackSize size) {
}
