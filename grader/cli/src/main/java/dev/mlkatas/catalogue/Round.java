package dev.mlkatas.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Optional;

/** The rounds of the onsite interview, in the order they happen. */
public enum Round {
    @JsonProperty("coding")
    CODING("coding", "coding", "coding"),
    @JsonProperty("ir-ranking")
    IR_RANKING("IR and ranking", "ir", "ir-ranking"),
    @JsonProperty("system-design")
    SYSTEM_DESIGN("ML system design", "design", "system-design"),
    @JsonProperty("modelling")
    MODELLING("modelling", "modelling", "modelling");

    private final String label;
    private final String shortName;
    private final String catalogueName;

    Round(String label, String shortName, String catalogueName) {
        this.label = label;
        this.shortName = shortName;
        this.catalogueName = catalogueName;
    }

    /** How the round is named in listings, e.g. {@code ML system design}. */
    public String label() {
        return label;
    }

    /** How a person types the round on the command line, e.g. {@code design}. */
    public String shortName() {
        return shortName;
    }

    /**
     * The round a person typed: its short name or its name in {@code kata.yaml}, in any case.
     *
     * <p>Example: {@code Round.named("design")} and {@code Round.named("system-design")} are {@link #SYSTEM_DESIGN}.
     */
    public static Optional<Round> named(String name) {
        String typed = name.strip();
        return Arrays.stream(values())
                .filter(r -> r.shortName.equalsIgnoreCase(typed) || r.catalogueName.equalsIgnoreCase(typed))
                .findFirst();
    }
}
