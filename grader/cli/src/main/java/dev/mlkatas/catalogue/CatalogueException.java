package dev.mlkatas.catalogue;

/** A catalogue entry that cannot be read or is incomplete; the message names the file and the problem. */
public final class CatalogueException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CatalogueException(String message) {
        super(message);
    }
}
