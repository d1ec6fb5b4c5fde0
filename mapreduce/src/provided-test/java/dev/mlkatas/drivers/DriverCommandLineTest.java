package dev.mlkatas.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlkatas.drivers.DriverCommandLine.UsageException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The drivers' command line: the check of Hadoop's generic options that their parser leaves out (a {@code -D}
 * must be {@code key=value}), and the parse of a driver's own options after them. The drivers' messages are
 * checked through whole runs, in each driver's tests.
 */
@DisplayName("The drivers' command line")
class DriverCommandLineTest {

    private static final String USAGE = "usage: demo [-D key=value ...] [OPTIONS] <in> <out>";

    @Command(name = "demo", footerHeading = "%nExample:%n", footer = "  demo --reducers 2")
    static final class Demo {

        @Mixin
        private DriverCommandLine.Help help;

        @Option(names = "--reducers", description = "reduce tasks")
        private Integer reducers;
    }

    @Test
    @DisplayName("refuses a -D followed by a path, naming the path")
    void refusesADefineFollowedByAPath() {
        assertThatThrownBy(() -> DriverCommandLine.checkGenericOptions(USAGE, "-D", "books", "counts"))
                .isInstanceOf(UsageException.class)
                .hasMessage("-D 'books' is not key=value (" + USAGE + ")");
    }

    @Test
    @DisplayName("refuses a -D without a key, with the value attached, or with nothing after it")
    void refusesADefineWithoutAKey() {
        assertThatThrownBy(() -> DriverCommandLine.checkGenericOptions(USAGE, "-D", "=1", "in", "out"))
                .hasMessageStartingWith("-D '=1' is not key=value");
        assertThatThrownBy(() -> DriverCommandLine.checkGenericOptions(USAGE, "-Dfoo", "in", "out"))
                .hasMessageStartingWith("-D 'foo' is not key=value");
        assertThatThrownBy(() -> DriverCommandLine.checkGenericOptions(USAGE, "-D"))
                .hasMessageStartingWith("-D needs a value");
    }

    @Test
    @DisplayName("accepts key=value settings, an empty value, and the values of the other generic options")
    void acceptsSettingsAndOtherGenericOptions() {
        assertThatCode(() -> DriverCommandLine.checkGenericOptions(USAGE, "-D", "a=b", "-Dc=", "-conf", "site.xml",
                "-fs", "file:///", "--top", "3", "in", "out")).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("leaves what follows the first other argument to the driver, as Hadoop's parser does")
    void stopsAtTheFirstOtherArgument() {
        assertThatCode(() -> DriverCommandLine.checkGenericOptions(USAGE, "in", "-D", "foo"))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("names a -D after the driver's own options as misplaced, as given")
    void namesAMisplacedGenericOption() {
        assertThatThrownBy(() -> DriverCommandLine.parse(new Demo(), USAGE, System.out, "--reducers", "2",
                "-Dmapreduce.job.reduces=3"))
                .hasMessage("unknown option '-Dmapreduce.job.reduces=3' here: Hadoop's generic options go first ("
                        + USAGE + ")");
    }

    @Test
    @DisplayName("prints the help and returns no options for --help")
    void printsTheHelp() throws UsageException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Demo parsed;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            parsed = DriverCommandLine.parse(new Demo(), USAGE, o, "--help");
        }

        assertThat(parsed).isNull();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--reducers").contains("--help").contains("Example");
    }

    @Test
    @DisplayName("refuses a value below 1, and lets an option that was not given pass")
    void refusesAValueBelowOne() {
        assertThatThrownBy(() -> DriverCommandLine.atLeastOne("--reducers", 0))
                .hasMessage("--reducers '0' is not a whole number from 1 to 2147483647");
        assertThatCode(() -> DriverCommandLine.atLeastOne("--reducers", null)).doesNotThrowAnyException();
    }
}
