package dev.mlkatas.wordcount;

import static dev.mlkatas.wordcount.WordCount.words;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Task 1: the tokenizer, WordCount.words")
class WordsTest {

    @Test
    @DisplayName("splits at spaces and punctuation and lower-cases every word")
    void splitsAndLowerCases() {
        assertThat(words("Hello, World!  HELLO\tworld.")).containsExactly("hello", "world", "hello", "world");
    }

    @Test
    @DisplayName("returns the words in order, repeats included")
    void keepsOrderAndRepeats() {
        assertThat(words("To be, or not to be")).containsExactly("to", "be", "or", "not", "to", "be");
    }

    @Test
    @DisplayName("keeps digits in words, and a run of digits is a word")
    void keepsDigits() {
        assertThat(words("R2-D2 has 2 legs; C-3PO, 1,000."))
                .containsExactly("r2", "d2", "has", "2", "legs", "c", "3po", "1", "000");
    }

    @Test
    @DisplayName("keeps an apostrophe between two letters inside the word")
    void keepsApostrophesBetweenLetters() {
        assertThat(words("don't it's rock'n'roll")).containsExactly("don't", "it's", "rock'n'roll");
    }

    @Test
    @DisplayName("writes the apostrophe U+2019 inside a word as U+0027")
    void writesRightQuoteAsApostrophe() {
        assertThat(words("Don’t PANIC: 42 towels!")).containsExactly("don't", "panic", "42", "towels");
    }

    @Test
    @DisplayName("drops apostrophes at the start and end of words")
    void dropsApostrophesAtTheEdges() {
        assertThat(words("'tis the dogs' ’bone’")).containsExactly("tis", "the", "dogs", "bone");
    }

    @Test
    @DisplayName("splits at an apostrophe that has a digit or another apostrophe beside it")
    void splitsAtApostrophesWithoutLettersOnBothSides() {
        assertThat(words("1'2 a'1 o''clock it’'s")).containsExactly("1", "2", "a", "1", "o", "clock", "it", "s");
    }

    @Test
    @DisplayName("returns nothing for an empty line, or one without letters or digits")
    void returnsNothingWithoutLettersOrDigits() {
        assertThat(words("")).isEmpty();
        assertThat(words("  ... !? -- ' ’ ''")).isEmpty();
    }

    @Test
    @DisplayName("takes letters and digits of every script")
    void takesEveryScript() {
        assertThat(words("Привет, мир! 日本語 ٣٤ שלום")).containsExactly("привет", "мир", "日本語", "٣٤", "שלום");
    }

    @Test
    @DisplayName("lower-cases each word on its own: a capital sigma that ends a word becomes a final sigma")
    void lowerCasesEachWordOnItsOwn() {
        // Lower-casing the whole line instead would see the K after the full stop and pick σ, not ς.
        assertThat(words("ΟΔΟΣ.ΚΑΙ")).containsExactly("οδο\u03c2", "και");
        assertThat(words("ΟΔΟΣ.ΚΑΙ").get(0)).endsWith("ς");
    }

    @Test
    @DisplayName("lower-cases with Locale.ROOT: the dotted capital I becomes i and a combining dot")
    void lowerCasesWithTheRootLocale() {
        assertThat(words("İstanbul")).containsExactly("i\u0307stanbul");
    }

    @Test
    @DisplayName("normalises to NFC first, so a decomposed letter is one letter of the word")
    void normalisesFirst() {
        assertThat(words("cafe\u0301 CAFÉ")).containsExactly("caf\u00e9", "caf\u00e9");
        assertThat(words("\u212B")).containsExactly("\u00e5");
    }

    @Test
    @DisplayName("splits at a combining mark that NFC cannot compose with the letter before it")
    void splitsAtCombiningMarks() {
        assertThat(words("x\u0301y")).containsExactly("x", "y");
    }

    @Test
    @DisplayName("splits at symbols, emoji, numbers that are not digits, and invisible characters")
    void splitsAtEverythingElse() {
        assertThat(words("fish😀chips soft\u00ADhyphen zero\u200Bwidth ½ Ⅻ x²"))
                .containsExactly("fish", "chips", "soft", "hyphen", "zero", "width", "x");
    }

    @Test
    @DisplayName("takes letters outside the Basic Multilingual Plane, lower-casing those that have case")
    void takesSupplementaryLetters() {
        assertThat(words("𐐀𐐨 𝐀𝐁 𝟘𝟙")).containsExactly("𐐨𐐨", "𝐀𝐁", "𝟘𝟙");
    }

    @Test
    @DisplayName("keeps the modifier letter apostrophe U+02BC in words: it is a letter, not an apostrophe")
    void keepsModifierLetterApostrophe() {
        assertThat(words("donʼt")).containsExactly("donʼt");
    }

    @Test
    @DisplayName("keeps a word of hundreds of letters whole, apostrophe included")
    void keepsLongWords() {
        String long64 = "a".repeat(64);
        String long200 = "b".repeat(200);

        assertThat(words(long64 + "'s " + long200 + ", " + long64 + "’s"))
                .containsExactly(long64 + "'s", long200, long64 + "'s");
    }

    @Test
    @DisplayName("tells the apostrophe U+2019 from characters whose UTF-8 shares two of its three bytes")
    void tellsTheRightQuoteFromItsNeighbours() {
        // U+2019 is E2 80 99; U+4019 (a CJK letter) is E4 80 99, U+2119 ℙ is E2 84 99, U+2014 — is E2 80 94.
        assertThat(words("x\u4019y")).containsExactly("x\u4019y");
        assertThat(words("aℙb")).containsExactly("aℙb");
        assertThat(words("well—known")).containsExactly("well", "known");
    }
}
