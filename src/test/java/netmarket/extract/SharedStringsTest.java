package netmarket.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared-strings table: read in memory when small, spilled off the heap when large. */
class SharedStringsTest {

    private static ByteArrayInputStream sst(int n) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        for (int i = 0; i < n; i++) {
            if (i % 3 == 0) {
                // rich text: two runs, and a phonetic guide that is not part of the text
                xml.append("<si><r><t>经营者</t></r><r><t xml:space=\"preserve\"> ").append(i).append("</t></r>")
                        .append("<rPh sb=\"0\" eb=\"1\"><t>jing</t></rPh></si>");
            } else {
                xml.append("<si><t>经营者 ").append(i).append("</t></si>");
            }
        }
        return new ByteArrayInputStream(xml.append("</sst>").toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSmallTableStaysInMemory() throws Exception {
        try (SharedStrings strings = SharedStrings.read(sst(10))) {
            assertThat(strings.spilled()).isFalse();
            assertThat(strings.count()).isEqualTo(10);
            assertThat(strings.get(4)).isEqualTo("经营者 4");
        }
    }

    @Test
    void richTextRunsAreJoinedAndPhoneticGuidesLeftOut() throws Exception {
        try (SharedStrings strings = SharedStrings.read(sst(4))) {
            assertThat(strings.get(0)).isEqualTo("经营者 0");
            assertThat(strings.get(3)).isEqualTo("经营者 3");
        }
    }

    @Test
    void aLargeTableIsSpilledToDiskAndReadBackExactly() throws Exception {
        try (SharedStrings strings = SharedStrings.read(sst(5_000), 1_000)) {
            assertThat(strings.spilled()).isTrue();
            assertThat(strings.count()).isEqualTo(5_000);
            for (int i = 0; i < 5_000; i++) {
                assertThat(strings.get(i)).isEqualTo("经营者 " + i);
            }
        }
    }

    @Test
    void aSpilledTableIsReadBackExactlyInAnyOrderAndStringsLongerThanABlockToo() throws Exception {
        StringBuilder xml = new StringBuilder("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        String longText = "长".repeat(40_000); // 120,000 bytes of UTF-8: crosses the reader's 64 KiB blocks
        int n = 150_000; // an index of 1.2 MB, more than its cache holds
        for (int i = 0; i < n; i++) {
            xml.append("<si><t>").append(i == 77_777 ? longText : "经营者 " + i).append("</t></si>");
        }
        byte[] bytes = xml.append("</sst>").toString().getBytes(StandardCharsets.UTF_8);
        try (SharedStrings strings = SharedStrings.read(() -> new ByteArrayInputStream(bytes), 1_000)) {
            assertThat(strings.spilled()).isTrue();
            java.util.Random r = new java.util.Random(3);
            for (int k = 0; k < 20_000; k++) {
                int i = k % 10 == 0 ? 77_777 : r.nextInt(n);
                assertThat(strings.get(i)).isEqualTo(i == 77_777 ? longText : "经营者 " + i);
            }
        }
    }

    @Test
    void closingRemovesTheSpillFiles() throws Exception {
        SharedStrings strings = SharedStrings.read(sst(2_000), 100);
        List<Path> files = strings.files();
        assertThat(files).hasSize(2).allSatisfy(f -> assertThat(f).exists());

        strings.close();

        assertThat(files).allSatisfy(f -> assertThat(Files.exists(f)).isFalse());
    }

    @Test
    void anIndexOutsideTheTableIsAnInputError() throws Exception {
        try (SharedStrings strings = SharedStrings.read(sst(3), 1)) {
            assertThatThrownBy(() -> strings.get(3)).isInstanceOf(InputFileException.class).hasMessageContaining("越界");
        }
    }

    @Test
    void anEntityDeclarationIsRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<sst><si><t>&x;</t></si></sst>";

        assertThatThrownBy(() -> SharedStrings.read(new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InputFileException.class);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "<si><t>普通</t></si><si><r><rPr><b/><rFont val=\"宋体\"/></rPr><t>甲</t></r><r><t xml:space=\"preserve\"> 乙 </t></r><rPh sb=\"0\" eb=\"1\"><t>ジ</t></rPh><phoneticPr fontId=\"1\"/></si>",
        "<si/><si><t/></si><si><t>&amp;&lt;&gt;&quot;&apos;&#20013;&#x56FD;</t></si><si><t>一\r\n二</t></si><rPh><t>外</t></rPh>",
        "<si><t>注释之前</t></si><!-- 注释 --><si><t>注释之后</t></si>",
        "<si><t><![CDATA[<原样>]]></t></si>",
    })
    void theByteReaderReadsWhatTheParserReads(String items) throws Exception {
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"9\">"
                + items + "</sst>").getBytes(StandardCharsets.UTF_8);
        try (SharedStrings fromBytes = SharedStrings.read(() -> new ByteArrayInputStream(xml), 1_000_000);
                SharedStrings fromParser = SharedStrings.read(new ByteArrayInputStream(xml))) {
            assertThat(fromBytes.count()).isEqualTo(fromParser.count()).isPositive();
            for (int i = 0; i < fromParser.count(); i++) {
                assertThat(fromBytes.get(i)).isEqualTo(fromParser.get(i));
            }
        }
    }

    @Test
    void aDoctypeIsRefusedByTheParserAfterTheByteReaderStepsAside() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><sst><si><t>&x;</t></si></sst>";
        assertThatThrownBy(() -> SharedStrings.read(() -> new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8)), 1000))
                .isInstanceOf(InputFileException.class).hasMessageContaining("共享字符串表（sharedStrings.xml）无法读取");
    }
}
