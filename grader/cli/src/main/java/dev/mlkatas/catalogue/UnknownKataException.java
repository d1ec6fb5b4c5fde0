package dev.mlkatas.catalogue;

import java.util.List;

/** A kata id the catalogue does not have; the message lists the ids it has. */
public final class UnknownKataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnknownKataException(String id, List<String> known) {
        super("unknown kata '" + id + "'; known katas: " + (known.isEmpty() ? "(none)" : String.join(", ", known)));
    }
}
