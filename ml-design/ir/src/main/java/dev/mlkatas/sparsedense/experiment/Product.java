package dev.mlkatas.sparsedense.experiment;

/**
 * A product of the searched catalogue: one of the grocery world's products in one pack size. Only its
 * {@code name} is indexed; {@code shelf} and {@code size} say which queries it is relevant for.
 *
 * @param id its position in the catalogue, from 0
 * @param name what the label says, lower case, e.g. {@code northbay organic salmon fillet 2 lb}
 * @param shelf the grocery world's product it is a pack of: brand, kind, aisle and descriptive words
 * @param size its pack size, e.g. {@code 2 lb}; the world's own pack or one derived from it
 */
public record Product(int id, String name, dev.mlkatas.grocery.world.catalogue.Product shelf, String size) {
}
