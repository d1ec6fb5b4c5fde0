package dev.mlkatas.testing;

/** Whose code takes the place of a kata's candidate files when its suite runs. */
public enum Submission {
    /** The files as they are in the workspace: the untouched stub, or the candidate's work. */
    CANDIDATE,
    /** The reference solution under {@code solutions/}. */
    REFERENCE
}
