package org.govkg.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FMod_WebUiTest {

    @Test
    void ui_base_inside_a_jar_is_the_webapp_folder_url() throws Exception {
        URL index = new URL("jar:file:/x/jena-fuseki-ui-5.6.0.jar!/webapp/index.html");
        assertEquals("jar:file:/x/jena-fuseki-ui-5.6.0.jar!/webapp/", FMod_WebUi.uiBase(index));
    }

    @Test
    void ui_base_unpacked_is_the_folder_path(@TempDir Path dir) throws Exception {
        Path index = Files.writeString(Files.createDirectory(dir.resolve("webapp")).resolve("index.html"), "<html/>");
        assertEquals(dir.resolve("webapp").toString(), FMod_WebUi.uiBase(index.toUri().toURL()));
    }

    @Test
    void the_ui_is_on_the_class_path() {
        assertNotNull(getClass().getClassLoader().getResource(FMod_WebUi.UI_INDEX));
    }
}
