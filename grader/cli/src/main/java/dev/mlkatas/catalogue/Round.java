package dev.mlkatas.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The rounds of the onsite interview, in the order they happen. */
public enum Round {
    @JsonProperty("coding")
    CODING("coding"),
    @JsonProperty("ir-ranking")
    IR_RANKING("IR and ranking"),
    @JsonProperty("system-design")
    SYSTEM_DESIGN("ML system design"),
    @JsonProperty("modelling")
    MODELLING("modelling");

    private final String label;

    Round(String label) {
        this.label = label;
    }

    /** How the round is named in listings, e.g. {@code ML system design}. */
    public String label() {
        return label;
    }
}
