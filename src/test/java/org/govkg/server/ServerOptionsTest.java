package org.govkg.server;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ServerOptionsTest {

    @Test
    void defaults_are_loopback_3030_30s_govkg_read_only_without_cors() {
        ServerOptions d = ServerOptions.defaults();
        assertEquals(new ServerOptions("127.0.0.1", 3030, Duration.ofSeconds(30), "govkg"), d);
        assertEquals(java.util.List.of(), d.corsOrigins());
        assertFalse(d.allowsUpdate());
        assertEquals(100_000, d.maxResults());
    }

    @Test
    void bad_values_are_refused_with_a_message_that_says_what_to_give() {
        Duration t = Duration.ofSeconds(1);
        assertThrows(IllegalArgumentException.class, () -> new ServerOptions(" ", 0, t, "govkg"));
        assertThrows(IllegalArgumentException.class, () -> new ServerOptions("127.0.0.1", -1, t, "govkg"));
        assertThrows(IllegalArgumentException.class, () -> new ServerOptions("127.0.0.1", 65536, t, "govkg"));
        assertThrows(IllegalArgumentException.class, () -> new ServerOptions("127.0.0.1", 0, Duration.ZERO, "govkg"));
        assertThrows(NullPointerException.class, () -> new ServerOptions("127.0.0.1", 0, null, "govkg"));
        assertThrows(IllegalArgumentException.class, () -> new ServerOptions("127.0.0.1", 0, t, "govkg", 0, java.util.List.of(), null));
        for (String origin : new String[] {"example.org", "https://a.example/path", "https://a.example,https://b.example"})
            assertThrows(IllegalArgumentException.class,
                () -> new ServerOptions("127.0.0.1", 0, t, "govkg", 10, java.util.List.of(origin), null), origin);
        for (String name : new String[] {"", "a/b", "$", "-x", "中文"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ServerOptions("127.0.0.1", 0, t, name), name);
            assertTrue(e.getMessage().contains("e.g. govkg"), e.getMessage());
        }
    }
}
