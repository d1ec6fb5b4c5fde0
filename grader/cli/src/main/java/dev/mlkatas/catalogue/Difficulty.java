package dev.mlkatas.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How hard a kata is for someone who has not seen it before. */
public enum Difficulty {
    @JsonProperty("easy")
    EASY,
    @JsonProperty("medium")
    MEDIUM,
    @JsonProperty("hard")
    HARD;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
