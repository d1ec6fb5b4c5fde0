package dev.mlkatas.wordcount;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlkatas.wordcount.DriverArguments.UsageException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The check of Hadoop's generic options that their parser leaves out: a {@code -D} must be {@code key=value}.
 * The rest of the driver's arguments are checked through whole runs, in WordCountDriverInputTest.
 */
@DisplayName("The driver's check of the generic options")
class DriverArgumentsTest {

    @Test
    @DisplayName("refuses a -D followed by a path, naming the path")
    void refusesADefineFollowedByAPath() {
        assertThatThrownBy(() -> DriverArguments.checkGenericOptions("-D", "books", "counts"))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("-D 'books' is not key=value");
    }

    @Test
    @DisplayName("refuses a -D without a key, with the value attached, or with nothing after it")
    void refusesADefineWithoutAKey() {
        assertThatThrownBy(() -> DriverArguments.checkGenericOptions("-D", "=1", "in", "out"))
                .hasMessageStartingWith("-D '=1' is not key=value");
        assertThatThrownBy(() -> DriverArguments.checkGenericOptions("-Dfoo", "in", "out"))
                .hasMessageStartingWith("-D 'foo' is not key=value");
        assertThatThrownBy(() -> DriverArguments.checkGenericOptions("-D"))
                .hasMessageStartingWith("-D needs a value");
    }

    @Test
    @DisplayName("accepts key=value settings, an empty value, and the values of the other generic options")
    void acceptsSettingsAndOtherGenericOptions() {
        assertThatCode(() -> DriverArguments.checkGenericOptions("-D", "a=b", "-Dc=", "-conf", "site.xml",
                "-fs", "file:///", "--top", "3", "in", "out")).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("leaves what follows the first other argument to the driver, as Hadoop's parser does")
    void stopsAtTheFirstOtherArgument() {
        assertThatCode(() -> DriverArguments.checkGenericOptions("in", "-D", "foo")).doesNotThrowAnyException();
    }
}
