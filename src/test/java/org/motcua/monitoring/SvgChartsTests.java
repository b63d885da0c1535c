package org.motcua.monitoring;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SvgChartsTests {

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aTrendIsAWellFormedImageNamedByItsTitleAndDescribedValueByValue() throws Exception {
        String svg = SvgCharts.line("t", "Phường <Sài Gòn> & co", List.of(new SvgCharts.Point("2026-09", 71.5),
                new SvgCharts.Point("2026-10", null), new SvgCharts.Point("2026-11", 80.0)), 100, "no data yet");
        Element root = parse(svg).getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("t-title t-desc");
        assertThat(root.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Phường <Sài Gòn> & co");
        assertThat(root.getElementsByTagName("desc").item(0).getTextContent())
                .isEqualTo("2026-09: 71.5; 2026-10: no data yet; 2026-11: 80");
        // two points drawn, the month without data leaves a gap (two separate moves, no line through it)
        assertThat(root.getElementsByTagName("circle").getLength()).isEqualTo(2);
        String d = ((Element) root.getElementsByTagName("path").item(0)).getAttribute("d");
        assertThat(d).startsWith("M").doesNotContain("L");
    }

    @Test
    void pointsAreScaledToTheAxis() throws Exception {
        String svg = SvgCharts.line("t", "x", List.of(new SvgCharts.Point("a", 0.0), new SvgCharts.Point("b", 100.0)),
                100, "-");
        NodeList circles = parse(svg).getElementsByTagName("circle");
        double y0 = Double.parseDouble(((Element) circles.item(0)).getAttribute("cy"));
        double y100 = Double.parseDouble(((Element) circles.item(1)).getAttribute("cy"));
        assertThat(y0).isEqualTo(240.0); // bottom of the plot (280 − 40)
        assertThat(y100).isEqualTo(40.0); // top of the plot
    }

    @Test
    void barsAreProportionalAndPrintTheirValue() throws Exception {
        String svg = SvgCharts.bars("r", "Ranking", List.of(new SvgCharts.Point("Bến Thành", 80.0),
                new SvgCharts.Point("Sài Gòn", 40.0), new SvgCharts.Point("Cần Giờ", null)), 100, "chưa có dữ liệu");
        Document doc = parse(svg);
        NodeList rects = doc.getElementsByTagName("rect");
        assertThat(rects.getLength()).isEqualTo(2);
        double w1 = Double.parseDouble(((Element) rects.item(0)).getAttribute("width"));
        double w2 = Double.parseDouble(((Element) rects.item(1)).getAttribute("width"));
        assertThat(w1).isEqualTo(2 * w2);
        assertThat(svg).contains(">80<", ">40<", ">chưa có dữ liệu<");
        assertThat(((Element) rects.item(0)).getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Bến Thành: 80");
    }

    @Test
    void theTableBesideHasACaptionHeadersAndRowHeaders() throws Exception {
        String html = SvgCharts.table("Chỉ số", List.of("Tháng", "Điểm"), List.of(List.of("2026-11", "80"),
                List.of("<b>", "1")));
        Document doc = parse(html);
        assertThat(doc.getElementsByTagName("caption").item(0).getTextContent()).isEqualTo("Chỉ số");
        assertThat(doc.getElementsByTagName("th").getLength()).isEqualTo(4);
        assertThat(((Element) doc.getElementsByTagName("th").item(0)).getAttribute("scope")).isEqualTo("col");
        assertThat(html).contains("&lt;b&gt;");
    }
}
