package stepwise.canvas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import stepwise.canvas.Workflows;
import stepwise.canvas.diagram.StateStatus;
import stepwise.canvas.diagram.ThemePalette;
import stepwise.canvas.layout.LayoutPins;
import stepwise.model.AslDocument;
import stepwise.model.Diagnostic;
import stepwise.model.json.Span;

class WorkflowExportTest {
    private static org.w3c.dom.Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static NodeList select(org.w3c.dom.Document doc, String xpath) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
    }

    private static String svg(String workflow) {
        return WorkflowExport.svg(Workflows.document(workflow), LayoutPins.NONE, WorkflowExport.Options.defaults());
    }

    @Test
    void every_state_at_every_depth_is_a_group_with_its_type_and_name() throws Exception {
        org.w3c.dom.Document doc = parse(svg("nested"));
        NodeList states = select(doc, "//*[local-name()='g'][starts-with(@class,'state ')]");
        assertEquals(Workflows.document("nested").graph().nodes().size(), states.getLength());
        Element map = (Element) select(doc, "//*[local-name()='g'][@data-state='ForEachProduct']").item(0);
        assertEquals("state Map", map.getAttribute("class"));
        Element deep = (Element) select(doc, "//*[local-name()='g'][@data-state='FetchPrice']").item(0);
        assertEquals("state Task", deep.getAttribute("class"));
        assertEquals("FetchPrice", ((Element) deep.getElementsByTagName("text").item(0)).getTextContent());
    }

    @Test
    void nested_states_are_drawn_inside_their_container_group() throws Exception {
        org.w3c.dom.Document doc = parse(svg("nested"));
        NodeList inside = select(doc, "//*[local-name()='g'][@data-state='ProcessInParallel']//*[local-name()='g'][@data-state='ForEachProduct']"
                + "//*[local-name()='g'][@data-state='PriceAndStock']//*[local-name()='g'][@data-state='FetchStock']");
        assertEquals(1, inside.getLength());
    }

    @Test
    void every_transition_is_an_edge_group_with_its_kind_and_ends() throws Exception {
        org.w3c.dom.Document doc = parse(svg("order"));
        NodeList edges = select(doc, "//*[local-name()='g'][starts-with(@class,'edge ')]");
        assertEquals(Workflows.document("order").graph().edges().size(), edges.getLength());
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            seen.add(e.getAttribute("class") + " " + e.getAttribute("data-from") + ">" + e.getAttribute("data-to"));
        }
        assertTrue(seen.contains("edge next ValidateOrder>IsInStock"), seen.toString());
        assertTrue(seen.contains("edge choice IsInStock>ReserveItems"), seen.toString());
        assertTrue(seen.contains("edge default IsInStock>RejectOrder"), seen.toString());
        assertTrue(seen.contains("edge catch ValidateOrder>RejectOrder"), seen.toString());
    }

    @Test
    void edges_inside_branches_carry_their_kind_too() throws Exception {
        org.w3c.dom.Document doc = parse(svg("nested"));
        assertEquals(1, select(doc, "//*[local-name()='g'][@class='edge choice'][@data-from='EnoughOrders'][@data-to='Cooldown']").getLength());
        assertEquals(1, select(doc, "//*[local-name()='g'][@class='edge default'][@data-from='EnoughOrders'][@data-to='NoOrders']").getLength());
        assertEquals(1, select(doc, "//*[local-name()='g'][@class='edge catch'][@data-from='ProcessInParallel']").getLength());
    }

    @Test
    void choice_edges_are_labelled_with_their_condition_and_catch_edges_are_dashed() throws Exception {
        org.w3c.dom.Document doc = parse(svg("order"));
        Element choice = (Element) select(doc, "//*[local-name()='g'][@class='edge choice'][@data-to='ReserveItems']").item(0);
        assertEquals("$.inStock == true", choice.getElementsByTagName("text").item(0).getTextContent());
        Element catchEdge = (Element) select(doc, "//*[local-name()='g'][@class='edge catch']").item(0);
        Element path = (Element) catchEdge.getElementsByTagName("path").item(0);
        assertFalse(path.getAttribute("stroke-dasharray").isEmpty());
    }

    @Test
    void names_are_escaped_in_attributes_and_text() throws Exception {
        String text = "{\"StartAt\": \"A & <B>\", \"States\": {\"A & <B>\": {\"Type\": \"Pass\", \"End\": true}}}";
        org.w3c.dom.Document doc = parse(WorkflowExport.svg(AslDocument.of(text), LayoutPins.NONE, WorkflowExport.Options.defaults()));
        assertEquals(1, select(doc, "//*[local-name()='g'][@data-state='A & <B>']").getLength());
    }

    @Test
    void an_execution_status_becomes_a_class_of_the_state_group() throws Exception {
        AslDocument d = Workflows.document("order");
        String svg = WorkflowExport.svg(d, LayoutPins.NONE, WorkflowExport.Options.defaults()
                .withStatuses(Map.of("/States/ValidateOrder", StateStatus.SUCCEEDED, "/States/IsInStock", StateStatus.RUNNING)));
        org.w3c.dom.Document doc = parse(svg);
        assertEquals(1, select(doc, "//*[local-name()='g'][@class='state Task succeeded'][@data-state='ValidateOrder']").getLength());
        assertEquals(1, select(doc, "//*[local-name()='g'][@class='state Choice running']").getLength());
    }

    @Test
    void a_diagnostic_puts_a_badge_with_its_message_on_its_state() throws Exception {
        AslDocument d = Workflows.document("order");
        Diagnostic problem = Diagnostic.error("TEST", "Resource is not a valid ARN", "/States/NotifyCustomer/Resource", Span.NONE);
        String svg = WorkflowExport.svg(d, LayoutPins.NONE, WorkflowExport.Options.defaults().withDiagnostics(List.of(problem)));
        org.w3c.dom.Document doc = parse(svg);
        NodeList badge = select(doc, "//*[local-name()='g'][@data-state='NotifyCustomer']/*[local-name()='g'][@class='badge error']/*[local-name()='title']");
        assertEquals("error: Resource is not a valid ARN", badge.item(0).getTextContent());
    }

    @Test
    void colours_come_from_the_theme_css() {
        String light = svg("order");
        String dark = WorkflowExport.svg(Workflows.document("order"), LayoutPins.NONE,
                WorkflowExport.Options.defaults().withTheme(ThemePalette.Theme.DARK));
        String lightBg = ThemePalette.of(ThemePalette.Theme.LIGHT).color("-sw-canvas-bg").hex();
        String darkBg = ThemePalette.of(ThemePalette.Theme.DARK).color("-sw-canvas-bg").hex();
        assertNotEquals(lightBg, darkBg);
        assertTrue(light.contains("class=\"background\"") && light.contains(lightBg));
        assertTrue(dark.contains(darkBg));
    }

    @Test
    void png_has_the_layout_size_times_the_scale() throws Exception {
        AslDocument d = Workflows.document("order");
        BufferedImage one = WorkflowExport.image(d, LayoutPins.NONE, WorkflowExport.Options.defaults());
        BufferedImage two = WorkflowExport.image(d, LayoutPins.NONE, WorkflowExport.Options.defaults().withScale(2));
        assertEquals(one.getWidth() * 2, two.getWidth(), 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorkflowExport.writePng(two, out);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(two.getHeight(), read.getHeight());
        var bg = ThemePalette.of(ThemePalette.Theme.LIGHT).color("-sw-canvas-bg");
        int expected = 0xff000000 | bg.red() << 16 | bg.green() << 8 | bg.blue();
        assertEquals(expected, read.getRGB(0, 0), "the corner shows the theme's canvas background");
    }

    @Test
    void a_document_that_is_not_a_workflow_cannot_be_exported() {
        assertThrows(IllegalArgumentException.class,
                () -> WorkflowExport.svg(AslDocument.of("[1, 2]"), LayoutPins.NONE, WorkflowExport.Options.defaults()));
    }
}
