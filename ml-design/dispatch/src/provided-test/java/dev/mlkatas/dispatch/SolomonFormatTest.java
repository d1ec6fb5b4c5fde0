package dev.mlkatas.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.dispatch.data.SolomonFormat;
import dev.mlkatas.dispatch.simulation.ClusteredInstances;
import dev.mlkatas.dispatch.vrptw.Instance;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Solomon's format read as published and written back; provided code, grading nobody. */
@DisplayName("Solomon's instance format")
class SolomonFormatTest {

    @Test
    @DisplayName("reads C101's layout: name, fleet, capacity, the depot first")
    void readsThePublishedLayout() {
        List<String> lines = List.of("C101", "", "VEHICLE", "NUMBER     CAPACITY", "  25         200", "",
                "CUSTOMER", "CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME", " ",
                "    0      40         50          0          0       1236          0   ",
                "    1      45         68         10        912        967         90   ");

        Instance instance = SolomonFormat.parse("c101.txt", lines);

        assertThat(instance.name()).isEqualTo("C101");
        assertThat(instance.vehicles()).isEqualTo(25);
        assertThat(instance.capacity()).isEqualTo(200);
        assertThat(instance.customers()).isEqualTo(1);
        assertThat(instance.stop(1).due()).isEqualTo(967);
        assertThat(instance.travel(0, 1)).isEqualTo(Math.hypot(5, 18));
    }

    @Test
    @DisplayName("a generated clustered instance is written in the format and read back unchanged")
    void roundTrip() {
        Instance generated = ClusteredInstances.generate(100, 10, 3);

        Instance read = SolomonFormat.parse("cg.txt", SolomonFormat.format(generated).lines().toList());

        assertThat(read).isEqualTo(generated);
        assertThat(Routes.savings(read)).isNotEmpty();
    }
}
