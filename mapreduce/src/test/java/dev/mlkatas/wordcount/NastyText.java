package dev.mlkatas.wordcount;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Generators of text built to trip a tokenizer up, shared by the kata's properties: mixed scripts and case,
 * both apostrophes in and around words, digits, decomposed letters that NFC composes, letters outside the
 * Basic Multilingual Plane, invisible separators, and empty and very long lines. Pieces are glued together
 * without spaces as often as with them, so apostrophes and combining marks land between every kind of
 * neighbour.
 */
final class NastyText {

    /** Fragments that each test one rule of the tokenizer, or a way of getting it wrong. */
    static final List<String> PIECES = List.of(
            // ASCII words in every case, and digits in and around words.
            "Hello", "WORLD", "dOnT", "a", "I", "42", "007", "x2", "2x", "B2B",
            // Apostrophes of both kinds: inside words, at their edges, doubled, beside digits.
            "don't", "don’t", "'tis", "’tis", "dogs'", "dogs’", "o''clock", "rock'n'roll", "rock’n’roll",
            "1'2", "a'1", "'", "’", "''", "it's’",
            // Other scripts, and case rules that depend on the word: final sigma, dotted I, sharp s, titlecase.
            "ΟΔΟΣ", "Σίσυφος", "ΣΑΣ", "Привет", "МИР", "日本語", "مرحبا", "שלום", "नमस्ते", "ไทย",
            "İstanbul", "ISTANBUL", "Straße", "STRASSE", "ǅemal", "ﬁne", "donʼt",
            // NFC: decomposed letters that compose, a singleton that changes, marks that stay apart.
            "e\u0301te\u0301", "l’e\u0301te\u0301", "A\u030Angstro\u0308m", "\u212B", "\u1100\u1161\u11A8",
            "a\u0301\u0327", "x\u0301y", "\u0301",
            // Beyond the BMP: letters with and without case, digits, symbols.
            "𐐀𐐨", "𝐀𝐁𝐂", "𝐚", "𝟘𝟙", "😀", "𝄞",
            // Fullwidth letters (which sort before those), other digits, numbers that are not digits.
            "ＡＢＣ", "ｚ", "１２３", "٣٤", "Ⅻ", "½", "²",
            // Separators: punctuation, spaces, invisible format characters, U+FFFD, a control character.
            " ", "  ", "\t", ",", ".", "!", "?", "-", "_", "—", "…", "«", "»", "\"", "(", ")", "/",
            "\u00A0", "\u200B", "\u00AD", "\u2028", "\uFFFD", "\u0000");

    private NastyText() {
    }

    /** One line: up to 24 pieces, or now and then a very long line of thousands. */
    static Arbitrary<String> lines() {
        Arbitrary<String> ordinary = pieces().list().ofMaxSize(24).map(parts -> String.join("", parts));
        Arbitrary<String> veryLong = pieces().list().ofMinSize(2_000).ofMaxSize(4_000)
                .map(parts -> String.join("", parts));
        return Arbitraries.frequencyOf(Tuple.of(30, ordinary), Tuple.of(1, veryLong))
                .edgeCases(edges -> edges.includeOnly().add("", " ", "'’'", "Don’t PANIC: 42 towels!", "ΟΔΟΣ.ΚΑΙ"));
    }

    /** Several lines, often repeating words: up to {@code maxLines} lines. */
    static Arbitrary<List<String>> documents(int maxLines) {
        return lines().list().ofMaxSize(maxLines);
    }

    private static Arbitrary<String> pieces() {
        return Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.of(PIECES)),
                Tuple.of(4, Arbitraries.of(" ", " ", ", ", ". ")),
                Tuple.of(2, Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8)),
                Tuple.of(2, anyCodePoint()));
    }

    /** Any code point that can stand in a line of valid UTF-8: no surrogates, no line breaks. */
    private static Arbitrary<String> anyCodePoint() {
        return Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
                .filter(cp -> !(cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE))
                .filter(cp -> cp != '\n' && cp != '\r')
                .map(Character::toString);
    }
}
