package followup.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecodingTest {

    @Test
    void utf8WithOrWithoutAByteOrderMark() throws Exception {
        byte[] plain = "Société Générale".getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        assertThat(TextDecoding.decode(plain).text()).isEqualTo("Société Générale");
        assertThat(TextDecoding.decode(bom).text()).isEqualTo("Société Générale");
        assertThat(TextDecoding.decode(bom).utf8()).isTrue();
    }

    @Test
    void windows1252IsReadAsItselfNotAsMojibake() throws Exception {
        byte[] bytes = "L’Oréal, Société".getBytes(Charset.forName("windows-1252"));
        TextDecoding.Decoded d = TextDecoding.decode(bytes);
        assertThat(d.text()).isEqualTo("L’Oréal, Société");
        assertThat(d.encoding()).isEqualTo("Windows-1252");
    }

    @Test
    void utf16AndBinaryAreRefusedWithWhatToDo() {
        assertThatThrownBy(() -> TextDecoding.decode("a,b".getBytes(StandardCharsets.UTF_16LE)))
                .hasMessageContaining("NUL");
        byte[] utf16 = {(byte) 0xFF, (byte) 0xFE, 'a', 0, ',', 0};
        assertThatThrownBy(() -> TextDecoding.decode(utf16)).hasMessageContaining("UTF-16").hasMessageContaining("CSV UTF-8");
        byte[] undefined = {'a', (byte) 0x81, 'b'}; // neither UTF-8 nor defined in Windows-1252
        assertThatThrownBy(() -> TextDecoding.decode(undefined)).hasMessageContaining("neither UTF-8 nor Windows-1252");
        byte[] brokenAfterBom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xE9, 'b'};
        assertThatThrownBy(() -> TextDecoding.decode(brokenAfterBom)).hasMessageContaining("not valid UTF-8");
    }
}
