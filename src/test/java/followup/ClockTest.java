package followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real clock takes the launcher's date ({@code date +%F}) and asks the JVM without one. */
class ClockTest {

    @AfterEach
    void clear() {
        System.clearProperty("followup.today");
    }

    @Test
    void takesTheLaunchersDate() {
        System.setProperty("followup.today", "2027-02-28");
        assertThat(Main.clock().get()).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2027-02-30", "27-02-28", "2027/02/28", "2027-02-2x", "tomorrow"})
    void asksTheJvmWhenTheLauncherSaysNothingUsable(String given) {
        System.setProperty("followup.today", given);
        LocalDate before = LocalDate.now();
        LocalDate got = Main.clock().get();
        assertThat(got).isBetween(before, LocalDate.now());
    }

    @Test
    void asksTheJvmWithoutALauncher() {
        LocalDate before = LocalDate.now();
        assertThat(Main.clock().get()).isBetween(before, LocalDate.now());
    }
}
